// The shapes the whole API brought, as a user meets them: time flags in any form, audit-log filters
// in our spelling and the official CLI's, the official CLI's command names, and bucketed reports as
// one row per (bucket, result). What the server received is what is checked.
import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { ORG, simulatorPerFile } from "../helpers/server.js";

const DAY = 86_400;
const sim = simulatorPerFile();
const send = (args: string[]) => run([...args, "--base-url", sim.current.url]);
const query = () => {
  const last = sim.current.requests.at(-1);
  return new URL(`http://x${last?.target ?? ""}`).searchParams;
};

interface Bucket {
  start_time: number;
  results: { amount: { value: number }; project_id: string | null }[];
}

// Three daily buckets: the last day of the seeded activity (one result per project) and two days
// after the organization's `now`, which have none.
const firstDay = Math.floor(ORG.now / DAY) * DAY - DAY;
const window = ["--start-time", String(firstDay), "--end-time", String(firstDay + 3 * DAY)];
/** The costs the API gives for the window, asked in process (not through the CLI under test). */
let buckets: Bucket[];
beforeAll(async () => {
  const answer = await sim.current.simulator.fetch(
    `http://sim/organization/costs?start_time=${firstDay}&end_time=${firstDay + 3 * DAY}&group_by=project_id`,
    { headers: { authorization: "Bearer sk-admin-test" } },
  );
  buckets = ((await answer.json()) as { data: Bucket[] }).data;
});
const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace(".000Z", "Z");

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
    expect(sim.current.requests).toHaveLength(0);
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
    expect(sim.current.requests.at(-1)?.rawPath).toBe("/organization/costs");
    const project = sim.current.simulator.org.collection("/organization/projects").from().next().value?.id;
    const limits = await send([
      "admin:organization:projects:rate-limits",
      "list-rate-limits",
      String(project),
      "--format",
      "json",
    ]);
    expect(limits.code).toBe(0);
    expect(sim.current.requests.at(-1)?.rawPath).toBe(`/organization/projects/${project}/rate_limits`);
  });
});

describe("bucketed reports", () => {
  const costs = ["costs", "list", ...window, "--group-by", "project_id"];

  it("the window has a bucket with several results and buckets with none", () => {
    expect(buckets.map((b) => b.start_time)).toEqual([firstDay, firstDay + DAY, firstDay + 2 * DAY]);
    expect(buckets[0]?.results.length).toBeGreaterThan(1);
    expect(buckets.at(-1)?.results).toEqual([]);
  });

  it("csv: one row per (bucket, result), the bucket's times as ISO 8601, amounts as columns", async () => {
    const { stdout, code } = await send([...costs, "--format", "csv"]);
    expect(code).toBe(0);
    const rows = parseCsv(stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.start_time, r["amount.value"], r.project_id])).toEqual(
      buckets.flatMap((b) =>
        b.results.length === 0
          ? [[iso(b.start_time), "", ""]]
          : b.results.map((r) => [iso(b.start_time), String(r.amount.value), r.project_id ?? ""]),
      ),
    );
  });

  it("jsonl: the same rows, times kept as seconds; json keeps the API's buckets", async () => {
    const lines = (await send([...costs, "--format", "jsonl"])).stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(buckets.reduce((n, b) => n + Math.max(1, b.results.length), 0));
    const second = buckets[0]?.results[1];
    expect(lines[1]).toMatchObject({
      start_time: firstDay,
      "amount.value": second?.amount.value,
      project_id: second?.project_id,
    });
    const json = JSON.parse((await send([...costs, "--format", "json"])).stdout);
    expect(json).toEqual(buckets);
  });
});
