// The shapes the whole API brought, as a user meets them: time flags in any form, audit-log filters
// in our spelling and the official CLI's, the official CLI's command names, and bucketed reports as
// one row per (bucket, result). What the server received is what is checked.
import type { RecordedRequest } from "@openai-admin/fault-server";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { faultServerPerFile } from "../helpers/server.js";

const DAY = 86_400;
const buckets = {
  object: "page",
  data: [
    {
      object: "bucket",
      start_time: 1_793_491_200,
      end_time: 1_793_491_200 + DAY,
      results: [
        {
          object: "organization.costs.result",
          amount: { value: 1.5, currency: "usd" },
          project_id: "proj_a",
        },
        {
          object: "organization.costs.result",
          amount: { value: 2.25, currency: "usd" },
          project_id: "proj_b",
        },
      ],
    },
    { object: "bucket", start_time: 1_793_491_200 + DAY, end_time: 1_793_491_200 + 2 * DAY, results: [] },
  ],
  has_more: false,
  next_page: null,
};
const emptyList = { object: "list", data: [], first_id: null, last_id: null, has_more: false };

function respond(request: RecordedRequest) {
  if (request.rawPath === "/organization/costs") return { status: 200, body: buckets };
  if (request.method === "GET") return { status: 200, body: emptyList };
  return undefined;
}

const fault = faultServerPerFile({ respond });
const send = (args: string[]) => run([...args, "--base-url", fault.current.url]);
const query = () => {
  const last = fault.current.requests.at(-1);
  return new URL(`http://x${last?.target ?? ""}`).searchParams;
};

describe("time flags", () => {
  it("take Unix seconds, an ISO 8601 date or time, or how long ago", async () => {
    expect((await send(["costs", "list", "--start-time", "1793491200", "--format", "json"])).code).toBe(0);
    expect(query().get("start_time")).toBe("1793491200");
    expect((await send(["costs", "list", "--start-time", "2026-11-01", "--format", "json"])).code).toBe(0);
    expect(query().get("start_time")).toBe(String(Date.UTC(2026, 10, 1) / 1000));
    await send(["costs", "list", "--start-time", "2026-11-01T09:30:00Z", "--format", "json"]);
    expect(query().get("start_time")).toBe(String(Date.UTC(2026, 10, 1, 9, 30) / 1000));
    const before = Math.floor(Date.now() / 1000);
    await send(["costs", "list", "--start-time", "30d", "--format", "json"]);
    const sent = Number(query().get("start_time"));
    expect(sent).toBeGreaterThanOrEqual(before - 30 * DAY - 5);
    expect(sent).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) - 30 * DAY + 5);
  });

  it("refuse anything else with exit 2, naming the forms, and send nothing", async () => {
    const result = await send(["costs", "list", "--start-time", "last tuesday"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--start-time: "last tuesday" is not a time');
    expect(result.stderr).toContain("30d");
    expect(fault.current.requests).toHaveLength(0);
  });
});

describe("audit-log filters", () => {
  it("in our spelling and the official CLI's, as the API's deepObject and array parameters", async () => {
    const ours = [
      "--effective-at-gte",
      "7d",
      "--actor-emails",
      "grace@example.com",
      "--event-types",
      "user.deleted",
    ];
    expect((await send(["audit-logs", "list", ...ours, "--format", "json"])).code).toBe(0);
    const a = query();
    const official = [
      "--effective-at.gte",
      "7d",
      "--actor-email",
      "grace@example.com",
      "--event-type",
      "user.deleted",
    ];
    expect(
      (await send(["admin:organization:audit-logs", "list", ...official, "--format", "json"])).code,
    ).toBe(0);
    const b = query();
    for (const q of [a, b]) {
      expect(Number(q.get("effective_at[gte]"))).toBeGreaterThan(Date.now() / 1000 - 7 * DAY - 5);
      expect(q.getAll("actor_emails[]")).toEqual(["grace@example.com"]);
      expect(q.getAll("event_types[]")).toEqual(["user.deleted"]);
    }
  });
});

describe("the official CLI's names", () => {
  it("admin:organization:usage costs is costs list; list-rate-limits is projects:rate-limits list", async () => {
    expect(
      (await send(["admin:organization:usage", "costs", "--start-time", "1d", "--format", "json"])).code,
    ).toBe(0);
    expect(fault.current.requests.at(-1)?.rawPath).toBe("/organization/costs");
    const limits = await send([
      "admin:organization:projects:rate-limits",
      "list-rate-limits",
      "proj_abc",
      "--format",
      "json",
    ]);
    expect(limits.code).toBe(0);
    expect(fault.current.requests.at(-1)?.rawPath).toBe("/organization/projects/proj_abc/rate_limits");
  });
});

describe("bucketed reports", () => {
  const costs = ["costs", "list", "--start-time", "1793491200"];

  it("csv: one row per (bucket, result), the bucket's times as ISO 8601, amounts as columns", async () => {
    const { stdout, code } = await send([...costs, "--format", "csv"]);
    expect(code).toBe(0);
    const rows = parseCsv(stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.start_time, r["amount.value"], r.project_id])).toEqual([
      ["2026-11-01T00:00:00Z", "1.5", "proj_a"],
      ["2026-11-01T00:00:00Z", "2.25", "proj_b"],
      ["2026-11-02T00:00:00Z", "", ""],
    ]);
  });

  it("jsonl: the same rows, times kept as seconds; json keeps the API's buckets", async () => {
    const lines = (await send([...costs, "--format", "jsonl"])).stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatchObject({ start_time: 1_793_491_200, "amount.value": 2.25, project_id: "proj_b" });
    const json = JSON.parse((await send([...costs, "--format", "json"])).stdout);
    expect(json).toEqual(buckets.data);
  });
});
