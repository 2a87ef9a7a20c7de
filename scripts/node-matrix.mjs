// @ts-check
// `pnpm test:node-matrix [22 24 ...] [--no-build] [--only <dir>]`: runs the vitest suites of the
// client, the CLI and the hardening tests again on other Node majors. Each runtime comes from the
// npm `node` package (`npx -y node@22`), put first on PATH so anything the tests spawn (the CLI
// binary, `node` itself) runs on it too. Reports go to <package>/test-results/node-<major>/vitest.json,
// apart from the Node 20 run's `test-results/vitest.json` that `pnpm test` sums.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = dirname(dirname(fileURLToPath(import.meta.url)));
const suites = ["packages/client", "apps/cli", "packages/fault-server", "packages/hardening-tests"];

const args = process.argv.slice(2);
const build = !args.includes("--no-build");
const onlyAt = args.indexOf("--only");
const only = onlyAt === -1 ? undefined : args[onlyAt + 1];
const majors = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== "--only");
if (majors.length === 0) majors.push("22", "24");
const selected = only ? suites.filter((s) => s === only) : suites;
if (selected.length === 0) {
  console.error(`node-matrix: --only takes one of ${suites.join(", ")}`);
  process.exit(2);
}

const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);
const started = performance.now();

if (build) {
  // The suites test what was built (the CLI's dist binary, the client's dist); a cache hit is ~0.1 s.
  const filters = ["@openai-admin/client", "@openai-admin/cli", "@openai-admin/hardening-tests"];
  // Run directly (not through pnpm), node_modules/.bin is not on PATH: use the repo's turbo.
  const local = join(repoRoot, "node_modules", ".bin", "turbo");
  const turboBin = existsSync(local) ? local : "turbo";
  const turbo = spawnSync(turboBin, ["run", "build", ...filters.flatMap((f) => ["--filter", `${f}...`])], {
    stdio: "inherit",
    cwd: repoRoot,
    shell: process.platform === "win32",
  });
  if (turbo.status !== 0) {
    console.error(`node-matrix: build failed${turbo.error ? `: ${turbo.error.message}` : ""}`);
    process.exit(1);
  }
}

/** The node binary of the npm `node` package at that major (fetched once, then from npx's cache). */
function nodeBinary(major) {
  const t = performance.now();
  const found = spawnSync("npx", ["-y", `node@${major}`, "-p", "process.execPath"], {
    encoding: "utf8",
    cwd: repoRoot,
    shell: process.platform === "win32",
  });
  const binary = found.stdout.trim().split("\n").at(-1) ?? "";
  if (found.status !== 0 || !existsSync(binary)) {
    console.error(`node-matrix: could not get node@${major}: ${found.stderr}`);
    process.exit(1);
  }
  const version = spawnSync(binary, ["--version"], { encoding: "utf8" }).stdout.trim();
  console.log(`node-matrix: node@${major} is ${version} (${binary}), found in ${seconds(t)} s`);
  return { binary, version };
}

/** @type {{ major: string, version: string, suite: string, passed: number, failed: number, skipped: number, status: string, secs: string }[]} */
const rows = [];
for (const major of majors) {
  const { binary, version } = nodeBinary(major);
  for (const suite of selected) {
    const cwd = join(repoRoot, suite);
    const row = { major, version, suite, passed: 0, failed: 0, skipped: 0, status: "", secs: "0.0" };
    rows.push(row);
    if (!existsSync(join(cwd, "test"))) {
      row.status = "no tests";
      continue;
    }
    const vitest = join(
      dirname(createRequire(join(cwd, "package.json")).resolve("vitest/package.json")),
      "vitest.mjs",
    );
    const report = join("test-results", `node-${major}`, "vitest.json");
    const t = performance.now();
    console.log(`\nnode-matrix: ${suite} on Node ${version}`);
    const run = spawnSync(binary, [vitest, "run", `--outputFile.json=${report}`], {
      stdio: "inherit",
      cwd,
      env: {
        ...process.env,
        PATH: `${dirname(binary)}${delimiter}${process.env.PATH ?? ""}`,
        // Lets a suite check that it, and what it spawns, really runs on this Node.
        OPENAI_ADMIN_NODE_MATRIX: version,
      },
    });
    row.secs = seconds(t);
    const reportPath = join(cwd, report);
    if (existsSync(reportPath)) {
      const r = JSON.parse(readFileSync(reportPath, "utf8"));
      row.passed = r.numPassedTests;
      row.failed = r.numFailedTests;
      row.skipped = r.numPendingTests + r.numTodoTests;
    }
    row.status = run.status === 0 ? "ok" : `exit ${run.status ?? run.signal}`;
  }
}

console.log("\nnode-matrix summary");
for (const r of rows) {
  console.log(
    `  node ${r.version.padEnd(9)} ${r.suite.padEnd(26)} ${r.status.padEnd(8)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped  ${r.secs} s`,
  );
}
const sum = (key) => rows.reduce((n, r) => n + r[key], 0);
const bad = rows.filter((r) => r.status !== "ok" && r.status !== "no tests");
console.log(`node-matrix: ${majors.map((m) => `node ${m}`).join(", ")} in ${seconds(started)} s`);
console.log(`Node matrix: ${sum("passed")} passed, ${sum("failed")} failed, ${sum("skipped")} skipped`);
process.exit(bad.length === 0 ? 0 : 1);
