// The command line, from argv to exit code: resolve the command, parse and check every input,
// confirm destructive commands, then hand over to run/execute (loaded lazily) to send it.

import { ExitCode } from "@openai-admin/client/error-contract";
import { checkAdminKey } from "./cli/admin-key.js";
import { type FlagSpec, isSet, last, parseArgv } from "./cli/argv.js";
import { parseCount, resolveConfig } from "./cli/config.js";
import { confirm, fillTarget, inProfile } from "./cli/confirm.js";
import { commandFlags, globalFlags } from "./cli/global-flags.js";
import { loadProfile } from "./cli/profile.js";
import { didYouMean } from "./cli/suggest.js";
import { UsageError } from "./cli/usage-error.js";
import { commandHelp, resourceHelp, topHelp } from "./help/help.js";
import { buildInput } from "./input/request-input.js";
import { validate } from "./input/validate.js";
import {
  findOfficialOperation,
  findOperation,
  findResource,
  operationsOf,
  resourceNames,
} from "./manifest/lookup.js";
import type { Operation } from "./manifest/types.js";
import type { OutputFormat } from "./output/render.js";
import { type Streams, Terminal } from "./output/terminal.js";

export interface MainOptions {
  env: NodeJS.ProcessEnv;
  streams: Streams;
  version: string;
  /** Aborted on Ctrl-C: cancels the prompt or the request in flight. */
  signal?: AbortSignal;
}

const BIN = "openai-admin";

function opFlagSpecs(op: Operation): FlagSpec[] {
  return [
    ...globalFlags,
    ...commandFlags(op),
    ...op.fields.flatMap((f) =>
      [f.flag, ...(f.aliases ?? [])].map((name) => ({ name, boolean: f.schema.type === "boolean" })),
    ),
  ];
}

export async function main(argv: readonly string[], options: MainOptions): Promise<number> {
  const { env, streams, version } = options;
  // A lenient first pass finds the command words and the flags that shape error output.
  const pre = parseArgv(argv, globalFlags, false);
  const term = new Terminal(streams, env, isSet(pre, "no-color"));
  term.addSecret(last(pre, "admin-api-key"));
  term.addSecret(env.OPENAI_ADMIN_KEY);
  term.addSecret(env.OPENAI_API_KEY);
  const preFormat = last(pre, "format");
  const jsonErrors = preFormat === "json" || preFormat === "jsonl";
  let usageHint = `Run '${BIN} --help' for usage.`;

  try {
    const help = isSet(pre, "help");
    let [first, second] = pre.positionals;
    if (first === "help") {
      [first, second] = [second, pre.positionals[2]];
      if (first === undefined) return await printHelp(term, topHelp(version));
    }
    if (isSet(pre, "version")) {
      await term.out(`${BIN} ${version}\n`);
      return ExitCode.ok;
    }
    if (first === undefined) {
      await term.out(topHelp(version));
      return ExitCode.ok;
    }
    if (first === "org") {
      usageHint = `Run '${BIN} org --help' for usage.`;
      const { orgCommand } = await import("./org/command.js");
      return await orgCommand(argv, term, env, options.signal ?? new AbortController().signal);
    }
    if (first === "mock") {
      usageHint = `Run '${BIN} mock reset'.`;
      parseArgv(argv, globalFlags, true);
      if (second !== "reset")
        throw new UsageError(`unknown mock command "${second ?? ""}": the one there is is "mock reset".`);
      const { resetMock } = await import("./mock/mock-org.js");
      const file = resetMock(env);
      term.err(`The mock organization starts again from its seed (removed ${file}).\n`);
      return ExitCode.ok;
    }
    if (first === "completion") {
      usageHint = `Run '${BIN} completion bash|zsh|fish'.`;
      parseArgv(argv, globalFlags, true);
      const { completionScript } = await import("./completion/completion.js");
      await term.out(completionScript(second));
      return ExitCode.ok;
    }
    if (first === "report") {
      usageHint = `Run '${BIN} report --help'.`;
      const report = await import("./report/command.js");
      if (second === undefined || help) return await printHelp(term, report.reportHelp(second));
      const signal = options.signal ?? new AbortController().signal;
      return await report.runReport({ name: second, argv, term, env, signal });
    }
    const resource = findResource(first);
    if (!resource) {
      throw new UsageError(`unknown resource "${first}".${didYouMean(first, resourceNames())}`);
    }
    usageHint = `Run '${BIN} ${resource.name} --help' for its verbs.`;
    if (second === undefined) return await printHelp(term, resourceHelp(resource));
    if (resource.name === "users" && second === "offboard") {
      usageHint = `Run '${BIN} users offboard --help' for usage.`;
      const { offboard, offboardHelp } = await import("./offboard/command.js");
      if (help) return await printHelp(term, offboardHelp());
      return await offboard(argv, { term, env, signal: options.signal ?? new AbortController().signal });
    }
    const op = findOperation(resource.name, second) ?? findOfficialOperation(first, second);
    if (!op) {
      const verbs = operationsOf(resource.name).map((o) => o.verb);
      throw new UsageError(
        `unknown verb "${second}" for ${resource.name}.${didYouMean(second, verbs)} Verbs: ${verbs.join(", ")}.`,
      );
    }
    usageHint = `Run '${BIN} ${op.resource} ${op.verb} --help' for usage.`;
    if (help || pre.positionals[0] === "help") return await printHelp(term, commandHelp(op));

    const args = parseArgv(argv, opFlagSpecs(op), true);
    // The strict pass knows which flags take values, so its positionals are the real ids.
    const ids = args.positionals.slice(2);
    const profile = await loadProfile(args, env, profileHost(term, isSet(args, "debug")));
    const config = resolveConfig(args, env, profile);
    term.addSecret(config.apiKey);
    for (const [name, value] of Object.entries(config.headers)) {
      if (name.toLowerCase() === "authorization") term.addSecret(value.replace(/^\w+\s+/, ""));
    }
    const chosen = isSet(args, "raw-output") ? "text" : config.format;
    const format: OutputFormat = chosen === "auto" ? (term.stdoutIsTTY ? "table" : "json") : chosen;
    const query =
      config.query === undefined ? undefined : (await import("./run/query.js")).compileQuery(config.query);

    if (last(args, "from-file") !== undefined || isSet(args, "resume")) {
      const { runFromFile } = await import("./bulk/command.js");
      const columns = parseColumns(last(args, "columns"), format);
      const signal = options.signal ?? new AbortController().signal;
      return await runFromFile({ term, op, args, ids, config, format, columns, env, signal });
    }
    const input = await buildInput(op, args, ids, streams.stdin);
    const maxItemsRaw = last(args, "max-items");
    const maxItems = maxItemsRaw === undefined ? undefined : parseCount(maxItemsRaw, "--max-items", 1);
    const pageSize = last(args, "page-size");
    if (pageSize !== undefined) applyPageSize(op, input.query, pageSize);

    const dryRun = isSet(args, "dry-run");
    checkAdminKey(config, env, dryRun);
    const ask = op.destructive && !dryRun && !isSet(args, "yes");
    if (ask && !term.interactive) {
      // Refused before anything is sent, lookups included: a script never deletes by accident.
      await confirm({
        action: `${op.verb} ${fillTarget(op.target, input.path)}${inProfile(config)}`,
        yes: false,
        interactive: false,
        input: streams.stdin,
        output: streams.stderr,
      });
    }

    const { execute } = await import("./run/execute.js");
    return await execute({
      term,
      op,
      input,
      config,
      format,
      query,
      dryRun,
      paginate: !isSet(args, "no-paginate"),
      maxItems,
      signal: options.signal ?? new AbortController().signal,
      env: options.env,
      ask,
      quiet: isSet(args, "quiet"),
      columns: parseColumns(last(args, "columns"), format),
    });
  } catch (error) {
    if (error instanceof UsageError) {
      if (jsonErrors) {
        const body = { type: "usage_error", message: error.message, flag: error.options.flag ?? null };
        term.err(`${JSON.stringify({ error: body, exit_code: ExitCode.usage })}\n`);
      } else {
        const hint = error.options.hint ?? usageHint;
        term.err(`${term.errStyle("31", "error:")} ${error.message}\n${hint ? `${hint}\n` : ""}`);
      }
      return ExitCode.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    if (jsonErrors)
      term.err(`${JSON.stringify({ error: { type: "internal_error", message }, exit_code: 1 })}\n`);
    else term.err(`${term.errStyle("31", "error:")} ${message}\n`);
    if (isSet(pre, "debug") && error instanceof Error && error.stack) term.err(`${error.stack}\n`);
    return ExitCode.unexpected;
  }
}

function profileHost(term: Terminal, debug: boolean) {
  return {
    addSecret: (secret: string | undefined) => term.addSecret(secret),
    debug: debug ? (message: string) => term.err(`${term.errStyle("2", `* ${message}`)}\n`) : undefined,
  };
}

async function printHelp(term: Terminal, text: string): Promise<number> {
  await term.out(text);
  return ExitCode.ok;
}

/** `--columns id,email,role`: which fields tables, CSV and text show. */
function parseColumns(raw: string | undefined, format: OutputFormat): string[] | undefined {
  if (raw === undefined) return undefined;
  const columns = raw
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
  if (columns.length === 0)
    throw new UsageError("--columns: name at least one field.", { flag: "--columns" });
  if (format !== "table" && format !== "csv" && format !== "text") {
    throw new UsageError(`--columns applies to --format table, csv or text (the output is ${format}).`, {
      flag: "--columns",
    });
  }
  return columns;
}

/** `--page-size` is the operation's `limit`, checked against the same range. */
function applyPageSize(op: Operation, query: Record<string, unknown>, raw: string): void {
  const limit = op.fields.find((f) => f.in === "query" && f.name === "limit");
  if (!limit)
    throw new UsageError(`--page-size: ${op.resource} ${op.verb} has no page size.`, { flag: "--page-size" });
  const size = parseCount(raw, "--page-size", 0);
  const problems = validate(size, limit.schema);
  if (problems.length > 0) throw new UsageError(`--page-size: ${problems[0]}.`, { flag: "--page-size" });
  if (query.limit !== undefined && query.limit !== size) {
    throw new UsageError("--page-size and --limit disagree; give one of them.", { flag: "--page-size" });
  }
  query.limit = size;
}
