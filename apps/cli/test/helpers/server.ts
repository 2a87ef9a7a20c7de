// A plain HTTP server on 127.0.0.1 used as --base-url: it records every request, so tests can
// prove that nothing was sent, or inspect exactly what was. Nothing is mocked in the CLI.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type FaultServer, type FaultServerOptions, startFaultServer } from "@openai-admin/fault-server";
import { afterAll, beforeAll, beforeEach } from "vitest";

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export type Handler = (request: Recorded, response: ServerResponse) => void;

export interface RecordingServer {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

const ok: Handler = (_request, response) => {
  response.writeHead(200, { "content-type": "application/json" });
  response.end("{}");
};

export async function startServer(handler: Handler = ok): Promise<RecordingServer> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      handler(recorded, res);
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * One recording server for a test file, started before its tests, emptied of requests before each
 * test (so "nothing was sent" is per test) and closed after them.
 */
export function recordingServerPerFile(handler?: Handler): RecordingServer {
  const server: RecordingServer = { url: "", requests: [], close: async () => {} };
  beforeAll(async () => {
    Object.assign(server, await startServer(handler));
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });
  return server;
}

/** One fault server (see @openai-admin/fault-server) for a test file, reset before each test. */
export function faultServerPerFile(options: FaultServerOptions = {}): { readonly current: FaultServer } {
  const holder: { current: FaultServer } = { current: undefined as unknown as FaultServer };
  beforeAll(async () => {
    holder.current = await startFaultServer(options);
  });
  afterAll(() => holder.current?.close());
  beforeEach(() => {
    holder.current.reset();
  });
  return holder;
}
