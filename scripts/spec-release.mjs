// @ts-check
// `pnpm spec:release`: records spec/openapi.yaml as the spec last released, the base `pnpm spec:diff`
// compares against. Run it when the packages are versioned (after `changeset version`), so the
// changesets that covered the old spec's changes and the spec they covered move on together.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const header =
  "# The OpenAPI spec as last released: the base `pnpm spec:diff` compares spec/openapi.yaml with.\n" +
  "# Written by `pnpm spec:release` when the packages are versioned; do not edit by hand.\n";
const spec = readFileSync(join(repoRoot, "spec", "openapi.yaml"), "utf8");
writeFileSync(join(repoRoot, "spec", "released", "openapi.yaml"), header + spec);
console.log("spec/released/openapi.yaml now holds spec/openapi.yaml");
