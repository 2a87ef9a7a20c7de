// @ts-check
// The exit-code table of README.md, made from the one copy of the error contract
// (@openai-admin/client/error-contract), which `--help` prints too. `--check` fails when stale.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { exitCodeTable, retriedFailures } from "@openai-admin/client/error-contract";
import { emit, finish, repoRoot } from "../../../scripts/codegen.mjs";

const file = resolve(repoRoot, "apps/cli/README.md");
const BEGIN =
  "<!-- BEGIN exit codes: generated from @openai-admin/client/error-contract by scripts/readme.mjs; do not edit by hand, run `pnpm generate` -->";
const END = "<!-- END exit codes -->";

const section = [
  BEGIN,
  "| Exit code | Meaning |",
  "| --- | --- |",
  ...exitCodeTable.map(([code, meaning]) => `| ${code} | ${meaning} |`),
  "",
  `Retried (up to \`--max-retries\` times): ${retriedFailures}, honouring \`Retry-After\`.`,
  END,
].join("\n");

const current = readFileSync(file, "utf8");
const start = current.indexOf(BEGIN);
const end = current.indexOf(END);
if (start < 0 || end < start) throw new Error(`${file} has no exit-code markers (${BEGIN} … ${END})`);
emit(file, `${current.slice(0, start)}${section}${current.slice(end + END.length)}`);
finish();
