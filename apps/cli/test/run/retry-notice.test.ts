// A retry that makes a person wait a second or more says so, once, on stderr (from the client's
// retry log; the CLI does not retry on its own), unless --quiet; short waits stay silent.
import { faultPlan, type RunningSimulator, startSimulator } from "@openai-admin/simulator";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { ORG } from "../helpers/server.js";

let server: RunningSimulator | undefined;
afterEach(() => server?.close());

const rateLimitedOnce = async (retryAfterMs: number) => {
  server = await startSimulator({
    ...ORG,
    users: 1,
    faults: faultPlan({ 1: { kind: "rate-limit", retryAfterMs } }),
  });
  return server;
};

describe("retry notices", () => {
  it("a 429 that asks for a 1.2 s wait prints one line, and the command succeeds", async () => {
    const { url, requests } = await rateLimitedOnce(1200);
    const result = await run(["users", "list", "--base-url", url]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("rate limited (429); retrying in 1.2 s, attempt 2 of 3\n");
    expect(requests).toHaveLength(2);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
  });

  it("counts attempts against --max-retries", async () => {
    const { url } = await rateLimitedOnce(1000);
    const result = await run(["users", "list", "--max-retries", "5", "--base-url", url]);
    expect(result.stderr).toBe("rate limited (429); retrying in 1 s, attempt 2 of 6\n");
  });

  it("--quiet keeps stderr empty", async () => {
    const { url, requests } = await rateLimitedOnce(1000);
    const result = await run(["users", "list", "--quiet", "--base-url", url]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(requests).toHaveLength(2);
  });

  it("a wait under a second is not worth a line", async () => {
    const { url, requests } = await rateLimitedOnce(5);
    const result = await run(["users", "list", "--base-url", url]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(requests).toHaveLength(2);
  });
});

describe("the default timeout", () => {
  it("is 60 s per attempt, as help says", async () => {
    const result = await run(["users", "list", "--help"]);
    expect(result.stdout).toMatch(/--timeout seconds\s+Per-attempt timeout in seconds \(default 60;/);
  });
});
