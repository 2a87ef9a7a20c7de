// Destructive commands, proven by the simulator's request log: --dry-run sends nothing, and
// without a terminal nothing is deleted unless --yes says so (a piped "y" is not a yes). Each
// command's example runs with seeded ids, so a --yes really deletes (the organization is reseeded
// before every test).
import { type RunningSimulator, startSimulator } from "@openai-admin/simulator";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reportCases } from "../helpers/cases.js";
import { Exit, runCli } from "../helpers/cli.js";
import { liveExamples, ORG } from "../helpers/live-examples.js";
import { type CliOperation, cliOperations, exampleIds, expectedSegments } from "../helpers/manifest.js";

const env = { OPENAI_ADMIN_KEY: "sk-admin-hardening-guards" };
const operations = cliOperations();
const destructive = operations.filter((op) => op.destructive);
const writes = operations.filter((op) => op.method !== "GET");
const title = (op: (typeof operations)[number]) => `${op.resource} ${op.verb} (${op.method} ${op.path})`;

let server: RunningSimulator;
let examples: Map<string, string[]>;
let cases = 0;
beforeAll(async () => {
  server = await startSimulator(ORG);
  examples = await liveExamples(writes);
});
afterAll(async () => {
  await server.close();
  reportCases("destructive guards", { commands: destructive.length, writeCommands: writes.length, cases });
});
beforeEach(() => {
  server.simulator.reset();
  server.simulator.resetRequests();
});

/** The command's example, with ids the seeded organization holds. */
const example = (op: CliOperation) => examples.get(op.operationId) ?? op.example;

const run = (args: string[], input?: string) => {
  cases++;
  return runCli([...args, "--base-url", server.url, "--format", "json"], {
    env,
    ...(input ? { input } : {}),
  });
};

describe("the spec's destructive commands are the ones guarded", () => {
  it("every DELETE, and the actions that cannot be undone (archive, deactivate), is destructive", () => {
    expect(destructive.map((op) => `${op.resource} ${op.verb}`)).toEqual(
      operations
        .filter((op) => op.method === "DELETE" || op.verb === "archive" || op.verb === "deactivate")
        .map((op) => `${op.resource} ${op.verb}`),
    );
    // Deletes, removals, unassigns, revokes, archive and deactivate across the whole API.
    expect(destructive.length).toBe(24);
  });
});

describe.each(destructive.map((op) => [title(op), op] as const))("%s", (_t, op) => {
  it("--dry-run: exit 0, the request printed, 0 requests sent", async () => {
    const result = await run([...example(op), "--dry-run"]);
    expect(result.code).toBe(Exit.ok);
    expect(result.stdout).toContain(op.method);
    expect(server.requestCount).toBe(0);
  });

  it("no --yes, stdin not a terminal: exit 2, a message naming --yes, 0 requests sent", async () => {
    const result = await run(example(op));
    expect(result.code).toBe(Exit.usage);
    expect(result.stderr).toMatch(/--yes/);
    expect(server.requestCount).toBe(0);
  });

  it('no --yes, "y" piped to stdin: still 0 requests sent', async () => {
    const result = await run(example(op), "y\nyes\n");
    expect(result.code).toBe(Exit.usage);
    expect(server.requestCount).toBe(0);
  });

  it("--dry-run --yes: still 0 requests sent", async () => {
    const result = await run([...example(op), "--dry-run", "--yes"]);
    expect(result.code).toBe(Exit.ok);
    expect(server.requestCount).toBe(0);
  });

  it("--yes: exactly 1 request, to the right path", async () => {
    const result = await run([...example(op), "--yes"]);
    expect(result.code).toBe(Exit.ok);
    expect(server.requestCount).toBe(1);
    expect(server.requests[0]?.method).toBe(op.method);
    const ids = exampleIds({ ...op, example: example(op) });
    expect(server.requests[0]?.segments).toEqual(expectedSegments(op, ids));
    expect(server.requests[0]?.status).toBe(200);
  });
});

describe("--dry-run on every write command sends 0 requests", () => {
  it.each(writes.map((op) => [title(op), op] as const))("%s", async (_t, op) => {
    const result = await run([...example(op), "--dry-run"]);
    expect(result.code).toBe(Exit.ok);
    expect(server.requestCount).toBe(0);
  });
});
