import type { Middleware } from "openapi-fetch";
import { afterEach, describe, expect, it } from "vitest";
import { APIConnectionTimeoutError, createAdminClient } from "../src/index.js";
import {
  CANARY_KEY,
  clientFor,
  closeServers,
  rejection,
  replies,
  startServer,
  userList,
} from "./helpers/server.js";

// The client reads each body once and hands openapi-fetch the text it read; to the caller and its
// middleware the response must still look and behave like the one fetch returned.

afterEach(closeServers);

const okBody = JSON.stringify(userList);

describe("the response a caller gets", () => {
  it("is used up once its JSON was parsed, as with plain openapi-fetch", async () => {
    const server = await startServer(replies({ status: 200, body: userList }));
    const { client } = clientFor(server);
    const { data, response } = await client.GET("/organization/users");
    expect(data).toEqual(userList);
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
    await expect(response.json()).rejects.toThrow(TypeError);
    expect(() => response.clone()).toThrow(TypeError);
  });

  it("parses a chunked body (no content-length) and adds no headers the server did not send", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "x-request-id": "req_1" });
      res.write(okBody.slice(0, 10));
      res.end(okBody.slice(10));
    });
    const { client } = clientFor(server);
    const { data, response } = await client.GET("/organization/users");
    expect(data).toEqual(userList);
    expect(response.headers.get("content-type")).toBeNull();
    expect(response.headers.get("content-length")).toBeNull();
  });

  it("lets the caller's middleware read a clone, or the body itself", async () => {
    const server = await startServer(replies({ status: 200, body: userList }));
    const { client } = clientFor(server);
    const seen: unknown[] = [];
    const peek: Middleware = {
      async onResponse({ response }) {
        expect(response.bodyUsed).toBe(false);
        seen.push(await response.clone().json());
      },
    };
    client.use(peek);
    expect((await client.GET("/organization/users")).data).toEqual(userList);
    client.eject(peek);
    client.use({
      async onResponse({ response }) {
        seen.push(await response.text());
        return new Response(JSON.stringify({ replaced: true }), response);
      },
    });
    expect((await client.GET("/organization/users")).data).toEqual({ replaced: true });
    expect(seen).toEqual([userList, okBody]);
  });

  it("keeps ok bodies byte for byte for parseAs other than json", async () => {
    const server = await startServer(replies({ status: 200, body: userList }));
    const { client } = clientFor(server);
    const { data } = await client.GET("/organization/users", { parseAs: "arrayBuffer" });
    expect(new TextDecoder().decode(data as ArrayBuffer)).toBe(okBody);
  });
});

describe("timeouts with a fetch of the caller's", () => {
  const stall = () => {};

  it("abort the Request a client-wide fetch was given", async () => {
    const server = await startServer(stall);
    const signals: AbortSignal[] = [];
    const client = createAdminClient({
      adminApiKey: CANARY_KEY,
      baseUrl: server.url,
      maxRetries: 0,
      timeout: 100,
      fetch: (input) => {
        signals.push((input as Request).signal);
        return fetch(input as Request);
      },
    });
    const error = await rejection(client.GET("/organization/users"));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(true);
  });

  it("apply to a fetch given for one request, on every attempt", async () => {
    const server = await startServer(stall);
    const { client } = clientFor(server, { timeout: 100, maxRetries: 1 });
    const sent: Request[] = [];
    const error = await rejection(
      client.GET("/organization/users", {
        fetch: (request: Request) => {
          sent.push(request);
          return fetch(request);
        },
      }),
    );
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(server.requests).toHaveLength(2);
    expect(sent.map((r) => r.signal.aborted)).toEqual([true, true]);
  });
});

describe("bodies", () => {
  it("are sent once without retries, and again on every retry with them", async () => {
    const server = await startServer(
      replies({ status: 503 }, { status: 200, body: { object: "organization.invite", id: "invite-abc" } }),
    );
    const body = { email: "ada@example.com", role: "reader" as const };
    const { client } = clientFor(server, { maxRetries: 0 });
    const first = await client.POST("/organization/invites", { body });
    expect(first.response.status).toBe(503);
    const second = await client.withOptions({ maxRetries: 1 }).POST("/organization/invites", { body });
    expect(second.response.status).toBe(200);
    expect(server.requests.map((r) => JSON.parse(r.body))).toEqual([body, body]);
  });
});
