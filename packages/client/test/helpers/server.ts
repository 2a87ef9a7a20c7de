// Scripted servers for the client's tests: each answers with the statuses, headers, bodies, resets
// and stalls a test lists, request by request, or echoes the key back. They test the client's own
// handling of the wire (retries, timeouts, errors, redaction), which needs answers no API gives on
// demand; tests that need an API (lists to page through) use @openai-admin/simulator instead.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { RunningSimulator } from "@openai-admin/simulator";
import { type AdminClient, type AdminClientOptions, createAdminClient } from "../../src/index.js";

/** A key that must never show up in an error, a message or a log line. */
export const CANARY_KEY = "sk-admin-CANARY0123456789abcdef";

export interface SeenRequest {
  method: string;
  url: URL;
  headers: IncomingMessage["headers"];
  body: string;
}

export type Handler = (req: SeenRequest, res: ServerResponse, attempt: number) => void | Promise<void>;

export interface TestServer {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

const open: TestServer[] = [];

/** A real HTTP server on 127.0.0.1 that records every request it gets. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const seen = {
      method: req.method ?? "",
      url: new URL(req.url ?? "/", "http://127.0.0.1"),
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    requests.push(seen);
    await handler(seen, res, requests.length);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const testServer: TestServer = {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
  open.push(testServer);
  return testServer;
}

/**
 * Resolves once the server has seen `count` requests. A test that acts "while a request is in
 * flight" waits for this instead of a fixed delay, which a loaded machine can outlast.
 */
export async function requestsSeen(server: TestServer, count: number): Promise<void> {
  while (server.requests.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** Closes every server started since the last call; for afterEach. */
export async function closeServers(): Promise<void> {
  await Promise.all(open.splice(0).map((s) => s.close()));
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Answers request n with replies[n - 1], repeating the last reply. */
export function replies(...list: Reply[]): Handler {
  return (_req, res, attempt) => {
    const reply = list[Math.min(attempt, list.length) - 1] ?? { status: 500 };
    const body = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body ?? {});
    res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
    res.end(body);
  };
}

export function envelope(
  message: string,
  type: string,
  code: string | null = null,
  param: string | null = null,
) {
  return { error: { message, type, code, param } };
}

export const userList = {
  object: "list",
  data: [{ object: "organization.user", id: "user_abc", added_at: 1711471533, email: "ada@example.com" }],
  first_id: "user_abc",
  last_id: "user_abc",
  has_more: false,
};

/**
 * A client for `server` whose waits between retries are recorded instead of spent;
 * pass `sleep: undefined` to wait for real.
 */
export function clientFor(
  server: TestServer | RunningSimulator,
  options: AdminClientOptions & { sleep?: ((ms: number) => Promise<void>) | undefined } = {},
): { client: AdminClient; waits: number[] } {
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
  };
  const client = createAdminClient({
    adminApiKey: CANARY_KEY,
    baseUrl: server.url,
    sleep,
    ...options,
  } as AdminClientOptions);
  return { client, waits };
}

export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The reason `promise` rejects with; fails the test when it resolves instead. */
export async function rejection<E = unknown>(promise: Promise<unknown>): Promise<E> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: E) => error,
  );
}
