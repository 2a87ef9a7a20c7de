import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export interface MockOptions {
  /** Port on 127.0.0.1; a free one is picked when left out. */
  port?: number;
  /** Generate bodies from the schemas instead of returning the spec's named examples. */
  dynamic?: boolean;
  /** Turn request and response violations into errors (Prism `--errors`), for contract tests. */
  errors?: boolean;
  /** The OpenAPI document to serve; defaults to the spec shipped in `@openai-admin/types`. */
  spec?: string;
  /** How long to wait for Prism to answer, in ms (default `MOCK_START_TIMEOUT_MS`). */
  startTimeout?: number;
  /** Receives Prism's log lines (for `--debug` and contract-test violation reports). */
  onLog?: (line: string) => void;
  /**
   * Instead of answering itself, forward every request to this server (`prism proxy`), checking
   * the request and the upstream's response against the spec on the way.
   */
  proxyTo?: string;
}

export interface Mock {
  /** Base URL to point a client at, e.g. `http://127.0.0.1:4010`. */
  url: string;
  port: number;
  /** Process id of the supervisor that runs Prism. */
  pid: number;
  /** Stops Prism; resolves once the process has exited. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * How long `startMock` waits for Prism to answer by default. Prism answers in about 2 s on an idle
 * 2-core machine and was seen taking up to 25 s with a test run and two CPU burners beside it, so the
 * bound leaves room for a busy CI host without hiding a Prism that will never come up. A test that
 * starts a mock inside its own body must give itself more than this (`MOCK_TEST_TIMEOUT_MS`), so
 * that the readiness error, which says what went wrong, is what a slow start reports.
 */
export const MOCK_START_TIMEOUT_MS = 90_000;

/** A timeout for a test that starts one mock in its body: the start's bound plus room for the test. */
export const MOCK_TEST_TIMEOUT_MS = MOCK_START_TIMEOUT_MS + 30_000;

/** The spec the mock serves unless told otherwise. */
export function defaultSpecPath(): string {
  return fileURLToPath(import.meta.resolve("@openai-admin/types/openapi.yaml"));
}

function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string } })?.cause?.code;
  if (cause) return cause;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

const live = new Set<import("node:child_process").ChildProcess>();
let exitHookInstalled = false;

// The supervisor also exits when our stdin pipe closes, which covers a parent killed with SIGKILL.
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const child of live) child.kill("SIGKILL");
  });
}

/** Starts Prism on 127.0.0.1 and resolves once it answers HTTP requests. */
export async function startMock(options: MockOptions = {}): Promise<Mock> {
  const port = options.port ?? (await freePort());
  const spec = options.spec ?? defaultSpecPath();
  const supervisor = fileURLToPath(new URL("./supervisor.js", import.meta.url));
  const args = options.proxyTo
    ? ["proxy", spec, options.proxyTo, "-h", "127.0.0.1", "-p", String(port)]
    : ["mock", spec, "-h", "127.0.0.1", "-p", String(port)];
  // Response schemas are open (the API adds fields), and Prism would fill them with invented keys;
  // a mock answers with the fields the spec names.
  if (options.dynamic) args.push("-d", "--json-schema-faker-fillProperties=false");
  if (options.errors) args.push("--errors");

  const child = spawn(process.execPath, [supervisor, ...args], {
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, SCARF_ANALYTICS: "false", DO_NOT_TRACK: "1" },
  });
  live.add(child);
  installExitHook();
  const logs: string[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      logs.push(line);
      if (logs.length > 50) logs.shift();
      options.onLog?.(line);
    }
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = once(child, "exit").then(() => live.delete(child));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
    await exited;
    clearTimeout(timer);
  };

  const timeout = options.startTimeout ?? MOCK_START_TIMEOUT_MS;
  const ready = `${url}/__openai_admin_ready`;
  const started = Date.now();
  let attempts = 0;
  let lastError = "";
  const output = () => (logs.length ? `Prism's last output:\n${logs.join("\n")}` : "Prism printed nothing.");
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const how = child.signalCode ? `killed by ${child.signalCode}` : `exit code ${child.exitCode}`;
      throw new Error(`Prism exited before it answered on ${url} (${how}). ${output()}`);
    }
    attempts++;
    try {
      // Any HTTP answer (even a 401/404 problem) means Prism is serving.
      await fetch(ready, { signal: AbortSignal.timeout(2_000) }).then((r) => r.arrayBuffer());
      break;
    } catch (error) {
      lastError = reasonOf(error);
      if (Date.now() - started > timeout) {
        await stop();
        throw new Error(
          `Prism did not answer on ${url} within ${timeout / 1000} s: waited for any HTTP response to ` +
            `GET ${ready} (${attempts} attempt${attempts === 1 ? "" : "s"}, last: ${lastError}). ${output()}`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url, port, pid: child.pid ?? -1, stop };
}
