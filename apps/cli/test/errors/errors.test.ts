// Failed requests: one line on stderr naming status, type, code, param and request id (or a
// JSON object with --format json), and the exit code of the table.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { always, type Fault, startSimulator } from "@openai-admin/simulator";
import { describe, expect, it } from "vitest";
import { BIN, CANARY, run } from "../helpers/cli.js";
import { prismUrl } from "../helpers/prism.js";
import { simulatorPerFile } from "../helpers/server.js";

const mock = { url: prismUrl() };
// The simulator, failing as each test's fault schedule says.
const sim = simulatorPerFile();
const failWith = (fault: Fault) => sim.current.simulator.setFaults(always(fault));

const REQUEST_ID = "req_7f3c2a9b1e4d4c8a9b0f6e5d4c3b2a10";
const prefer = (code: number) => [
  "--header",
  `Prefer: code=${code}`,
  "--base-url",
  mock.url,
  "--max-retries",
  "0",
];

describe("API errors from the mock", () => {
  it("a 404 exits 4 with one line naming status, type, code and request id", async () => {
    const result = await run(["users", "retrieve", "user_nope", ...prefer(404)]);
    expect(result.code).toBe(4);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: 404 Not Found: /);
    for (const part of [
      "type: invalid_request_error",
      "code: not_found",
      "param: -",
      `request id: ${REQUEST_ID}`,
    ]) {
      expect(lines[0]).toContain(part);
    }
  });

  it("is a JSON object on stderr with --format json", async () => {
    const result = await run(["users", "retrieve", "user_nope", ...prefer(404), "--format", "json"]);
    expect(result.code).toBe(4);
    expect(JSON.parse(result.stderr)).toEqual({
      error: {
        status: 404,
        type: "invalid_request_error",
        code: "not_found",
        param: null,
        message: "No object found with the ID given in the request path.",
        request_id: REQUEST_ID,
      },
      exit_code: 4,
    });
  });

  it.each([
    [401, ["users", "list"], 3],
    [403, ["roles", "list"], 3],
    [400, ["projects", "update", "proj_abc", "--name", "x"], 5],
    [409, ["users:roles", "create", "user_abc", "--role-id", "role_x"], 5],
    [
      422,
      ["projects:model-permissions", "update", "proj_abc", "--mode", "allow_list", "--model-ids", "gpt-x"],
      5,
    ],
    [429, ["invites", "list"], 6],
    [500, ["projects", "list"], 7],
  ] as const)("%i exits %#", async (code, args, exit) => {
    const result = await run([...args, ...prefer(code)]);
    expect(result.code).toBe(exit);
    expect(result.stderr).toContain(`error: ${code} `);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it("prints the stack trace only with --debug", async () => {
    const result = await run(["users", "retrieve", "user_nope", ...prefer(404), "--debug"]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^\s+at /m);
  });
});

describe("rate limits, timeouts and the network", () => {
  it("retries a 429 and then exits 6", async () => {
    failWith({ kind: "rate-limit" });
    const result = await run(["users", "list", "--base-url", sim.current.url, "--max-retries", "2"]);
    expect(result.code).toBe(6);
    expect(sim.current.requests).toHaveLength(3);
    expect(result.stderr).toContain("code: rate_limit_exceeded");
    expect(result.stderr).toContain("request id: req_sim_3");
  });

  it("exits 7 on a server error", async () => {
    failWith({ kind: "server-error", status: 503 });
    const result = await run(["users", "list", "--base-url", sim.current.url, "--max-retries", "0"]);
    expect(result.code).toBe(7);
  });

  it("exits 8 on a timeout (--timeout in seconds, or ms)", async () => {
    failWith({ kind: "stall" });
    const result = await run([
      "users",
      "list",
      "--base-url",
      sim.current.url,
      "--max-retries",
      "0",
      "--timeout",
      "300ms",
    ]);
    expect(result.code).toBe(8);
    expect(result.stderr).toMatch(/timed out/i);
  });

  it("exits 8 when nothing listens", async () => {
    const closed = await startSimulator();
    await closed.close();
    const result = await run(["users", "list", "--base-url", closed.url, "--max-retries", "0"]);
    expect(result.code).toBe(8);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("exits 130 on Ctrl-C while a request is in flight", async () => {
    failWith({ kind: "stall" });
    const child = spawn(process.execPath, [BIN, "users", "list", "--base-url", sim.current.url], {
      env: { PATH: process.env.PATH ?? "", OPENAI_ADMIN_KEY: CANARY },
    });
    while (sim.current.requests.length === 0) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGINT");
    const [code] = await once(child, "exit");
    expect(code).toBe(130);
  });
});
