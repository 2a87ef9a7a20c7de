// @ts-check
// `pnpm spec:diff`: compares spec/openapi.yaml with the spec as last released
// (spec/released/openapi.yaml), prints what changed as breaking, feature or fix, and exits 1 when a
// breaking change has no major changeset for the published packages.
//   --write-changeset   write the changeset the change calls for, when none covers it
//   --base FILE --head FILE --changesets DIR   compare other files (tests, what-ifs)
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runGate } from "../packages/release-tests/src/spec-gate/gate.mjs";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const { values } = parseArgs({
  options: {
    "write-changeset": { type: "boolean", default: false },
    base: { type: "string" },
    head: { type: "string" },
    changesets: { type: "string" },
  },
});

try {
  const result = runGate({
    root: repoRoot,
    base: values.base,
    head: values.head,
    changesetDir: values.changesets,
    writeChangeset: values["write-changeset"],
  });
  console.log(result.report);
  process.exit(result.ok ? 0 : 1);
} catch (error) {
  console.error(`spec:diff: ${error instanceof Error ? error.message : error}`);
  process.exit(2);
}
