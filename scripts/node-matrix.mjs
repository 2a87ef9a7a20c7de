// @ts-check
// Runs the vitest suite of the package in the current directory again on another Node major:
//   node ../../scripts/node-matrix.mjs 22        (a package's `test:node22` script)
//   node scripts/node-matrix.mjs --fetch 22 24   (fetch the runtimes once, before the suites run)
// Each runtime comes from the npm `node` package (`npx -y node@22`), put first on PATH so anything
// the tests spawn (the CLI binary, `node` itself) runs on it too. The report goes to
// test-results/node-<major>/vitest.json, beside the Node 20 run's test-results/vitest.json; `pnpm
// test` sums them all. Which packages run on which majors is said once, by the packages that have a
// `test:node<major>` script; `pnpm test:node-matrix` runs them all through turbo.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, join } from "node:path";

// After `--`, test files or directories to run instead of the whole suite (vitest filters).
const dashes = process.argv.indexOf("--");
const args = process.argv.slice(2, dashes === -1 ? undefined : dashes);
const filters = dashes === -1 ? [] : process.argv.slice(dashes + 1);
const majors = args.filter((a) => /^\d+$/.test(a));
const unknown = args.filter((a) => !/^\d+$/.test(a) && a !== "--fetch");
if (majors.length === 0 || unknown.length > 0) {
  console.error("usage: node-matrix.mjs [--fetch] <node major>... [-- <test file or directory>...]");
  process.exit(2);
}

const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

/** The node binary of the npm `node` package at that major (fetched once, then from npx's cache). */
function nodeBinary(major) {
  const t = performance.now();
  const found = spawnSync("npx", ["-y", `node@${major}`, "-p", "process.execPath"], {
    encoding: "utf8",
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

// Fetching is done once, before the suites: several `npx -y node@22` filling an empty cache at the
// same time can trip over each other.
if (args.includes("--fetch")) {
  for (const major of majors) nodeBinary(major);
  process.exit(0);
}

let failed = false;
for (const major of majors) {
  const { binary, version } = nodeBinary(major);
  const cwd = process.cwd();
  const vitest = join(
    dirname(createRequire(join(cwd, "package.json")).resolve("vitest/package.json")),
    "vitest.mjs",
  );
  const report = join("test-results", `node-${major}`, "vitest.json");
  const t = performance.now();
  console.log(`node-matrix: ${cwd} on Node ${version}`);
  const run = spawnSync(binary, [vitest, "run", `--outputFile.json=${report}`, ...filters], {
    stdio: "inherit",
    cwd,
    env: {
      ...process.env,
      PATH: `${dirname(binary)}${delimiter}${process.env.PATH ?? ""}`,
      // Lets a suite check that it, and what it spawns, really runs on this Node.
      OPENAI_ADMIN_NODE_MATRIX: version,
    },
  });
  const counts = existsSync(join(cwd, report))
    ? JSON.parse(readFileSync(join(cwd, report), "utf8"))
    : undefined;
  console.log(
    `node-matrix: Node ${version}: ${counts?.numPassedTests ?? 0} passed, ${counts?.numFailedTests ?? 0} failed in ${seconds(t)} s`,
  );
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
