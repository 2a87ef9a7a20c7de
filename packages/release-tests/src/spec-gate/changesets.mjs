// @ts-check
// Reads pending changesets the way `changeset version` will apply them: every package's bump is the
// highest one any changeset gives it, and a `fixed` group moves together to its members' highest.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/** @typedef {"major" | "minor" | "patch" | "none"} Bump */
/** @typedef {{ file: string, releases: Record<string, Bump>, summary: string }} Changeset */

const bumpRank = { none: 0, patch: 1, minor: 2, major: 3 };

/**
 * @param {Bump} a
 * @param {Bump} b
 * @returns {Bump}
 */
const higher = (a, b) => (bumpRank[b] > bumpRank[a] ? b : a);

/**
 * Parses one changeset file: YAML frontmatter between `---` lines, then the summary.
 * @param {string} text
 * @param {string} file
 * @returns {Changeset}
 */
export function parseChangeset(text, file) {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/.exec(text.trimStart());
  if (!match) throw new Error(`${file}: no frontmatter (expected a block between --- lines)`);
  const releases = parse(match[1] ?? "") ?? {};
  if (typeof releases !== "object" || Array.isArray(releases)) throw new Error(`${file}: bad frontmatter`);
  for (const [name, bump] of Object.entries(releases)) {
    if (!(bump in bumpRank))
      throw new Error(`${file}: "${name}": ${bump} is not major, minor, patch or none`);
  }
  return { file, releases, summary: (match[2] ?? "").trim() };
}

/**
 * Every pending changeset in a `.changeset` folder.
 * @param {string} dir
 * @returns {Changeset[]}
 */
export function readChangesets(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .sort()
    .map((f) => parseChangeset(readFileSync(join(dir, f), "utf8"), f));
}

/**
 * The `fixed` groups of `.changeset/config.json`.
 * @param {string} dir
 * @returns {string[][]}
 */
export function readFixedGroups(dir) {
  const file = join(dir, "config.json");
  if (!existsSync(file)) return [];
  const config = JSON.parse(readFileSync(file, "utf8"));
  return Array.isArray(config.fixed) ? config.fixed : [];
}

/**
 * The bump `changeset version` will give each package.
 * @param {Changeset[]} changesets
 * @param {string[][]} fixed
 * @returns {Map<string, Bump>}
 */
export function plannedBumps(changesets, fixed) {
  /** @type {Map<string, Bump>} */
  const bumps = new Map();
  for (const changeset of changesets) {
    for (const [name, bump] of Object.entries(changeset.releases)) {
      bumps.set(name, higher(bumps.get(name) ?? "none", bump));
    }
  }
  for (const group of fixed) {
    /** @type {Bump} */
    let top = "none";
    for (const name of group) top = higher(top, bumps.get(name) ?? "none");
    if (top !== "none") for (const name of group) bumps.set(name, top);
  }
  return bumps;
}

/**
 * Writes a changeset; its name comes from the spec it covers, so running twice rewrites one file.
 * @param {string} dir
 * @param {{ packages: string[], bump: Exclude<Bump, "none">, summary: string, specText: string }} input
 * @returns {string} the file written
 */
export function writeChangeset(dir, { packages, bump, summary, specText }) {
  const id = createHash("sha256").update(specText).digest("hex").slice(0, 8);
  const file = join(dir, `spec-change-${id}.md`);
  const frontmatter = packages.map((name) => `"${name}": ${bump}`).join("\n");
  writeFileSync(file, `---\n${frontmatter}\n---\n\n${summary}\n`);
  return file;
}
