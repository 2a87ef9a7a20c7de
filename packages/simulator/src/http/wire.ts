// What goes on the wire: reading a body, sending a reply, and injecting a scheduled fault the way
// a real proxy or API fails.
import { once } from "node:events";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Fault } from "../faults.js";

/** A response a route or a test's `respond` hook gives. A non-string body is sent as JSON. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** The API's error envelope. */
export const errorBody = (
  message: string,
  type: string,
  code: string | null,
  param: string | null = null,
) => ({
  error: { message, type, param, code },
});

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}

export function send(res: ServerResponse, reply: Reply, requestId: string): void {
  if (res.destroyed) return;
  const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body ?? {});
  res.writeHead(reply.status, {
    "content-type": "application/json",
    "x-request-id": requestId,
    ...reply.headers,
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

/** The reply of an HTTP-level fault (429, 5xx, HTML, cut-off JSON); undefined for socket faults. */
export function faultReply(fault: Fault, retryAfterMs: number): Reply | undefined {
  const retryHeaders = { "retry-after-ms": String(retryAfterMs) };
  switch (fault.kind) {
    case "rate-limit":
      return {
        status: 429,
        headers: {
          "retry-after": fault.retryAfter ?? String(Math.ceil((fault.retryAfterMs ?? retryAfterMs) / 1000)),
          "retry-after-ms": String(fault.retryAfterMs ?? retryAfterMs),
        },
        body: errorBody(
          "Rate limit reached for organization administration requests.",
          "requests",
          "rate_limit_exceeded",
        ),
      };
    case "server-error":
      return {
        status: fault.status ?? 500,
        headers: retryHeaders,
        body: errorBody("The server had an error while processing your request.", "server_error", null),
      };
    case "html": {
      const status = fault.status ?? 502;
      return {
        status,
        headers: { ...retryHeaders, "content-type": "text/html; charset=utf-8" },
        body: `<html><head><title>${status} Bad Gateway</title></head><body><center><h1>${status} Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n`,
      };
    }
    case "malformed-json":
      return {
        status: fault.status ?? 200,
        headers: { "content-type": "application/json" },
        body: '{"object":"list","data":[{"object":"organization.user","id":"user_',
      };
    default:
      return undefined;
  }
}

export interface FaultContext {
  req: IncomingMessage;
  res: ServerResponse;
  /** The reply the request would have had; a mid-body reset sends half of it. */
  normal: () => Reply | Promise<Reply>;
  requestId: string;
  retryAfterMs: number;
  /** How long a stall holds the request before dropping it, unless the fault says. */
  stallMs: number;
  /** Pending timers, cleared on close. */
  timers: Set<NodeJS.Timeout>;
}

/** Fails one request as `fault` says: an error reply, a dropped connection, or a stall. */
export async function injectFault(fault: Fault, context: FaultContext): Promise<void> {
  const { req, res, requestId, timers } = context;
  const reply = faultReply(fault, context.retryAfterMs);
  if (reply) {
    send(res, reply, requestId);
    return;
  }
  if (fault.kind === "reset") {
    if (fault.when === "before-headers") {
      req.socket.destroy();
      return;
    }
    const normal = await context.normal();
    const text = JSON.stringify(normal.body ?? {});
    res.writeHead(normal.status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(text),
      "x-request-id": requestId,
    });
    res.write(text.slice(0, Math.floor(text.length / 2)), () => {
      // Give the half body a moment to leave before the reset, so the client sees headers first.
      const timer = setTimeout(() => {
        timers.delete(timer);
        req.socket.destroy();
      }, 5);
      timers.add(timer);
    });
    return;
  }
  if (fault.kind === "stall") {
    const timer = setTimeout(() => {
      timers.delete(timer);
      req.socket.destroy();
    }, fault.ms ?? context.stallMs);
    timers.add(timer);
    req.socket.once("close", () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  }
}

export interface LocalListener {
  port: number;
  /** Stops listening and drops every open connection (stalled ones included) and pending timer. */
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (port 0: a free one), keeping track of connections so close is immediate. */
export async function listenLocal(
  server: Server,
  port: number,
  timers: Set<NodeJS.Timeout>,
): Promise<LocalListener> {
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  server.listen(port, "127.0.0.1");
  await once(server, "listening");
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((done) => server.close(() => done()));
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await closed;
    },
  };
}
