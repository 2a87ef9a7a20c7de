// `--from-file` and `--resume` on a write command: checks made before anything is sent (the
// file's columns, every row's values, the key, --yes without a terminal), then the run.
import { ExitCode } from "@openai-admin/client/error-contract";
import { checkAdminKey } from "../cli/admin-key.js";
import { isSet, last, type ParsedArgs } from "../cli/argv.js";
import { type Config, parseCount } from "../cli/config.js";
import { UsageError } from "../cli/usage-error.js";
import type { Operation } from "../manifest/types.js";
import type { OutputFormat } from "../output/render.js";
import type { Terminal } from "../output/terminal.js";
import { prepareRows, refuseWithoutYes, runBulk } from "./run.js";

export interface FromFileOptions {
  term: Terminal;
  op: Operation;
  args: ParsedArgs;
  ids: readonly string[];
  config: Config;
  format: OutputFormat;
  columns?: readonly string[];
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
}

const DEFAULT_MAX_CONCURRENCY = 16;

export async function runFromFile(options: FromFileOptions): Promise<number> {
  const { args, op, term } = options;
  const file = last(args, "from-file");
  if (file === undefined)
    throw new UsageError("--resume continues a --from-file run: give the same --from-file.", {
      flag: "--resume",
    });
  if (last(args, "query") !== undefined)
    throw new UsageError("--query does not apply to --from-file runs.", { flag: "--query" });
  const raw = last(args, "concurrency");
  const maxConcurrency = raw === undefined ? DEFAULT_MAX_CONCURRENCY : parseCount(raw, "--concurrency", 1);
  const dryRun = isSet(args, "dry-run");
  const yes = isSet(args, "yes");
  checkAdminKey(options.config, options.env, dryRun);
  const run = {
    ...options,
    file,
    dryRun,
    yes,
    resume: isSet(args, "resume"),
    maxConcurrency,
    quiet: isSet(args, "quiet"),
  };
  const prepared = await prepareRows(run);
  const valid = prepared.filter((p) => p.input).length;
  // Refused before anything is sent, lookups included, as a single delete is.
  if (op.destructive && !dryRun && !yes && valid > 0 && !term.interactive)
    refuseWithoutYes(run, valid, false);
  if (prepared.length === 0) {
    term.err(`${file} has no rows; nothing was sent.\n`);
    return ExitCode.ok;
  }
  return runBulk(run, prepared);
}
