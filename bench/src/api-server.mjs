// @ts-check
// The API the bench's contenders call: `@openai-admin/simulator`, the same fake organization the
// tests use, one per organization size, in a child process of its own so its CPU time and memory
// stay out of what the contenders are measured on. Users are made from their index on demand, so
// a 100,000-user organization costs no memory; the request log is off.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { startSimulator } from "@openai-admin/simulator";

/** The organization every size shares: a fixed seed and clock, so every run sees the same users. */
export const ORG = { seed: 1, now: 1_796_000_000 };

/**
 * Starts one simulator per organization size in this process, each on its own port.
 * @param {number[]} totals users of each organization
 */
export async function startApiServer(totals) {
  const sims = await Promise.all(
    totals.map(async (users) => ({
      users,
      sim: await startSimulator({ ...ORG, users, recordRequests: false }),
    })),
  );
  return {
    /** @type {Record<number, string>} */
    urls: Object.fromEntries(sims.map(({ users, sim }) => [users, sim.url])),
    /** Requests answered so far, over every size. */
    requests: () => sims.reduce((n, { sim }) => n + sim.requestCount, 0),
    async stop() {
      await Promise.all(sims.map(({ sim }) => sim.close()));
    },
  };
}

/**
 * The base URL serving an organization of `total` users.
 * @param {Record<number, string>} urls
 * @param {number} total
 */
export function urlFor(urls, total) {
  const url = urls[total];
  if (url === undefined) throw new Error(`the API server was not started with ${total} users`);
  return url;
}

const serverMain = fileURLToPath(new URL("./api-server-main.mjs", import.meta.url));

/**
 * Starts the simulators in a child process, so their CPU time and memory stay out of what the
 * contenders are measured on.
 * @param {number[]} totals
 * @returns {Promise<{ urls: Record<number, string>, pid: number, stop(): Promise<void> }>}
 */
export async function startApiServerProcess(totals, { timeoutMs = 10_000 } = {}) {
  const child = spawn(process.execPath, [serverMain, ...totals.map(String)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 2_000);
    await exited;
    clearTimeout(timer);
  };
  const ready = new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(
      () => reject(new Error(`API server not ready after ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const line = out.indexOf("\n");
      if (line >= 0) {
        clearTimeout(timer);
        resolve(JSON.parse(out.slice(0, line)));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`API server exited with code ${code} before it was ready`));
    });
  });
  try {
    const { urls } = /** @type {{ urls: Record<number, string> }} */ (await ready);
    return { urls, pid: /** @type {number} */ (child.pid), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
