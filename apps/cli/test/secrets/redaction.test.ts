// The key never appears in any output: not in results, logs, dry runs or errors, even when the
// server echoes it back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CANARY, run } from "../helpers/cli.js";
import { type RecordingServer, startServer } from "../helpers/server.js";

let echo: RecordingServer;
beforeAll(async () => {
  // A hostile server: it returns the Authorization header in both success and error bodies.
  echo = await startServer((request, response) => {
    const failing = request.url.includes("/users/");
    response.writeHead(failing ? 401 : 200, {
      "content-type": "application/json",
      "x-echo": String(request.headers.authorization),
    });
    const seen = String(request.headers.authorization);
    response.end(
      JSON.stringify(
        failing
          ? {
              error: {
                message: `Bad key ${seen}`,
                type: "invalid_request_error",
                param: null,
                code: "invalid_api_key",
              },
            }
          : { object: "list", data: [{ id: "user_1", note: seen }], has_more: false, last_id: "user_1" },
      ),
    );
  });
});
afterAll(async () => {
  await echo?.close();
});

const cases: [string, string[], { env?: boolean }][] = [
  ["a list", ["users", "list"], {}],
  ["a list with --debug", ["users", "list", "--debug"], {}],
  ["a list as yaml with --debug", ["users", "list", "--debug", "--format", "yaml"], {}],
  ["an error", ["users", "retrieve", "user_1"], {}],
  ["an error as JSON with --debug", ["users", "retrieve", "user_1", "--debug", "--format", "json"], {}],
  ["a dry run with --debug", ["users", "update", "user_1", "--role", "owner", "--dry-run", "--debug"], {}],
  ["the key given as a flag", ["users", "list", "--debug", "--admin-api-key", CANARY], { env: false }],
  [
    "the key in an Authorization --header",
    ["users", "list", "--debug", "--header", `Authorization: Bearer ${CANARY}`],
    {},
  ],
];

describe("the key never appears", () => {
  it.each(cases)("%s", async (_, args, { env = true }) => {
    const result = await run([...args, "--base-url", echo.url, "--max-retries", "0"], { noKey: !env });
    expect(result.stdout.length + result.stderr.length).toBeGreaterThan(0);
    expect(result.stdout).not.toContain(CANARY);
    expect(result.stderr).not.toContain(CANARY);
    // A tail of the key is a leak too.
    expect(`${result.stdout}${result.stderr}`).not.toContain(CANARY.slice(-12));
  });

  it("the server did receive the key (the test would pass vacuously otherwise)", () => {
    expect(echo.requests.some((r) => r.headers.authorization === `Bearer ${CANARY}`)).toBe(true);
  });
});
