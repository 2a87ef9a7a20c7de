// A throwaway Verdaccio on 127.0.0.1: storage and config in a temp dir, the machine's npm registry
// as its uplink for third-party packages, @openai-admin/* published locally.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export interface Registry {
  url: string;
  port: number;
  pid: number;
  /** Registers a user and returns its token: npm refuses to publish without one. */
  token(): Promise<string>;
  /** What Verdaccio logged (warnings and errors), to explain a failed install. */
  log(): string;
  /** Stops Verdaccio; resolves once the process has exited. Safe to call twice. */
  stop(): Promise<void>;
}

/** The registry npm uses on this machine, for the uplink. */
export function machineRegistry(): string {
  // Without the npm_config_* a `pnpm run` parent sets, so npm reads the machine's own config.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm|pnpm)_/i.test(key)));
  const url = execFileSync("npm", ["config", "get", "registry"], { encoding: "utf8", env }).trim();
  return url.endsWith("/") ? url : `${url}/`;
}

/** Whether anything accepts TCP connections on 127.0.0.1:port. */
export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

const live = new Set<ChildProcess>();
const START_TIMEOUT_MS = 90_000;
process.once("exit", () => {
  for (const child of live) child.kill("SIGKILL");
});

/** Fails early, and says why, when this process (and so Verdaccio) cannot reach the uplink. */
async function checkUplink(uplink: string): Promise<void> {
  try {
    const response = await fetch(`${uplink}yaml`, { method: "HEAD", signal: AbortSignal.timeout(30_000) });
    if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new Error(
      `Verdaccio's uplink ${uplink} is unreachable from here (${cause}). Behind a TLS-intercepting proxy, ` +
        "NODE_EXTRA_CA_CERTS must reach the test (turbo passes it through: packages/release-tests/turbo.json).",
    );
  }
}

export async function startVerdaccio(dir: string, uplink = machineRegistry()): Promise<Registry> {
  await checkUplink(uplink);
  mkdirSync(join(dir, "storage"), { recursive: true });
  const config = join(dir, "config.yaml");
  writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(join(dir, "storage"))}`,
      "auth:",
      `  htpasswd: { file: ${JSON.stringify(join(dir, "htpasswd"))}, max_users: 10 }`,
      "uplinks:",
      `  upstream: { url: ${JSON.stringify(uplink)}, timeout: 60s, max_fails: 10, fail_timeout: 1s }`,
      "packages:",
      '  "@openai-admin/*": { access: $all, publish: $all, unpublish: $all }',
      '  "**": { access: $all, proxy: upstream }',
      // The CLI bundle and the packaged spec together are a few MB; leave room.
      "max_body_size: 200mb",
      "web: { enable: false }",
      "log: { type: stdout, format: json, level: warn }",
      "",
    ].join("\n"),
  );
  const server = fileURLToPath(new URL("./verdaccio-server.mjs", import.meta.url));
  const child = spawn(process.execPath, [server, config], { stdio: ["pipe", "pipe", "pipe"], cwd: dir });
  live.add(child);
  let output = "";
  const port = await new Promise<number>((resolve, reject) => {
    // Verdaccio starts in about 2 s on an idle machine; a loaded CI host gets the same room as Prism.
    const timer = setTimeout(
      () =>
        reject(
          new Error(
            `Verdaccio did not start in ${START_TIMEOUT_MS / 1000} s: waited for the line "verdaccio listening on <port>" on its stdout. Its output:\n${output || "(nothing)"}`,
          ),
        ),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /verdaccio listening on (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk;
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(
        new Error(
          `Verdaccio exited with ${code} before it was listening. Its output:\n${output || "(nothing)"}`,
        ),
      );
    });
  });
  const url = `http://127.0.0.1:${port}/`;
  const exited = once(child, "exit");

  return {
    url,
    port,
    pid: child.pid as number,
    log: () => output,
    async token() {
      const name = "release-tests";
      const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          name,
          password: "release-tests",
          type: "user",
          roles: [],
          date: new Date().toISOString(),
        }),
      });
      const body = (await response.json()) as { token?: string };
      if (!response.ok || !body.token) throw new Error(`adduser: ${response.status} ${JSON.stringify(body)}`);
      return body.token;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin?.end();
      const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(killer);
      live.delete(child);
    },
  };
}
