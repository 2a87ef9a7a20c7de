// The CLI sends through its own node:http transport, not the built-in fetch: what fetch did for it
// (redirects, the key kept to its origin, compressed bodies) must still hold, seen at the servers.
// Plain servers, not the simulator: no API redirects, answers a request that carries no key, or
// compresses only the paths a test names.
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CANARY, run } from "../helpers/cli.js";
import { type Recorded, type RecordingServer, startServer } from "../helpers/server.js";

const user = {
  object: "organization.user",
  id: "user_abc",
  name: "Ada Lovelace",
  email: "ada.lovelace@example.com",
  role: "owner",
  added_at: 1_711_471_533,
};
const role = {
  object: "role",
  id: "role_1",
  name: "Auditor",
  description: null,
  permissions: [],
  resource_type: "api.organization",
  predefined_role: false,
};

let target: RecordingServer;
let origin: RecordingServer;
beforeAll(async () => {
  target = await startServer((request, response) => {
    const body = JSON.stringify(request.method === "POST" ? role : user);
    if (request.url.includes("gzip")) {
      response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      response.end(gzipSync(body));
      return;
    }
    response.writeHead(200, { "content-type": "application/json" });
    response.end(body);
  });
  origin = await startServer((request, response) => {
    const to = (status: number, location: string) => {
      response.writeHead(status, { location });
      response.end();
    };
    const path = request.url.split("?")[0] ?? "";
    if (path.endsWith("/same")) return to(302, "/organization/users/user_abc");
    if (path.endsWith("/elsewhere")) return to(307, `${target.url}/organization/users/user_abc`);
    if (request.method === "POST") return to(307, `${target.url}/organization/roles`);
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(user));
  });
});
afterAll(async () => {
  await Promise.all([target.close(), origin.close()]);
});

const reset = () => {
  target.requests.length = 0;
  origin.requests.length = 0;
};
const authorization = (r: Recorded) => r.headers.authorization;

describe("the CLI's transport", () => {
  it("follows a redirect on the same origin, key and all", async () => {
    reset();
    const result = await run(["users", "retrieve", "same", "--base-url", origin.url, "--format", "json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: user.id });
    expect(origin.requests.map((r) => r.url)).toEqual([
      "/organization/users/same",
      "/organization/users/user_abc",
    ]);
    expect(origin.requests.map(authorization)).toEqual([`Bearer ${CANARY}`, `Bearer ${CANARY}`]);
  });

  it("follows a redirect to another origin without the key", async () => {
    reset();
    const result = await run([
      "users",
      "retrieve",
      "elsewhere",
      "--base-url",
      origin.url,
      "--format",
      "json",
    ]);
    expect(result.code).toBe(0);
    expect(target.requests).toHaveLength(1);
    expect(target.requests[0]?.headers.authorization).toBeUndefined();
    expect(result.stdout + result.stderr).not.toContain(CANARY);
  });

  it("re-sends a POST and its body on a 307", async () => {
    reset();
    const result = await run([
      "roles",
      "create",
      "--role-name",
      "Auditor",
      "--permissions",
      "api.organization.read",
      "--base-url",
      origin.url,
      "--format",
      "json",
    ]);
    expect(result.code).toBe(0);
    expect(origin.requests[0]?.method).toBe("POST");
    expect(target.requests.map((r) => r.method)).toEqual(["POST"]);
    expect(JSON.parse(target.requests[0]?.body ?? "{}")).toEqual(JSON.parse(origin.requests[0]?.body ?? ""));
    expect(JSON.parse(result.stdout)).toMatchObject({ id: "role_1" });
  });

  it("asks for compressed bodies and decodes them", async () => {
    reset();
    const result = await run(["users", "retrieve", "gzip", "--base-url", target.url, "--format", "json"]);
    expect(result.code).toBe(0);
    expect(target.requests[0]?.headers["accept-encoding"]).toMatch(/gzip/);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: user.id, email: user.email });
  });
});
