// Where the suite sends its requests: a Prism mock it starts on 127.0.0.1, or (with
// CONTRACT_BASE_URL and OPENAI_ADMIN_KEY) a live server.
import { type AdminClient, createAdminClient } from "@openai-admin/client";
import { startMock } from "@openai-admin/mock";
import { startSimulator } from "@openai-admin/simulator";
import type { LiveOptions, Mode } from "./cases.js";
import { WireRecorder } from "./send.js";

export interface Target {
  mode: Mode;
  baseUrl: string;
  client: AdminClient;
  /** The raw bodies the client received. */
  wire: WireRecorder;
  /** Prism's log, when the target is a mock; undefined for a live server. */
  prism: PrismLog | undefined;
  /** Live: the sandbox project, the only one writes may touch. */
  projectId: string | undefined;
  stop(): Promise<void>;
}

/** The mode of this run: `live` when CONTRACT_BASE_URL is set, else the vitest project's CONTRACT_MODE. */
export function contractMode(env = process.env): Mode {
  if (env.CONTRACT_BASE_URL) return "live";
  if (env.CONTRACT_MODE === "simulator") return "simulator";
  return env.CONTRACT_MODE === "dynamic" ? "dynamic" : "static";
}

export function liveOptions(env = process.env): LiveOptions {
  return { allowWrites: env.CONTRACT_ALLOW_WRITES === "1" && Boolean(env.CONTRACT_PROJECT_ID) };
}

// The key Prism sees; it only checks that a bearer token is present.
const MOCK_KEY = "sk-admin-contract-tests";

export async function startTarget(mode: Mode, specFile: string, env = process.env): Promise<Target> {
  // The suite's own checks measure the server, so the client must not retry 409/429/5xx.
  const wire = new WireRecorder();
  const clientOptions = { maxRetries: 0, timeout: 20_000, fetch: wire.fetch };
  if (mode === "live") {
    const baseUrl = env.CONTRACT_BASE_URL ?? "";
    const adminApiKey = env.OPENAI_ADMIN_KEY;
    if (!adminApiKey) throw new Error("CONTRACT_BASE_URL is set but OPENAI_ADMIN_KEY is not.");
    return {
      mode,
      baseUrl,
      client: createAdminClient({ ...clientOptions, adminApiKey, baseUrl }),
      wire,
      prism: undefined,
      projectId: env.CONTRACT_PROJECT_ID || undefined,
      stop: async () => {},
    };
  }
  const prism = new PrismLog();
  // Simulator: a seeded, stateful organization, with Prism in front of it checking every request
  // and every answer against the spec (`prism proxy --errors`).
  const simulator =
    mode === "simulator" ? await startSimulator({ seed: 1, requireKey: MOCK_KEY }) : undefined;
  const mock = await startMock({
    spec: specFile,
    dynamic: mode === "dynamic",
    errors: true,
    onLog: prism.add,
    ...(simulator ? { proxyTo: simulator.url } : {}),
  }).catch(async (error: unknown) => {
    await simulator?.close();
    throw error;
  });
  prism.baseUrl = mock.url;
  const client = createAdminClient({ ...clientOptions, adminApiKey: MOCK_KEY, baseUrl: mock.url });
  return {
    mode,
    baseUrl: mock.url,
    client,
    wire,
    prism,
    projectId: simulator ? await firstActiveProject(client) : undefined,
    stop: async () => {
      await mock.stop();
      await simulator?.close();
    },
  };
}

/** The project the simulator run writes to (any would do: the organization is thrown away). */
async function firstActiveProject(client: AdminClient): Promise<string | undefined> {
  const { data } = await client.GET("/organization/projects", { params: { query: { limit: 1 } } });
  return data?.data[0]?.id;
}

/**
 * Prism's log lines, cut at markers so each case sees the violations its own requests caused.
 * `settle()` sends a request to a path no spec has and waits for Prism to log it: everything
 * Prism logged for earlier requests is in by then.
 */
export class PrismLog {
  baseUrl = "";
  readonly lines: string[] = [];
  #read = 0;
  #marker = 0;
  #waiters: (() => void)[] = [];

  add = (line: string): void => {
    this.lines.push(line);
    for (const wake of this.#waiters.splice(0)) wake();
  };

  /** Prism's "Violation:" lines logged since the previous settle(). */
  async settle(timeoutMs = 5_000): Promise<string[]> {
    const marker = `/__contract_settle/${++this.#marker}`;
    await fetch(`${this.baseUrl}${marker}`).then((r) => r.arrayBuffer());
    const deadline = Date.now() + timeoutMs;
    const logged = () => {
      for (let i = this.#read; i < this.lines.length; i++) {
        const line = this.lines[i] ?? "";
        if (line.includes(`${marker} `) && line.includes("terminated")) return i;
      }
      return -1;
    };
    let end = logged();
    for (; end === -1; end = logged()) {
      if (Date.now() > deadline)
        throw new Error(`Prism did not log the request to ${marker} within ${timeoutMs} ms`);
      await new Promise<void>((wake) => {
        this.#waiters.push(wake);
        setTimeout(wake, 50);
      });
    }
    const since = this.lines.slice(this.#read, end + 1);
    this.#read = end + 1;
    return since
      .filter((line) => line.includes("Violation:"))
      .map((line) => line.replace(/^.*?\[VALIDATOR\]\s*/, ""));
  }
}
