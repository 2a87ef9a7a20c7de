// @ts-check
// Turns measured runs into the shape of results.json, the table printed at the end, and the
// marked section of bench/README.md that shows the last full run.
import { readFileSync, writeFileSync } from "node:fs";

/**
 * @typedef {import("./harness.mjs").ContenderResult} ContenderResult
 * @typedef {{ label: string, unit: string }} Metric
 * @typedef {{ contender: string, metric: string, op: "<=" | "<", ratio: number, text: string }} TargetSpec
 * @typedef {TargetSpec & { actual: number | null, met: boolean | null }} Target
 * @typedef {ContenderResult & { ratios?: Record<string, number> }} ContenderReport
 * @typedef {{
 *   id: string, title: string, how: string, baseline: string | null, metrics: Record<string, Metric>,
 *   warmup: number, runs: number, truncated: boolean, contenders: ContenderReport[], targets: Target[],
 * }} Comparison
 * @typedef {{
 *   schema: 1, mode: "full" | "quick", command: string, startedAt: string, finishedAt: string, durationMs: number,
 *   machine: { node: string, platform: string, cpus: number, cpuModel: string, memoryGb: number,
 *     loadAverage1m: { start: number, end: number } },
 *   versions: Record<string, string | null>, rssMethod: string, benchmarks: Comparison[]
 * }} Results
 */

/**
 * Adds the ratios to the baseline and the target verdicts to one comparison's measured runs.
 * @param {{ id: string, title: string, how: string, baseline: string | null, metrics: Record<string, Metric>,
 *   targets?: TargetSpec[], warmup: number }} spec
 * @param {{ results: ContenderResult[], runs: number, truncated: boolean }} outcome
 * @returns {Comparison}
 */
export function compare(spec, outcome) {
  const base = outcome.results.find((c) => c.name === spec.baseline);
  /** @type {ContenderReport[]} */
  const contenders = outcome.results.map((c) => {
    if (!c.available || !base?.available) return c;
    const ratios = Object.fromEntries(
      Object.entries(c.metrics).map(([m, s]) => [m, s.median / (base.metrics[m]?.median ?? Number.NaN)]),
    );
    return { ...c, ratios };
  });
  const targets = (spec.targets ?? []).map((t) => {
    const c = contenders.find((x) => x.name === t.contender);
    const actual = c?.available ? (c.ratios?.[t.metric] ?? null) : null;
    const met =
      actual === null || Number.isNaN(actual) ? null : t.op === "<" ? actual < t.ratio : actual <= t.ratio;
    return { ...t, actual, met };
  });
  const { targets: _, ...rest } = spec;
  return { ...rest, runs: outcome.runs, truncated: outcome.truncated, contenders, targets };
}

/**
 * A comparison whose setup failed as a whole: every contender is listed as not available.
 * @param {Parameters<typeof compare>[0]} spec
 * @param {string[]} contenderNames
 * @param {string} reason
 */
export function failedComparison(spec, contenderNames, reason) {
  return compare(spec, {
    runs: 0,
    truncated: false,
    results: contenderNames.map((name) => ({ name, available: /** @type {const} */ (false), reason })),
  });
}

/** @type {Record<string, (v: number) => string>} */
const formats = {
  ms: (v) => (v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`),
  MB: (v) => `${v.toFixed(1)} MB`,
  KB: (v) => `${v.toFixed(1)} KB`,
  "%": (v) => `${v.toFixed(1)} %`,
};

/**
 * @param {number} value
 * @param {string} unit
 */
function format(value, unit) {
  if (!Number.isFinite(value)) return "—";
  return (formats[unit] ?? ((v) => `${v} ${unit}`))(value);
}

/** @param {Target} target */
function verdict(target) {
  if (target.met === null) return `${target.text}: not measured`;
  return `${target.text}: ${target.met ? "met" : "**not met**"}`;
}

/**
 * The results as one Markdown table (it reads fine in a terminal too).
 * @param {Pick<Results, "benchmarks">} results
 */
export function table(results) {
  const rows = [
    "| Benchmark | Contender | Metric | Median | Min | Max | vs baseline | Target |",
    "| --- | --- | --- | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const b of results.benchmarks) {
    let first = true;
    for (const c of b.contenders) {
      const isBase = c.name === b.baseline;
      const name = `${c.name}${isBase ? " (baseline)" : ""}`;
      const title = first
        ? `${b.title} (${b.runs} run${b.runs === 1 ? "" : "s"}${b.truncated ? ", cut short by the time budget" : ""})`
        : "";
      if (!c.available) {
        rows.push(`| ${title} | ${name} | — | not available: ${c.reason.replaceAll("|", "\\|")} | | | | |`);
        first = false;
        continue;
      }
      for (const [m, s] of Object.entries(c.metrics)) {
        const metric = b.metrics[m] ?? { label: m, unit: "" };
        const ratio = c.ratios?.[m];
        const targets = b.targets.filter((t) => t.contender === c.name && t.metric === m).map(verdict);
        rows.push(
          `| ${first ? title : ""} | ${name} | ${metric.label} | ${format(s.median, metric.unit)} | ${format(s.min, metric.unit)} | ${format(s.max, metric.unit)} | ${ratio === undefined || !Number.isFinite(ratio) ? "" : `${ratio.toFixed(2)}x`} | ${targets.join("; ")} |`,
        );
        first = false;
      }
    }
  }
  return rows.join("\n");
}

/**
 * One line per target, for the end of the console output.
 * @param {Pick<Results, "benchmarks">} results
 */
export function targetLines(results) {
  return results.benchmarks.flatMap((b) =>
    b.targets.map((t) => {
      const mark = t.met === null ? "?" : t.met ? "✓" : "✗";
      const actual = t.actual === null ? "not measured" : `${t.actual.toFixed(2)}x`;
      return `${mark} ${b.title}: ${t.contender} ${t.text} (${actual}) — ${t.met === null ? "not measured" : t.met ? "met" : "not met"}`;
    }),
  );
}

export const README_START = "<!-- bench:results:start -->";
export const README_END = "<!-- bench:results:end -->";

/**
 * Replaces the marked section of a README with `body`; returns the new text.
 * @param {string} text
 * @param {string} body
 */
export function replaceSection(text, body) {
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README has no ${README_START} … ${README_END} section`);
  return `${text.slice(0, start + README_START.length)}\n${body}\n${text.slice(end)}`;
}

/**
 * @param {string} file
 * @param {Results} results
 */
export function writeReadmeSection(file, results) {
  const m = results.machine;
  const body = [
    "",
    `Last full run: ${results.finishedAt.slice(0, 10)}, \`${results.command}\`, ${m.cpus} × ${m.cpuModel}, Node ${m.node}, ` +
      `openai ${results.versions.openai}, load average ${m.loadAverage1m.start} at the start and ${m.loadAverage1m.end} at the end. ` +
      `Peak RSS by \`${results.rssMethod}\`.`,
    "",
    table(results),
    "",
  ].join("\n");
  writeFileSync(file, replaceSection(readFileSync(file, "utf8"), body));
}

/**
 * The problems with a results object's shape (empty when it is what results.json promises).
 * @param {any} r
 */
export function shapeProblems(r) {
  /** @type {string[]} */
  const problems = [];
  /** @type {(ok: unknown, what: string) => void} */
  const need = (ok, what) => {
    if (!ok) problems.push(what);
  };
  need(r && r.schema === 1, "schema is 1");
  need(r?.mode === "full" || r?.mode === "quick", "mode is full or quick");
  need(typeof r?.command === "string", "command is a string");
  need(typeof r?.machine?.node === "string", "machine.node is a string");
  need(Array.isArray(r?.benchmarks), "benchmarks is an array");
  for (const b of r?.benchmarks ?? []) {
    const at = `benchmark ${b?.id}`;
    need(typeof b?.id === "string" && typeof b?.title === "string", `${at}: id and title`);
    need(Number.isInteger(b?.runs) && Number.isInteger(b?.warmup), `${at}: runs and warmup are integers`);
    need(
      b?.baseline === null || b?.contenders?.some((/** @type {any} */ c) => c.name === b.baseline),
      `${at}: baseline is a contender`,
    );
    need(Array.isArray(b?.targets), `${at}: targets is an array`);
    for (const c of b?.contenders ?? []) {
      if (c.available === false) {
        need(typeof c.reason === "string", `${at}/${c.name}: reason`);
        continue;
      }
      need(c.available === true && typeof c.metrics === "object", `${at}/${c.name}: metrics`);
      for (const [m, s] of Object.entries(c.metrics ?? {})) {
        need(m in (b.metrics ?? {}), `${at}/${c.name}: metric ${m} is described`);
        const st = /** @type {any} */ (s);
        need(
          ["median", "min", "max"].every((k) => typeof st[k] === "number") && st.samples?.length === b.runs,
          `${at}/${c.name}/${m}: median, min, max and one sample per run`,
        );
        need(st.min <= st.median && st.median <= st.max, `${at}/${c.name}/${m}: min <= median <= max`);
      }
    }
  }
  return problems;
}
