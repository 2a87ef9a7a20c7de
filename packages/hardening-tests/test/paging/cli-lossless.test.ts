// Listing through the CLI (--format jsonl) while the server fails about one request in ten: every
// item exactly once; when failures outlast the retries, the contract's exit code, whole lines only,
// and a message that says how far the listing got.
import {
  always,
  type Fault,
  type RunningSimulator,
  seededFaults,
  startSimulator,
} from "@openai-admin/simulator";
import { afterEach, describe, expect, it } from "vitest";
import { reportCases } from "../helpers/cases.js";
import { Exit, runCli } from "../helpers/cli.js";
import { idsOf } from "../helpers/simulator.js";

const env = { OPENAI_ADMIN_KEY: "sk-admin-hardening-cli-paging" };
let server: RunningSimulator | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const jsonlIds = (stdout: string) =>
  stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => (JSON.parse(line) as { id: string }).id);

function lostAndDuplicated(got: string[], want: string[]) {
  const counts = new Map<string, number>();
  for (const id of got) counts.set(id, (counts.get(id) ?? 0) + 1);
  return {
    lost: want.filter((id) => !counts.has(id)).length,
    duplicated: [...counts.values()].filter((n) => n > 1).length,
  };
}

/** `<resource> list --format jsonl` in pages of 100, with a per-request timeout the stall fault exceeds. */
const listJsonl = (resource: string, url: string) =>
  runCli(
    [resource, "list", "--format", "jsonl", "--page-size", "100", "--timeout", "1000ms", "--base-url", url],
    { env, timeoutMs: 120_000 },
  );

describe("CLI: lossless paging under transient faults", () => {
  it("users list --format jsonl: 10,000 users, ~10% of requests failing, 0 lost, 0 duplicated", async () => {
    server = await startSimulator({
      users: 10_000,
      stallMs: 5_000,
      faults: seededFaults({ seed: 424_242, rate: 0.1, maxConsecutive: 2 }),
    });
    const result = await listJsonl("users", server.url);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(Exit.ok);
    const ids = jsonlIds(result.stdout);
    const want = idsOf(server, "/organization/users");
    expect(want).toHaveLength(10_000);
    const { lost, duplicated } = lostAndDuplicated(ids, want);
    expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
    expect(ids).toEqual(want);
    reportCases("cli paging users jsonl", {
      users: ids.length,
      requests: server.requestCount,
      faults: server.simulator.faulted.length,
      lost,
      duplicated,
      ms: result.ms,
    });
  });

  it("roles list --format jsonl (`next` cursors): 3,000 roles, ~10% failing, 0 lost, 0 duplicated", async () => {
    server = await startSimulator({
      roles: 3_000,
      stallMs: 5_000,
      faults: seededFaults({ seed: 5, rate: 0.1, maxConsecutive: 2 }),
    });
    const result = await listJsonl("roles", server.url);
    expect(result.code).toBe(Exit.ok);
    const ids = jsonlIds(result.stdout);
    const want = idsOf(server, "/organization/roles");
    expect(lostAndDuplicated(ids, want)).toEqual({ lost: 0, duplicated: 0 });
    expect(ids).toEqual(want);
    expect(ids).toHaveLength(3_000);
    reportCases("cli paging roles jsonl", {
      roles: ids.length,
      requests: server.requestCount,
      faults: server.simulator.faulted.length,
    });
  });
});

describe("CLI: faults that outlast the retries", () => {
  const cases: [string, { fault: Fault; exit: number }][] = [
    ["429 on every try", { fault: { kind: "rate-limit" }, exit: Exit.rateLimited }],
    ["500 on every try", { fault: { kind: "server-error", status: 500 }, exit: Exit.server }],
    ["an HTML 502 page on every try", { fault: { kind: "html" }, exit: Exit.server }],
    ["a reset on every try", { fault: { kind: "reset" }, exit: Exit.network }],
    ["a stall on every try", { fault: { kind: "stall", ms: 5_000 }, exit: Exit.network }],
  ];

  it.each(cases)(
    "%s: the exit code for it, the 300 users already written, whole lines only",
    async (_t, { fault, exit }) => {
      server = await startSimulator({ users: 1_000, faults: always(fault, 4) });
      const result = await listJsonl("users", server.url);
      expect(result.code).toBe(exit);
      // What was written before the failure is usable: 3 pages of whole JSON lines, nothing half-written.
      expect(result.stdout.endsWith("\n")).toBe(true);
      expect(jsonlIds(result.stdout)).toEqual(idsOf(server, "/organization/users").slice(0, 300));
      expect(server.requestCount).toBe(3 + 3);
      expect(result.stderr.trim()).not.toBe("");
    },
  );

  it.each(cases)("%s: stderr says how far the listing got (300 items, 3 pages)", async (_t, { fault }) => {
    server = await startSimulator({ users: 1_000, faults: always(fault, 4) });
    const result = await listJsonl("users", server.url);
    // Someone re-running or resuming the listing needs to know where it stopped. The URL of the failed
    // request (which holds the cursor) does not count: the message must state the progress itself.
    const withoutUrls = result.stderr.replace(/https?:\/\/\S+/g, "<url>");
    expect(withoutUrls).toMatch(/\b300\b[^\n]*\b(items?|users?|results?|written)\b|\b3 pages?\b/i);
  });
});
