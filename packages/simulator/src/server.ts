// The simulator on 127.0.0.1: plain node:http, so faults that need a socket (resets mid-body,
// stalls) happen for real and what the request log holds is what was on the wire.
import { createServer } from "node:http";
import { injectFault, listenLocal, readBody, send } from "./http/wire.js";
import type { RecordedRequest } from "./record.js";
import { Simulator, type SimulatorOptions } from "./simulator.js";

export interface StartSimulatorOptions extends SimulatorOptions {
  /** Port on 127.0.0.1; default 0 (a free one). */
  port?: number;
  /** How long a `stall` fault holds a request before dropping it, in ms. Default 10,000. */
  stallMs?: number;
}

export interface RunningSimulator {
  /** Base URL to give a client, e.g. `http://127.0.0.1:41234` (plus `basePath`). */
  url: string;
  /** `127.0.0.1:<port>`. */
  host: string;
  port: number;
  /** The simulator itself: its organization (`org`), `fetch`, `acceptInvite`, `reset`... */
  simulator: Simulator;
  /** Every request so far, in arrival order. */
  readonly requests: readonly RecordedRequest[];
  readonly requestCount: number;
  /** Stops listening and drops every open connection, stalled ones included. */
  close(): Promise<void>;
}

/** Starts the simulator on 127.0.0.1. */
export async function startSimulator(options: StartSimulatorOptions = {}): Promise<RunningSimulator> {
  const simulator = new Simulator(options);
  const timers = new Set<NodeJS.Timeout>();
  const stallMs = options.stallMs ?? 10_000;
  const retryAfterMs = options.retryAfterMs ?? 1;

  const server = createServer({ maxHeaderSize: 1024 * 1024 }, async (req, res) => {
    const body = await readBody(req);
    const recorded = simulator.receive({
      method: req.method ?? "GET",
      target: req.url ?? "/",
      headers: req.headers,
      body,
    });
    const requestId = `req_sim_${recorded.n}`;
    const normal = () => {
      const reply = simulator.serve(recorded);
      recorded.status = reply.status;
      return reply;
    };
    if (recorded.fault)
      await injectFault(recorded.fault, { req, res, normal, requestId, retryAfterMs, stallMs, timers });
    else send(res, normal(), requestId);
  });
  const listener = await listenLocal(server, options.port ?? 0, timers);
  const port = listener.port;
  const host = `127.0.0.1:${port}`;
  return {
    url: `http://${host}${simulator.basePath}`,
    host,
    port,
    simulator,
    get requests() {
      return simulator.requests;
    },
    get requestCount() {
      return simulator.requestCount;
    },
    close: listener.close,
  };
}
