// @ts-check
// `pnpm bench [--quick] [--only <id>[,<id>…]] [--out <file>] [--no-build]`
//
// Builds the contenders with turbo, starts the API (the simulator) in its own process, runs every
// benchmark with its contenders alternating, prints one table, and writes bench/results.json and
// the results section of bench/README.md. Targets are reported, never enforced: the exit code
// only says whether the bench itself could run.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { startApiServerProcess } from "./api-server.mjs";
import { bulkInvites } from "./benchmarks/bulk-invites.mjs";
import { bundleSize } from "./benchmarks/bundle-size.mjs";
import { clientOverhead } from "./benchmarks/client-overhead.mjs";
import { codegen, turboBin } from "./benchmarks/codegen.mjs";
import { coldStart } from "./benchmarks/cold-start.mjs";
import { paging } from "./benchmarks/paging.mjs";
import { reports } from "./benchmarks/reports.mjs";
import { benchDir, repoRoot, rssMethod, runCommand, tmpDir } from "./harness.mjs";
import { failedComparison, table, targetLines, writeReadmeSection } from "./report.mjs";

/** Fixed iterations and sizes. "quick" is a smoke run: every piece works, no number means much. */
export const plans = {
  full: {
    coldStart: { total: 1_000, version: { warmup: 2, runs: 20 }, usersList: { warmup: 1, runs: 15 } },
    clientOverhead: { calls: 2_000, limit: 20, total: 1_000, warmup: 1, runs: 11 },
    paging: { total: 10_000, warmup: 1, runs: 15 },
    jsonl: { small: 10_000, large: 100_000, warmup: 1, runs: 7 },
    codegen: { warmup: 1, runs: 5 },
    reports: { small: 10_000, large: 100_000, projects: 200, warmup: 1, runs: 5 },
    // Each run takes the 20 s the rate limit allows, by construction: three show the spread.
    bulkInvites: { rows: 1_000, perSecond: 50, warmup: 0, runs: 3 },
    budgetMs: 90_000,
  },
  quick: {
    coldStart: { total: 1_000, version: { warmup: 1, runs: 2 }, usersList: { warmup: 1, runs: 2 } },
    clientOverhead: { calls: 50, limit: 20, total: 1_000, warmup: 1, runs: 2 },
    paging: { total: 1_000, warmup: 1, runs: 2 },
    jsonl: { small: 1_000, large: 5_000, warmup: 1, runs: 2 },
    codegen: { warmup: 1, runs: 2 },
    reports: { small: 1_000, large: 5_000, projects: 20, warmup: 1, runs: 2 },
    bulkInvites: { rows: 100, perSecond: 50, warmup: 0, runs: 1 },
    budgetMs: 20_000,
  },
};

/**
 * @typedef {typeof plans.full} Plan
 * @typedef {{ quick: boolean, plan: Plan, urls: Record<number, string>, budgetMs: number }} Context
 * @typedef {import("./report.mjs").Comparison} Comparison
 */

/** Every benchmark, in the order it runs. */
const benchmarks = [
  { id: "cold-start", title: "1. Cold start", run: coldStart },
  { id: "client-overhead", title: "2. Client overhead", run: clientOverhead },
  { id: "paging", title: "3. Paging", run: paging },
  { id: "bundle-size", title: "4. Bundle size", run: bundleSize },
  { id: "codegen", title: "5. Codegen and build cache", run: codegen },
  { id: "reports", title: "6. Reports", run: reports },
  { id: "bulk-invites", title: "7. Bulk invites", run: bulkInvites },
];

/** @param {string} path */
function version(path) {
  try {
    return JSON.parse(readFileSync(join(repoRoot, path), "utf8")).version;
  } catch {
    return null;
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      out: { type: "string" },
      "no-build": { type: "boolean", default: false },
    },
  });
  const quick = values.quick ?? false;
  const plan = quick ? plans.quick : plans.full;
  const only = values.only?.split(",").map((s) => s.trim());
  const selected = benchmarks.filter((b) => !only || only.some((o) => b.id.startsWith(o)));
  if (selected.length === 0)
    throw new Error(`--only ${values.only} matches none of ${benchmarks.map((b) => b.id)}`);
  const official = !quick && !only && !values.out;
  const out = values.out
    ? resolve(values.out)
    : official
      ? join(benchDir, "results.json")
      : join(tmpDir, quick ? "results.quick.json" : "results.partial.json");
  const command = ["pnpm bench", quick && "--quick", only && `--only ${values.only}`]
    .filter(Boolean)
    .join(" ");
  const started = new Date();
  const loadAtStart = os.loadavg()[0] ?? 0;
  const t0 = performance.now();
  console.log(`${command}: ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}`);

  if (!values["no-build"]) {
    // Build what the bench measures (not timed); a failure leaves those contenders "not available".
    const args = ["run", "build", "--filter=@openai-admin/bench^...", "--output-logs=errors-only"];
    process.stdout.write(`building the contenders: turbo ${args.join(" ")} … `);
    try {
      const { ms } = await runCommand(turboBin, args, {
        env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
      });
      console.log(`done in ${(ms / 1000).toFixed(1)} s`);
    } catch (error) {
      console.log(`failed, going on with what is built:\n${/** @type {any} */ (error).output ?? error}`);
    }
  }

  const totals = new Set([plan.coldStart.total, plan.clientOverhead.total, plan.paging.total]);
  totals.add(plan.jsonl.small).add(plan.jsonl.large);
  const server = await startApiServerProcess([...totals]);
  const stopOnSignal = () => void server.stop().then(() => process.exit(130));
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);

  /** @type {Comparison[]} */
  const results = [];
  try {
    /** @type {Context} */
    const ctx = { quick, plan, urls: server.urls, budgetMs: plan.budgetMs };
    for (const b of selected) {
      const t = performance.now();
      process.stdout.write(`${b.title} … `);
      try {
        results.push(...(await b.run(ctx)));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const spec = { id: b.id, title: b.title, how: "", baseline: null, metrics: {}, warmup: 0 };
        results.push(failedComparison(spec, [b.title], reason));
      }
      console.log(`${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
  } finally {
    await server.stop();
  }

  const cpus = os.cpus();
  /** @type {import("./report.mjs").Results} */
  const report = {
    schema: 1,
    mode: quick ? "quick" : "full",
    command,
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - t0),
    machine: {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? "unknown",
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      loadAverage1m: {
        start: Math.round(loadAtStart * 100) / 100,
        end: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
      },
    },
    versions: {
      openai: version("bench/node_modules/openai/package.json"),
      client: version("packages/client/package.json"),
      cli: version("apps/cli/package.json"),
    },
    rssMethod,
    benchmarks: results,
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  if (official) writeReadmeSection(join(benchDir, "README.md"), report);

  console.log(`\n${table(report)}\n`);
  for (const line of targetLines(report)) console.log(line);
  console.log(
    `\n${(report.durationMs / 1000).toFixed(0)} s; results in ${relative(process.cwd(), out)}${official ? ", table in bench/README.md" : ""}`,
  );
}

await main();
