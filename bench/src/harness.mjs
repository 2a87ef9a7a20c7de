// @ts-check
// The measuring machinery: contenders run alternately (A B A B …) in one process, so a noisy
// neighbour on a shared machine slows every contender alike instead of whichever ran during it.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

export const benchDir = fileURLToPath(new URL("..", import.meta.url));
export const repoRoot = join(benchDir, "..");
export const tmpDir = join(benchDir, ".tmp");

/**
 * @typedef {Record<string, number>} Sample  One measured run: metric name → value.
 * @typedef {{ warmup: boolean, round: number }} RunInfo
 * @typedef {{ name: string, run: (info: RunInfo) => Promise<Sample> }} Contender
 * @typedef {{ median: number, min: number, max: number, samples: number[] }} Stats
 * @typedef {{ name: string, available: true, metrics: Record<string, Stats> }
 *   | { name: string, available: false, reason: string }} ContenderResult
 */

/** @param {number[]} values */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2
      ? /** @type {number} */ (sorted[mid])
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN, samples: values };
}

/**
 * Times `fn` in this process; the sample is `{ ms }`.
 * @param {() => Promise<unknown>} fn
 */
export async function timed(fn) {
  const start = performance.now();
  await fn();
  return { ms: performance.now() - start };
}

/**
 * Runs every contender `warmup` times and then `runs` times, alternating between them each round.
 * A contender that throws is dropped with the error as its reason; the others go on. The loop stops
 * early (and says so) when `budgetMs` is spent, once each contender has at least one measured run.
 * @param {Contender[]} contenders
 * @param {{ warmup: number, runs: number, budgetMs: number }} plan
 * @returns {Promise<{ results: ContenderResult[], runs: number, truncated: boolean }>}
 */
export async function runAlternating(contenders, { warmup, runs, budgetMs }) {
  const start = performance.now();
  /** @type {Map<string, Sample[]>} */
  const samples = new Map(contenders.map((c) => [c.name, []]));
  /** @type {Map<string, string>} */
  const failed = new Map();
  let measured = 0;
  let truncated = false;
  for (let round = 0; round < warmup + runs; round++) {
    if (round > warmup && performance.now() - start > budgetMs) {
      truncated = true;
      break;
    }
    const isWarmup = round < warmup;
    for (const contender of contenders) {
      if (failed.has(contender.name)) continue;
      try {
        const sample = await contender.run({ warmup: isWarmup, round });
        if (!isWarmup) samples.get(contender.name)?.push(sample);
      } catch (error) {
        failed.set(contender.name, error instanceof Error ? error.message : String(error));
      }
    }
    if (!isWarmup) measured++;
  }
  return {
    runs: measured,
    truncated,
    results: contenders.map((c) => {
      const reason = failed.get(c.name);
      if (reason !== undefined) return { name: c.name, available: false, reason };
      const list = samples.get(c.name) ?? [];
      const metricNames = Object.keys(list[0] ?? {});
      return {
        name: c.name,
        available: true,
        metrics: Object.fromEntries(metricNames.map((m) => [m, stats(list.map((s) => s[m] ?? Number.NaN))])),
      };
    }),
  };
}

/**
 * A contender that is known up front not to be runnable (e.g. its package is not built yet).
 * @param {string} name
 * @param {string} reason
 * @returns {Contender}
 */
export function unavailable(name, reason) {
  return {
    name,
    run: async () => {
      throw new Error(reason);
    },
  };
}

const timeBin = "/usr/bin/time";
const rssPreload = fileURLToPath(new URL("./report-max-rss.mjs", import.meta.url));

const useTimeBin = existsSync(timeBin);
/** How peak RSS is measured on this machine (recorded in results.json). */
export const rssMethod = useTimeBin ? `${timeBin} -f %M` : "process.resourceUsage().maxRSS";

/** The environment for contender processes: no OPENAI_* settings of the person running the bench. */
export function childEnv() {
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, NO_COLOR: "1" };
  for (const key of Object.keys(env))
    if (key.startsWith("OPENAI_") || key === "NODE_OPTIONS") delete env[key];
  return env;
}

let rssFiles = 0;

/**
 * Runs `node <args>` to completion and measures its wall time (spawn to exit) and, with
 * `peakRss`, its peak resident set size. stdout goes to /dev/null unless `capture` is set, so the
 * bench does not spend CPU reading it while the contender runs.
 * @param {string[]} args arguments to node
 * @param {{ peakRss?: boolean, capture?: boolean, timeoutMs?: number, env?: Record<string, string> }} [options]
 * @returns {Promise<{ ms: number, peakRssMb?: number, stdout: string }>}
 */
export async function runNode(
  args,
  { peakRss = false, capture = false, timeoutMs = 60_000, env: extraEnv = {} } = {},
) {
  mkdirSync(tmpDir, { recursive: true });
  const rssFile = join(tmpDir, `rss-${process.pid}-${rssFiles++}.txt`);
  let command = process.execPath;
  let argv = args;
  const env = { ...childEnv(), ...extraEnv };
  if (peakRss && useTimeBin) {
    command = timeBin;
    argv = ["-f", "%M", "-o", rssFile, process.execPath, ...args];
  } else if (peakRss) {
    argv = ["--import", rssPreload, ...args];
    env.BENCH_MAX_RSS_FILE = rssFile;
  }
  const start = performance.now();
  const child = spawn(command, argv, { stdio: ["ignore", capture ? "pipe" : "ignore", "pipe"], env });
  /** @type {Buffer[]} */
  const out = [];
  let err = "";
  child.stdout?.on("data", (chunk) => out.push(chunk));
  child.stderr?.on("data", (chunk) => {
    if (err.length < 4_000) err += chunk;
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  /** @type {[number | null, NodeJS.Signals | null]} */
  const [code, signal] = await new Promise((resolve) => child.once("close", (c, s) => resolve([c, s])));
  const ms = performance.now() - start;
  clearTimeout(timer);
  try {
    if (code !== 0) {
      const why = signal === "SIGKILL" ? `timed out after ${timeoutMs} ms` : `exited with ${signal ?? code}`;
      throw new Error(`node ${args.join(" ")} ${why}: ${err.trim().split("\n").slice(-3).join(" | ")}`);
    }
    const stdout = Buffer.concat(out).toString("utf8");
    if (!peakRss) return { ms, stdout };
    // /usr/bin/time and ru_maxrss both report kilobytes.
    const kb = Number(readFileSync(rssFile, "utf8").trim().split("\n").at(-1));
    return { ms, peakRssMb: kb / 1024, stdout };
  } finally {
    rmSync(rssFile, { force: true });
  }
}

/**
 * Runs any command to completion (for the codegen and build timings) and returns its wall time.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, timeoutMs?: number, env?: NodeJS.ProcessEnv }} [options]
 */
export async function runCommand(command, args, { cwd = repoRoot, timeoutMs = 120_000, env } = {}) {
  const start = performance.now();
  const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"], env: env ?? process.env });
  let output = "";
  /** @param {Buffer} chunk */
  const keep = (chunk) => {
    output = (output + chunk).slice(-8_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  /** @type {[number | null, NodeJS.Signals | null]} */
  const [code, signal] = await new Promise((resolve) => {
    child.once("error", () => resolve([127, null]));
    child.once("close", (c, s) => resolve([c, s]));
  });
  clearTimeout(timer);
  const ms = performance.now() - start;
  if (code !== 0) {
    const why = signal === "SIGKILL" ? `timed out after ${timeoutMs} ms` : `exited with ${signal ?? code}`;
    // turbo names the failed tasks on "Failed:" lines; that is the useful part of the reason.
    const failed = [...output.matchAll(/Failed:\s+(.+)/g)].map((m) => m[1]?.trim());
    const error = new Error(
      `${basename(command)} ${args.join(" ")} ${why}${failed.length ? ` (failed: ${failed.join(", ")})` : ""}`,
    );
    Object.assign(error, { output });
    throw error;
  }
  return { ms, output };
}
