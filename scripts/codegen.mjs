// @ts-check
// Shared by every package's scripts/generate.mjs: one place decides how generated files are
// marked, written, and checked for staleness (`--check`, run by `pnpm test` in CI).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The spec to generate from: `--spec <file>` overrides the repo's spec (used by tests). */
export function specPath(argv = process.argv) {
  const i = argv.indexOf("--spec");
  return i >= 0 && argv[i + 1] ? resolve(argv[i + 1]) : resolve(repoRoot, "spec/openapi.yaml");
}

export function specHash(file = specPath()) {
  return createHash("sha256").update(readFileSync(file)).digest("hex").slice(0, 16);
}

/**
 * The header every generated file starts with. `prefix` is the comment marker of the target
 * language ("//" for TypeScript, "#" for YAML).
 */
export function generatedHeader(prefix, spec = specPath()) {
  return [
    `${prefix} This file is generated from spec/openapi.yaml (sha256 ${specHash(spec)}).`,
    `${prefix} Do not edit it by hand: change the spec and run \`pnpm generate\`.`,
    "",
  ].join("\n");
}

const checking = process.argv.includes("--check");
/** @type {string[]} */
const stale = [];

/** Writes `content` to `file`, or in `--check` mode records it as stale when it differs. */
export function emit(file, content) {
  const shown = relative(repoRoot, file);
  if (checking) {
    const current = existsSync(file) ? readFileSync(file, "utf8") : null;
    if (current !== content) stale.push(shown);
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  console.log(`generated ${shown}`);
}

/** Ends a generate script: in `--check` mode, fails naming every stale file. */
export function finish() {
  if (!checking) return;
  if (stale.length === 0) {
    console.log("generated files are up to date");
    return;
  }
  console.error(`stale generated files (run \`pnpm generate\` and commit the result):`);
  for (const file of stale) console.error(`  ${file}`);
  process.exitCode = 1;
}
