#!/usr/bin/env node
// @ts-check
// `pnpm ci:soak [--runs 3] [--burners 2] [--empty-store] [--keep]`: runs CI the way CI runs it (a
// fresh clone of HEAD with ../shared beside it, `CI=true bash .ci/run`, no standard input) with
// CPU-burning processes beside it, the way a busy CI host looks, and records each run's wall time
// and result. A test run that passes here does not flake on a shared 2-core machine.
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "./codegen.mjs";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    burners: { type: "string", default: "2" },
    "empty-store": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(`Usage: node scripts/ci-soak.mjs [--runs N] [--burners N] [--empty-store] [--keep]

Runs \`CI=true bash .ci/run\` in a fresh clone of HEAD, N times in a row, each with --burners
processes spinning on the CPU beside it. Prints each run's wall time, exit code and test counts, and
appends them to test-results/ci-soak.jsonl. Exits 1 if any run failed.

  --runs N        how many runs (default 3)
  --burners N     CPU-burning processes beside each run (default 2)
  --empty-store   give each run an empty pnpm store, as a new CI machine has
  --keep          keep each run's clone and log (printed) instead of removing them`);
  process.exit(0);
}
const count = (name, raw) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`error: --${name} must be a whole number, got "${raw}"`);
    process.exit(2);
  }
  return n;
};
const runs = count("runs", values.runs);
const burners = count("burners", values.burners);

const shared = join(dirname(repoRoot), "shared");
const record = join(repoRoot, "test-results", "ci-soak.jsonl");
mkdirSync(dirname(record), { recursive: true });

/** @type {{ run: number, head: string, code: number | null, seconds: number, tests: string }[]} */
const results = [];
for (let run = 1; run <= runs; run++) {
  const dir = mkdtempSync(join(tmpdir(), "openai-admin-soak-"));
  const clone = join(dir, "repo");
  spawnSync("git", ["clone", "-q", repoRoot, clone], { stdio: "inherit" });
  // Each run tests what HEAD is when it starts, which may move while earlier runs go on.
  const head = spawnSync("git", ["rev-parse", "--short", "HEAD"], {
    cwd: clone,
    encoding: "utf8",
  }).stdout.trim();
  if (existsSync(shared)) cpSync(shared, join(dir, "shared"), { recursive: true });
  const env = { ...process.env, CI: "true" };
  if (values["empty-store"]) env.npm_config_store_dir = join(dir, "pnpm-store");

  // Each burner keeps one core busy for as long as the run lasts.
  const spinning = Array.from({ length: burners }, () =>
    spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }),
  );
  const log = join(dir, "ci.log");
  console.log(`ci-soak: run ${run} of ${runs} at ${head}, ${burners} CPU burner(s) beside it; log: ${log}`);
  const started = performance.now();
  const code = await new Promise((resolve) => {
    const child = spawn("bash", [".ci/run"], { cwd: clone, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk) => appendFileSync(log, chunk));
    child.stderr.on("data", (chunk) => appendFileSync(log, chunk));
    child.on("close", (status) => resolve(status));
  });
  const seconds = Math.round((performance.now() - started) / 1000);
  for (const burner of spinning) burner.kill("SIGKILL");

  const output = spawnSync("tail", ["-n", "40", log], { encoding: "utf8" }).stdout;
  const tests = /Tests: (\d+ passed, \d+ failed, \d+ skipped)/.exec(output)?.[1] ?? "no test summary";
  const result = { run, head, code: /** @type {number | null} */ (code), seconds, tests };
  results.push(result);
  appendFileSync(record, `${JSON.stringify({ burners, at: new Date().toISOString(), ...result })}\n`);
  console.log(`ci-soak: run ${run}: exit ${code}, ${Math.floor(seconds / 60)}m${seconds % 60}s, ${tests}`);
  if (code !== 0) console.log(output);
  if (values.keep || code !== 0) console.log(`ci-soak: kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

console.log(`\nci-soak, ${burners} burner(s):`);
for (const r of results) {
  console.log(
    `  run ${r.run} at ${r.head}: ${r.code === 0 ? "pass" : `FAIL (exit ${r.code})`}  ${r.seconds} s  ${r.tests}`,
  );
}
const failed = results.filter((r) => r.code !== 0).length;
console.log(`ci-soak: ${results.length - failed} of ${results.length} runs passed (recorded in ${record})`);
process.exit(failed ? 1 : 0);
