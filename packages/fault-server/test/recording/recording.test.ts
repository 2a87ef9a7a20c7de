import { afterEach, describe, expect, it } from "vitest";
import { type FaultServer, startFaultServer } from "../../src/index.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("what the server records", () => {
  it("method, raw target, decoded segments, query, host, headers and body of every request", async () => {
    server = await startFaultServer({ basePath: "/v1" });
    await fetch(`${server.url}/organization/users/a%2F..%3Fb?limit=2&emails[]=x&emails[]=y`, {
      headers: { authorization: "Bearer sk-admin-test" },
    });
    await fetch(`${server.url}/organization/projects/p1`, { method: "POST", body: '{"name":"x"}' });
    const [get, post] = server.requests;
    expect(get).toMatchObject({
      n: 1,
      method: "GET",
      target: "/v1/organization/users/a%2F..%3Fb?limit=2&emails[]=x&emails[]=y",
      rawPath: "/v1/organization/users/a%2F..%3Fb",
      segments: ["organization", "users", "a/..?b"],
      query: { limit: ["2"], "emails[]": ["x", "y"] },
      host: server.host,
    });
    expect(get?.headers.authorization).toBe("Bearer sk-admin-test");
    expect(post).toMatchObject({
      n: 2,
      method: "POST",
      body: '{"name":"x"}',
      segments: ["organization", "projects", "p1"],
    });
    expect(server.requestCount).toBe(2);
    server.reset();
    expect(server.requestCount).toBe(0);
  });

  it("answers any operation: GET echoes the id, POST the body, DELETE a deletion; 401 without the key", async () => {
    server = await startFaultServer({ requireKey: "sk-k" });
    const auth = { authorization: "Bearer sk-k" };
    const json = async (path: string, init: RequestInit = {}) => {
      const res = await fetch(`${server?.url}${path}`, { ...init, headers: { ...auth, ...init.headers } });
      return [res.status, await res.json()];
    };
    expect(await json("/organization/users/u%201")).toEqual([
      200,
      { object: "organization.users", id: "u 1" },
    ]);
    expect(await json("/organization/roles", { method: "POST", body: '{"role_name":"r"}' })).toEqual([
      200,
      { object: "organization.roles", id: "organization.roles_new", role_name: "r" },
    ]);
    expect(await json("/organization/invites/i1", { method: "DELETE" })).toEqual([
      200,
      { object: "organization.invites.deleted", id: "i1", deleted: true },
    ]);
    expect((await json("/organization/users", { headers: { authorization: "Bearer nope" } }))[0]).toBe(401);
    expect((await json("/elsewhere"))[0]).toBe(404);
  });

  it("a respond hook answers first", async () => {
    server = await startFaultServer({
      respond: (r) =>
        r.segments[2] === "gone" ? { status: 404, body: { error: { message: "nope" } } } : undefined,
    });
    expect((await fetch(`${server.url}/organization/users/gone`)).status).toBe(404);
    expect((await fetch(`${server.url}/organization/users/here`)).status).toBe(200);
  });
});
