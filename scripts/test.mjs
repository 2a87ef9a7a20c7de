// @ts-check
// `pnpm test`: the whole pipeline through turbo, then one closing line summing every package's
// vitest report ("N passed, N failed"), printed even when a task failed.
//
// It runs in two steps. First the builds and the checks (lint, types, generated files, packages),
// as one turbo run. Then the test suites, heaviest first, in as many lanes as turbo would run tasks
// side by side: turbo starts ready tasks in the order of the package graph, which put the longest
// suites (hardening on three Node majors, the release end-to-end) last, with one core idle while
// they finished. Each suite is still one cached turbo task (`turbo run test --filter=<pkg> --only`).
import { spawn, spawnSync } from "node:child_process";
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

// The suites that take longest on a 2-core machine, longest first (see the "slowest tasks" table a
// run prints); every other suite follows in package order.
const HEAVIEST = [
  "@openai-admin/hardening-tests",
  "@openai-admin/release-tests",
  "@openai-admin/cli",
  "@openai-admin/spec",
];

/** @type {{ name: string, scripts: Record<string, string> }[]} */
const packages = workspaces
  .filter((ws) => existsSync(join(ws, "package.json")))
  .map((ws) => JSON.parse(readFileSync(join(ws, "package.json"), "utf8")));
const rank = (name) => (HEAVIEST.includes(name) ? HEAVIEST.indexOf(name) : HEAVIEST.length);
const suites = packages
  .flatMap((pkg) =>
    Object.keys(pkg.scripts ?? {})
      .filter((script) => script === "test" || /^test:node\d+$/.test(script))
      .map((task) => ({ pkg: pkg.name, task })),
  )
  .sort((a, b) => rank(a.pkg) - rank(b.pkg));

const env = { TURBO_TELEMETRY_DISABLED: "1", ...process.env };
const runsDir = join(repoRoot, ".turbo", "runs");
const summariesBefore = new Set(existsSync(runsDir) ? readdirSync(runsDir) : []);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
console.log(`test: ${taskConcurrency} turbo tasks side by side, ${testWorkers} vitest worker(s) each`);

const checks = [
  "build",
  "lint",
  "lint:repo",
  "typecheck",
  "check-generated",
  "check-package",
  ...process.argv.slice(2),
];
const checked = spawnSync(
  "turbo",
  ["run", ...checks, "--continue", `--concurrency=${taskConcurrency}`, "--summarize"],
  { stdio: "inherit", cwd: repoRoot, env },
);
console.log(`test: builds and checks done in ${elapsed()}; ${suites.length} test suites next`);

// Fetch the other Node majors once: several `npx -y node@N` filling an empty cache at once collide.
const runtimes = spawnSync("turbo", ["run", "//#node-runtimes"], { stdio: "inherit", cwd: repoRoot, env });

/** @type {string[]} */
const failedSuites = [];
const queue = [...suites];
async function lane() {
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { pkg, task } = next;
    const code = await new Promise((resolve) => {
      const child = spawn("turbo", ["run", task, `--filter=${pkg}`, "--only", "--summarize"], {
        stdio: "inherit",
        cwd: repoRoot,
        env,
      });
      child.on("close", resolve);
    });
    if (code !== 0) failedSuites.push(`${pkg}#${task}`);
  }
}
await Promise.all(Array.from({ length: taskConcurrency }, lane));
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
if (checked.status !== 0) console.error("test: a build or check failed (see above)");
if (runtimes.status !== 0) console.error("test: the other Node majors could not be fetched (see above)");
for (const suite of failedSuites) console.error(`test: ${suite} failed`);
console.log(`test: ${elapsed()} in all`);
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
const ok = checked.status === 0 && runtimes.status === 0 && failedSuites.length === 0;
process.exit(ok && failed === 0 && missing.length === 0 ? 0 : 1);

/** Where the time went: the slowest tasks of this run, from turbo's run summaries. */
function printSlowestTasks() {
  const files = (existsSync(runsDir) ? readdirSync(runsDir) : []).filter(
    (name) => !summariesBefore.has(name),
  );
  /** @type {{ id: string, ms: number }[]} */
  const ran = [];
  for (const file of files) {
    /** @type {{ tasks: { taskId: string, cache: { status: string }, execution?: { startTime: number, endTime: number } }[] }} */
    const summary = JSON.parse(readFileSync(join(runsDir, file), "utf8"));
    for (const t of summary.tasks) {
      if (!t.execution || t.cache.status === "HIT") continue;
      ran.push({ id: t.taskId, ms: t.execution.endTime - t.execution.startTime });
    }
  }
  if (ran.length === 0) return;
  console.log("\nslowest tasks:");
  for (const t of ran.sort((a, b) => b.ms - a.ms).slice(0, 12)) {
    console.log(`  ${(t.ms / 1000).toFixed(1).padStart(6)} s  ${t.id}`);
  }
}
