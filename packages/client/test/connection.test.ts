import { once } from "node:events";
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  OpenAIAdminError,
} from "../src/index.js";
import {
  clientFor,
  closeServers,
  delay,
  type Handler,
  rejection,
  replies,
  requestsSeen,
  startServer,
  userList,
} from "./helpers/server.js";

afterEach(closeServers);

const okBody = JSON.stringify(userList);

/** Sends the headers and half the body, then drops the connection. */
const resetMidBody: Handler = (_req, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": String(okBody.length) });
  res.write(okBody.slice(0, okBody.length / 2), () => res.socket?.destroy());
};
const answer: Handler = replies({ status: 200, body: userList });
/** Never answers. */
const stall: Handler = () => {};

function sequence(...handlers: Handler[]): Handler {
  return (req, res, attempt) => (handlers[attempt - 1] ?? handlers[handlers.length - 1])?.(req, res, attempt);
}

describe("connection errors", () => {
  it("retries a connection reset in the middle of the body", async () => {
    const server = await startServer(sequence(resetMidBody, answer));
    const { client, waits } = clientFor(server);
    const { data } = await client.GET("/organization/users");
    expect(data?.data[0]?.id).toBe("user_abc");
    expect(server.requests).toHaveLength(2);
    expect(waits).toHaveLength(1);
  });

  it("rejects with APIConnectionError once every attempt was reset", async () => {
    const server = await startServer(resetMidBody);
    const { client } = clientFor(server);
    const error = await rejection(client.GET("/organization/users"));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(OpenAIAdminError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as APIError).status).toBeUndefined();
    expect((error as Error).message).toContain(`GET ${server.url}/organization/users`);
    expect(server.requests).toHaveLength(3);
  });

  it("rejects with APIConnectionError when nothing listens", async () => {
    const probe = createServer().listen(0, "127.0.0.1");
    await once(probe, "listening");
    const { port } = probe.address() as { port: number };
    await new Promise((done) => probe.close(done));
    const { client, waits } = clientFor({
      url: `http://127.0.0.1:${port}`,
      requests: [],
      close: async () => {},
    });
    const error = await rejection(client.GET("/organization/users"));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(waits).toHaveLength(2);
  });
});

describe("timeouts", () => {
  it("gives each attempt its own timeout and rejects with APIConnectionTimeoutError", async () => {
    const server = await startServer(stall);
    const { client } = clientFor(server, { timeout: 200 });
    const started = Date.now();
    const error = await rejection(client.GET("/organization/users"));
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/timed out after 200 ms/);
    expect(server.requests).toHaveLength(3);
    expect(elapsed).toBeGreaterThanOrEqual(3 * 190);
    expect(elapsed).toBeLessThan(3000);
  });

  it("times out a body that stops half way", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"object":"list","data":[');
    });
    const { client } = clientFor(server, { timeout: 200, maxRetries: 0 });
    const error = await rejection(client.GET("/organization/users"));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it("retries after a timeout and returns the next answer", async () => {
    const server = await startServer(sequence(stall, answer));
    const { client } = clientFor(server, { timeout: 200 });
    const { data } = await client.GET("/organization/users");
    expect(data?.has_more).toBe(false);
    expect(server.requests).toHaveLength(2);
  });

  it("takes a timeout per request through withOptions", async () => {
    const server = await startServer(stall);
    const { client } = clientFor(server);
    const started = Date.now();
    const error = await rejection(
      client.withOptions({ timeout: 100, maxRetries: 0 }).GET("/organization/users"),
    );
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("caller abort", () => {
  it("rejects with APIUserAbortError and never retries", async () => {
    const server = await startServer(stall);
    const { client } = clientFor(server, { timeout: 5000 });
    const controller = new AbortController();
    void requestsSeen(server, 1).then(() => controller.abort());
    const error = await rejection(client.GET("/organization/users", { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    await delay(200);
    expect(server.requests).toHaveLength(1);
  });

  it("stops waiting for a retry as soon as the caller aborts", async () => {
    const server = await startServer(replies({ status: 503, headers: { "retry-after-ms": "10000" } }));
    const { client } = clientFor(server, { sleep: undefined });
    const controller = new AbortController();
    // Abort once the first answer (a 503 saying "retry in 10 s") is in, and time from the abort.
    let aborted = 0;
    void requestsSeen(server, 1).then(async () => {
      await delay(100);
      aborted = Date.now();
      controller.abort();
    });
    const error = await rejection(client.GET("/organization/users", { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(Date.now() - aborted).toBeLessThan(2000);
    expect(server.requests).toHaveLength(1);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const server = await startServer(answer);
    const { client } = clientFor(server);
    const error = await rejection(client.GET("/organization/users", { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("malformed JSON", () => {
  it("rejects a 200 whose body is not JSON with an APIError that says so, without retrying", async () => {
    const server = await startServer(
      replies({ status: 200, headers: { "x-request-id": "req_bad" }, body: '{"object":"list","data":[' }),
    );
    const { client } = clientFor(server);
    const error = await rejection(client.GET("/organization/users"));
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 200, requestId: "req_bad" });
    expect((error as Error).message).toBe(
      "200 OK: the response body is not valid JSON (request id: req_bad)",
    );
    expect(server.requests).toHaveLength(1);
  });
});
