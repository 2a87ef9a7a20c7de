// The untyped entry point callers generated from the spec use, and the caller's signal it leaves
// as it found it.
import { getEventListeners } from "node:events";
import { startSimulator } from "@openai-admin/simulator";
import { afterEach, describe, expect, it } from "vitest";
import { APIUserAbortError, paginate, request } from "../src/index.js";
import { clientFor, closeServers, rejection, replies, startServer, userList } from "./helpers/server.js";

afterEach(closeServers);

describe("request(client, operation, input)", () => {
  it("fills the path template and the query, and returns openapi-fetch's result", async () => {
    const server = await startServer(replies({ status: 200, body: userList }));
    const { client } = clientFor(server);
    const result = await request(
      client,
      { method: "get", path: "/organization/users/{user_id}" },
      { path: { user_id: "user_abc" }, query: { limit: 2 } },
    );
    expect(result.data).toEqual(userList);
    expect(result.response.status).toBe(200);
    expect(server.requests.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`)).toEqual([
      "GET /organization/users/user_abc?limit=2",
    ]);
  });

  it("sends the body as JSON and hands back an error body unparsed into an exception", async () => {
    const server = await startServer(replies({ status: 409, body: { error: { message: "exists" } } }));
    const { client } = clientFor(server, { maxRetries: 0 });
    const body = { email: "ada@example.com", role: "reader" };
    const result = await request(client, { method: "POST", path: "/organization/invites" }, { body });
    expect(result.response.status).toBe(409);
    expect(result.error).toEqual({ error: { message: "exists" } });
    expect(server.requests.map((r) => [r.method, JSON.parse(r.body)])).toEqual([["POST", body]]);
  });
});

describe("the caller's signal", () => {
  it("holds no abort listener once each request is over, over a whole listing", async () => {
    const pages = 30;
    // The simulator's organization of 30 users, one per page.
    const sim = await startSimulator({ users: pages });
    try {
      const { client } = clientFor(sim);
      const signal = new AbortController().signal;
      let seen = 0;
      for await (const _ of paginate(client, "/organization/users", {
        params: { query: { limit: 1 } },
        signal,
      })) {
        seen++;
        expect(getEventListeners(signal, "abort")).toHaveLength(0);
      }
      expect(seen).toBe(pages);
      expect(sim.requests).toHaveLength(pages);
    } finally {
      await sim.close();
    }
  });

  it("still cancels the request in flight, which is not retried", async () => {
    const server = await startServer(() => {});
    const { client } = clientFor(server);
    const controller = new AbortController();
    const reason = new Error("interrupted");
    setTimeout(() => controller.abort(reason), 100);
    const error = await rejection(client.GET("/organization/users", { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as Error).cause).toBe(reason);
    expect(server.requests).toHaveLength(1);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});
