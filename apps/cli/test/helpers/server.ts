// Servers the tests give the CLI as --base-url. Where a test needs an API it gets the simulator
// (@openai-admin/simulator): a seeded organization that answers every operation, injects faults on
// a schedule and logs every request as it arrived.
//
// `startServer` is for what no API does: redirects, answering without a key, echoing the key back,
// a status or a stall the test picks for one request, or a fixed body for whatever is asked (tests of
// what the CLI sends, with the spec's example ids that no organization holds).
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type RunningSimulator, type StartSimulatorOptions, startSimulator } from "@openai-admin/simulator";
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

/** The organization the CLI tests start from: a fixed seed and clock, so its ids never change. */
export const ORG = { seed: 1, now: 1_796_000_000 } satisfies StartSimulatorOptions;

/**
 * One simulator for a test file (the seeded organization `ORG`, with `options`), started before its
 * tests, reseeded with an empty request log before each test, and closed after them.
 */
export function simulatorPerFile(options: StartSimulatorOptions = {}): {
  readonly current: RunningSimulator;
} {
  const holder: { current: RunningSimulator } = { current: undefined as unknown as RunningSimulator };
  beforeAll(async () => {
    holder.current = await startSimulator({ ...ORG, ...options });
  });
  afterAll(() => holder.current?.close());
  beforeEach(() => {
    holder.current.simulator.reset();
    holder.current.simulator.resetRequests();
  });
  return holder;
}

/** The organization's users, in list order, read from its state (not through the CLI under test). */
export function seededUsers(
  sim: RunningSimulator,
): { id: string; name: string; email: string; role: string }[] {
  return Array.from(sim.simulator.org.collection("/organization/users").from(), ({ entity }) => ({
    id: String(entity.id),
    name: String(entity.name),
    email: String(entity.email),
    role: String(entity.role),
  }));
}
