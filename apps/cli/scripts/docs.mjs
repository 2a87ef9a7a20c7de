// @ts-check
// Writes the browsable command reference, docs/cli/ (README.md and one page per top-level
// resource), from the CLI's manifest and help helpers (src/docs/reference.ts, bundled in memory
// with esbuild so this script runs the same TypeScript the CLI ships). `--check` fails naming any
// stale page; `--out DIR` writes elsewhere (tests).
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { emit, finish, repoRoot, specHash } from "../../../scripts/codegen.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outIndex = process.argv.indexOf("--out");
const outDir = outIndex >= 0 ? resolve(process.argv[outIndex + 1] ?? "") : join(repoRoot, "docs/cli");

const bundle = await build({
  absWorkingDir: root,
  entryPoints: ["src/docs/reference.ts"],
  bundle: true,
  write: false,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
});
const source = bundle.outputFiles[0]?.text ?? "";
/** @type {{ referencePages(header: string): { file: string; markdown: string }[] }} */
const reference = await import(`data:text/javascript;base64,${Buffer.from(source).toString("base64")}`);

const header = `<!-- This file is generated from spec/openapi.yaml (sha256 ${specHash()}) and the CLI's help by apps/cli/scripts/docs.mjs. Do not edit it by hand: run \`pnpm generate\`. -->\n`;
const pages = reference.referencePages(header);
for (const page of pages) emit(join(outDir, page.file), page.markdown);
// A page for a resource that no longer exists is stale too.
const expected = new Set(pages.map((p) => p.file));
let existing = [];
try {
  existing = readdirSync(outDir).filter((f) => f.endsWith(".md"));
} catch {}
const orphans = existing.filter((f) => !expected.has(f));
if (orphans.length > 0) {
  console.error(`pages with no resource (delete them): ${orphans.map((f) => join(outDir, f)).join(", ")}`);
  process.exitCode = 1;
}
finish();
