// @ts-check
// `pnpm test`: the whole pipeline through turbo, then one closing line summing every package's
// vitest report ("N passed, N failed"), printed even when a task failed.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./codegen.mjs";

const workspaces = [
  ...["packages", "apps"].flatMap((dir) =>
    readdirSync(join(repoRoot, dir), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(repoRoot, dir, d.name)),
  ),
  join(repoRoot, "bench"),
];
const reportOf = (ws) => join(ws, "test-results", "vitest.json");
// A report left from an earlier run must not be counted again if its package's tests fail to start.
for (const ws of workspaces) rmSync(reportOf(ws), { force: true });

const tasks = [
  "lint",
  "lint:repo",
  "typecheck",
  "check-generated",
  "check-package",
  "test",
  ...process.argv.slice(2),
];
const run = spawnSync("turbo", ["run", ...tasks, "--continue"], { stdio: "inherit", cwd: repoRoot });

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const ws of workspaces) {
  const file = reportOf(ws);
  if (!existsSync(file)) {
    if (existsSync(join(ws, "test"))) missing.push(ws);
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
for (const ws of missing) console.error(`no test report from ${ws.slice(repoRoot.length + 1)}`);
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(run.status === 0 && failed === 0 && missing.length === 0 ? 0 : 1);
