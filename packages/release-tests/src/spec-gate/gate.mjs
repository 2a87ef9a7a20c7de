// @ts-check
// The spec breaking-change gate: compares the spec with the one last released and fails when a
// breaking change is not covered by a major changeset for every package generated from the spec.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { plannedBumps, readChangesets, readFixedGroups, writeChangeset } from "./changesets.mjs";
import { classifySpecChange } from "./classify.mjs";

/** @typedef {import("./classify.mjs").SpecLevel} SpecLevel */
/** @typedef {import("./classify.mjs").SpecChange} SpecChange */
/** @typedef {import("./changesets.mjs").Bump} Bump */

/** @type {Record<SpecLevel, Bump>} */
export const bumpFor = { breaking: "major", feature: "minor", fix: "patch", none: "none" };
const bumpRank = { none: 0, patch: 1, minor: 2, major: 3 };

/**
 * The published (non-private) workspace packages: each is generated from, or speaks, the spec.
 * @param {string} root
 * @returns {string[]}
 */
export function publicPackages(root) {
  const workspace = parse(readFileSync(join(root, "pnpm-workspace.yaml"), "utf8"));
  /** @type {string[]} */
  const dirs = [];
  for (const pattern of workspace.packages ?? []) {
    if (pattern.endsWith("/*")) {
      const parent = join(root, pattern.slice(0, -2));
      if (!existsSync(parent)) continue;
      for (const d of readdirSync(parent, { withFileTypes: true }))
        if (d.isDirectory()) dirs.push(join(parent, d.name));
    } else {
      dirs.push(join(root, pattern));
    }
  }
  return dirs
    .map((dir) => join(dir, "package.json"))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, "utf8")))
    .filter((pkg) => !pkg.private && pkg.name)
    .map((pkg) => pkg.name)
    .sort();
}

/**
 * @typedef {object} GateOptions
 * @property {string} root  The repo root (for the workspace's packages and relative names).
 * @property {string} [base]  The spec as last released; default spec/released/openapi.yaml.
 * @property {string} [head]  The spec now; default spec/openapi.yaml.
 * @property {string} [changesetDir]  Default .changeset.
 * @property {string[]} [packages]  The packages a spec change affects; default every public one.
 * @property {boolean} [writeChangeset]  Write a changeset for the change when none covers it.
 */
/**
 * @typedef {object} GateResult
 * @property {boolean} ok
 * @property {SpecLevel} level
 * @property {SpecChange[]} changes
 * @property {Bump} needed  The bump the change calls for.
 * @property {Map<string, Bump>} planned  The bump the pending changesets give each package.
 * @property {string[]} short  Affected packages whose planned bump is below `needed`.
 * @property {string} [written]  The changeset written by `writeChangeset`.
 * @property {string} report  The readable summary.
 */

/**
 * @param {GateOptions} options
 * @returns {GateResult}
 */
export function runGate(options) {
  const { root } = options;
  const base = options.base ?? join(root, "spec", "released", "openapi.yaml");
  const head = options.head ?? join(root, "spec", "openapi.yaml");
  const changesetDir = options.changesetDir ?? join(root, ".changeset");
  const packages = options.packages ?? publicPackages(root);

  const headText = readFileSync(head, "utf8");
  const { level, changes } = classifySpecChange(parse(readFileSync(base, "utf8")), parse(headText));
  const needed = bumpFor[level];
  let planned = plannedBumps(readChangesets(changesetDir), readFixedGroups(changesetDir));
  const shortOf = () => packages.filter((name) => bumpRank[planned.get(name) ?? "none"] < bumpRank[needed]);

  /** @type {string | undefined} */
  let written;
  if (options.writeChangeset && needed !== "none" && shortOf().length > 0) {
    written = writeChangeset(changesetDir, {
      packages,
      bump: needed,
      summary: sentence(level, changes),
      specText: headText,
    });
    planned = plannedBumps(readChangesets(changesetDir), readFixedGroups(changesetDir));
  }
  const short = shortOf();
  const ok = !(level === "breaking" && short.length > 0);
  const name = (/** @type {string} */ file) => relative(root, file) || file;
  const report = formatReport({
    base: name(base),
    head: name(head),
    level,
    changes,
    needed,
    planned,
    packages,
    short,
    ok,
    written: written && name(written),
  });
  return { ok, level, changes, needed, planned, short, written, report };
}

/**
 * The changeset body: one sentence a user understands.
 * @param {SpecLevel} level
 * @param {SpecChange[]} changes
 */
function sentence(level, changes) {
  const top = changes.filter((c) => c.level === level);
  const words = (/** @type {SpecChange} */ c) =>
    c.text.replace(/^\[(\w+)\]\s*/, (_, verb) => `${verb.toLowerCase()} `);
  const items = [
    ...new Set(top.map((c) => (c.text.includes(c.where) ? words(c) : `${c.where}: ${words(c)}`))),
  ];
  const listed = items.slice(0, 3).join("; ");
  const more = items.length > 3 ? ` (and ${items.length - 3} more)` : "";
  const lead = {
    breaking: "Breaking API change",
    feature: "New in the API",
    fix: "API documentation fix",
    none: "",
  }[level];
  return `${lead}: ${listed}${more}.`;
}

const headings = /** @type {const} */ ([
  ["breaking", "Breaking"],
  ["feature", "Feature"],
  ["fix", "Fix"],
]);
const shown = 25;

/**
 * @param {{ base: string, head: string, level: SpecLevel, changes: SpecChange[], needed: Bump, planned: Map<string, Bump>, packages: string[], short: string[], ok: boolean, written?: string | undefined }} r
 */
function formatReport(r) {
  const lines = [`spec:diff ${r.base} -> ${r.head}`];
  if (r.level === "none") {
    lines.push("No change to the API.");
    return lines.join("\n");
  }
  lines.push(`Change: ${r.level} (needs a ${r.needed} changeset)`);
  for (const [level, heading] of headings) {
    const of = r.changes.filter((c) => c.level === level);
    if (of.length === 0) continue;
    lines.push("", `${heading} (${of.length})`);
    for (const c of of.slice(0, shown))
      lines.push(`  - ${c.where}: ${c.text}${c.rule ? ` [rule: ${c.rule}]` : ""}`);
    if (of.length > shown) lines.push(`  ... and ${of.length - shown} more`);
  }
  lines.push("", "Pending changesets give:");
  for (const name of r.packages) lines.push(`  ${name}: ${r.planned.get(name) ?? "none"}`);
  if (r.written) lines.push("", `Wrote ${r.written}: edit its sentence, then commit it.`);
  if (!r.ok) {
    lines.push(
      "",
      `FAIL: the spec has a breaking change but ${r.short.join(", ")} would not get a major release.`,
      "Add a major changeset (`pnpm spec:diff --write-changeset`, or `pnpm changeset`), or undo the breaking edit.",
    );
  } else if (r.short.length > 0) {
    lines.push(
      "",
      `Note: a ${r.level} change usually wants a ${r.needed} changeset for ${r.short.join(", ")}.`,
    );
  } else {
    lines.push("", "OK: the pending changesets cover this change.");
  }
  return lines.join("\n");
}
