// The request log: every request exactly as it arrived (raw target, decoded segments, query, host,
// headers, body) with the status it was answered, so tests can assert on the wire.
import { afterEach, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../../src/index.js";

let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe("what the simulator records", () => {
  it("method, raw target, decoded segments, query, host, headers, body and status of every request", async () => {
    sim = await startSimulator({ basePath: "/v1" });
    const authorization = "Bearer sk-admin-test";
    await fetch(`${sim.url}/organization/users/a%2F..%3Fb?limit=2&emails[]=x&emails[]=y`, {
      headers: { authorization },
    });
    await fetch(`${sim.url}/organization/projects/p1`, {
      method: "POST",
      headers: { authorization },
      body: '{"name":"x"}',
    });
    const [get, post] = sim.requests;
    expect(get).toMatchObject({
      n: 1,
      method: "GET",
      target: "/v1/organization/users/a%2F..%3Fb?limit=2&emails[]=x&emails[]=y",
      rawPath: "/v1/organization/users/a%2F..%3Fb",
      segments: ["organization", "users", "a/..?b"],
      query: { limit: ["2"], "emails[]": ["x", "y"] },
      host: sim.host,
      status: 404,
    });
    expect(get?.headers.authorization).toBe(authorization);
    expect(post).toMatchObject({
      n: 2,
      method: "POST",
      body: '{"name":"x"}',
      segments: ["organization", "projects", "p1"],
      status: 404,
    });
    expect(sim.requestCount).toBe(2);
    sim.simulator.resetRequests();
    expect(sim.requestCount).toBe(0);
    expect(sim.requests).toEqual([]);
  });

  it("requireKey: another key is a 401; a path outside basePath is a 404", async () => {
    sim = await startSimulator({ requireKey: "sk-k", basePath: "/v1" });
    const status = async (url: string, key: string) =>
      (await fetch(url, { headers: { authorization: `Bearer ${key}` } })).status;
    expect(await status(`${sim.url}/organization/users`, "sk-k")).toBe(200);
    expect(await status(`${sim.url}/organization/users`, "nope")).toBe(401);
    expect(await status(`http://${sim.host}/organization/users`, "sk-k")).toBe(404);
  });

  it("a respond hook answers first; the API answers the rest", async () => {
    sim = await startSimulator({
      respond: (r) =>
        r.segments[2] === "gone" ? { status: 410, body: { error: { message: "nope" } } } : undefined,
    });
    const headers = { authorization: "Bearer sk-admin-test" };
    expect((await fetch(`${sim.url}/organization/users/gone`, { headers })).status).toBe(410);
    expect((await fetch(`${sim.url}/organization/users/here`, { headers })).status).toBe(404);
    expect(sim.requests.map((r) => r.status)).toEqual([410, 404]);
  });

  it("recordRequests: false keeps no log but still counts", async () => {
    sim = await startSimulator({ recordRequests: false });
    await fetch(`${sim.url}/organization/users`, { headers: { authorization: "Bearer k" } });
    expect(sim.requests).toEqual([]);
    expect(sim.requestCount).toBe(1);
  });
});
