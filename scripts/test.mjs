// @ts-check
// `pnpm test`: the whole pipeline through turbo, then one closing line summing every package's
// vitest report ("N passed, N failed"), printed even when a task failed.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./codegen.mjs";
import { taskConcurrency, testWorkers } from "./parallelism.mjs";

const workspaces = [
  ...["packages", "apps"].flatMap((dir) =>
    readdirSync(join(repoRoot, dir), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(repoRoot, dir, d.name)),
  ),
  join(repoRoot, "bench"),
];
// Node 20's report, plus one per extra Node major from the test:node<major> tasks (test-results/node-22/...).
const reportsOf = (ws) => {
  const dir = join(ws, "test-results");
  if (!existsSync(dir)) return [];
  const matrix = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith("node-"))
    .map((d) => join(dir, d.name, "vitest.json"));
  return [join(dir, "vitest.json"), ...matrix].filter((file) => existsSync(file));
};
// A report left from an earlier run must not be counted again if its package's tests fail to start.
for (const ws of workspaces) rmSync(join(ws, "test-results"), { recursive: true, force: true });

const tasks = [
  "lint",
  "lint:repo",
  "typecheck",
  "check-generated",
  "check-package",
  "test",
  "test:node22",
  "test:node24",
  ...process.argv.slice(2),
];
console.log(`test: ${taskConcurrency} turbo tasks side by side, ${testWorkers} vitest worker(s) each`);
const started = Date.now();
const runsDir = join(repoRoot, ".turbo", "runs");
const summariesBefore = new Set(existsSync(runsDir) ? readdirSync(runsDir) : []);
const run = spawnSync(
  "turbo",
  ["run", ...tasks, "--continue", `--concurrency=${taskConcurrency}`, "--summarize"],
  { stdio: "inherit", cwd: repoRoot, env: { TURBO_TELEMETRY_DISABLED: "1", ...process.env } },
);
printSlowestTasks();

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const ws of workspaces) {
  const files = reportsOf(ws);
  if (files.length === 0 && existsSync(join(ws, "test"))) missing.push(ws);
  for (const file of files) {
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  }
}
for (const ws of missing) console.error(`no test report from ${ws.slice(repoRoot.length + 1)}`);
console.log(`test: ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(run.status === 0 && failed === 0 && missing.length === 0 ? 0 : 1);

/** Where the time went: the slowest tasks of this run, from turbo's run summary. */
function printSlowestTasks() {
  const file = (existsSync(runsDir) ? readdirSync(runsDir) : []).find((name) => !summariesBefore.has(name));
  if (!file) return;
  /** @type {{ tasks: { taskId: string, cache: { status: string }, execution?: { startTime: number, endTime: number } }[] }} */
  const summary = JSON.parse(readFileSync(join(runsDir, file), "utf8"));
  const ran = summary.tasks
    .filter((t) => t.execution && t.cache.status !== "HIT")
    .map((t) => ({ id: t.taskId, ms: (t.execution?.endTime ?? 0) - (t.execution?.startTime ?? 0) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 12);
  if (ran.length === 0) return;
  console.log("\nslowest tasks:");
  for (const t of ran) console.log(`  ${(t.ms / 1000).toFixed(1).padStart(6)} s  ${t.id}`);
}
