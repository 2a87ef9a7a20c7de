// `openai-admin org export|plan|apply`: the organization as code. Parses its own flags (it is not
// an operation of the spec), then reads the live organization, compares, and applies.
import { setMaxListeners } from "node:events";
import { readFileSync, writeFileSync } from "node:fs";
import { createAdminClient } from "@openai-admin/client";
import { ExitCode, exitCodeFor } from "@openai-admin/client/error-contract";
import { createNodeFetch } from "@openai-admin/client/node";
import { checkAdminKey } from "../cli/admin-key.js";
import { isSet, last, parseArgv } from "../cli/argv.js";
import { type Config, parseCount, resolveConfig } from "../cli/config.js";
import { confirm, inProfile } from "../cli/confirm.js";
import { acceptedFlags, type WorkflowCommand } from "../cli/global-flags.js";
import { loadProfile } from "../cli/profile.js";
import { UsageError } from "../cli/usage-error.js";
import { workflowGlobals, workflowHelp, workflowsHelp } from "../help/help.js";
import { MOCK_BASE_URL, mockFetch } from "../mock/mock-org.js";
import type { Terminal } from "../output/terminal.js";
import { reportError } from "../run/report.js";
import { retryNotice } from "../run/retry-notice.js";
import { type OrgApi, Throttle, throttledFetch } from "./api.js";
import { applyPlan } from "./apply.js";
import { readDocument, writeDocument } from "./document.js";
import { toDocument } from "./export.js";
import { ORG_ABOUT, type OrgVerb, orgCommands } from "./flags.js";
import { readOrg } from "./live.js";
import { contextIds, OwnerGuardError, type Plan, planChanges } from "./plan.js";
import { planJson, planText } from "./render.js";

const BIN = "openai-admin";
const CLI_TIMEOUT_MS = 60_000;
const MOCK_KEY = "sk-admin-mock";
const DEFAULT_CONCURRENCY = 4;
// A plan is many calls in a row: more room than a one-shot command's 2 retries before a 429 or a
// 5xx stops it halfway (a rerun would finish the job, but need not be asked for).
const ORG_MAX_RETRIES = 5;

const commandNamed = (verb: string | undefined): WorkflowCommand | undefined =>
  verb !== undefined && Object.hasOwn(orgCommands, verb) ? orgCommands[verb as OrgVerb] : undefined;

/** `org --help`: the three commands; `org plan --help`: the one. */
export function orgHelp(verb: string | undefined): string {
  const note = ` --max-retries is ${ORG_MAX_RETRIES} by default here.`;
  const command = commandNamed(verb);
  if (command) return workflowHelp(command, note);
  const commands = Object.values(orgCommands);
  const outro = `${orgCommands.apply.description}\n${workflowGlobals(orgCommands.plan)}${note}`;
  const intro = `${ORG_ABOUT} ${orgCommands.export.description}\n(Run '${BIN} org <command> --help' for one of them.)`;
  return workflowsHelp(intro, commands, outro);
}

/** What the parser must know before the command is: every flag any of them takes. */
const FLAGS = [...new Set(Object.values(orgCommands).flatMap(acceptedFlags))];

export async function orgCommand(
  argv: readonly string[],
  term: Terminal,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
): Promise<number> {
  try {
    return await org(argv, term, env, signal);
  } catch (error) {
    // With --detailed-exitcode, 2 means "changes": a bad document or flag must not read as drift.
    if (error instanceof UsageError && argv.includes("--detailed-exitcode")) {
      term.err(`${term.errStyle("31", "error:")} ${error.message}\n`);
      return ExitCode.unexpected;
    }
    throw error;
  }
}

async function org(argv: readonly string[], term: Terminal, env: NodeJS.ProcessEnv, signal: AbortSignal) {
  const args = parseArgv(argv, FLAGS, true);
  const verb = args.positionals[1];
  if (isSet(args, "help") || verb === undefined || verb === "help") {
    await term.out(orgHelp(verb === "help" ? args.positionals[2] : verb));
    return ExitCode.ok;
  }
  const command = commandNamed(verb);
  if (!command) throw new UsageError(`unknown org command "${verb}": export, plan or apply.`);
  const allowed = new Set(acceptedFlags(command).map((f) => f.name));
  for (const name of args.flags.keys()) {
    if (!allowed.has(name))
      throw new UsageError(`--${name} does not apply to org ${verb}.`, { flag: `--${name}` });
  }
  if (args.positionals.length > 2)
    throw new UsageError(`org ${verb} takes no arguments; got "${args.positionals[2]}".`);
  const format = last(args, "format") ?? (verb === "export" ? "yaml" : "text");
  const formats = verb === "export" ? ["yaml", "json"] : ["text", "json"];
  if (!formats.includes(format))
    throw new UsageError(`--format: org ${verb} writes ${formats.join(" or ")}, got "${format}".`, {
      flag: "--format",
    });

  // The document is read and checked before anything is sent.
  let docText: string | undefined;
  const file = last(args, "file");
  if (verb !== "export") {
    if (!file) throw new UsageError(`org ${verb} needs the document: -f org.yaml.`, { flag: "--file" });
    try {
      docText = readFileSync(file, "utf8");
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as Error).message}`, { flag: "--file" });
    }
  }
  const doc = docText === undefined ? undefined : readDocument(docText, file ?? "");
  const concurrencyRaw = last(args, "concurrency");
  const concurrency =
    concurrencyRaw === undefined ? DEFAULT_CONCURRENCY : parseCount(concurrencyRaw, "--concurrency", 1);

  const profile = await loadProfile(args, env, { addSecret: (s) => term.addSecret(s) });
  const config = resolveConfig(args, env, profile);
  term.addSecret(config.apiKey);
  checkAdminKey(config, env, false);
  const dryRun = isSet(args, "dry-run");
  const yes = isSet(args, "yes");
  if (verb === "apply" && !dryRun && !yes && !term.interactive) {
    // As every destructive command: refused before anything is sent, reads included.
    await confirm({
      action: "apply the document",
      yes,
      interactive: false,
      input: term.streams.stdin,
      output: term.streams.stderr,
    });
  }

  const api = makeApi(config, env, term, { concurrency, quiet: isSet(args, "quiet") }, signal);
  const json = format === "json";
  try {
    const live = await readOrg(api);
    if (verb === "export") {
      const text = writeDocument(toDocument(live), format as "yaml" | "json");
      const output = last(args, "output");
      if (output) {
        writeFileSync(output, text);
        term.err(`wrote ${output}\n`);
      } else await term.out(text);
      return ExitCode.ok;
    }
    const plan = planChanges(doc ?? {}, live, { prune: isSet(args, "prune") });
    const drift = plan.changes.length > 0 || plan.held.length > 0;
    const changed = isSet(args, "detailed-exitcode") && drift ? 2 : ExitCode.ok;
    await term.out(json ? planJson(plan) : planText(plan, (code, text) => term.style(code, text)));
    if (verb === "plan" || dryRun || plan.changes.length === 0) return changed;

    if (!yes) {
      // The removals are named again beside the question: stdout (the plan) may be going elsewhere.
      const removals = plan.changes.filter((c) => c.action === "remove" || c.action === "archive");
      if (removals.length > 0) {
        term.err(`\nThis removes or archives:\n`);
        for (const c of removals)
          term.err(`  - ${c.action === "archive" ? "archive " : ""}${c.kind} ${c.key}\n`);
      }
      const including = removals.length ? `, including ${plural(removals.length, "removal")}` : "";
      const decision = await confirm({
        action: `apply ${plural(plan.changes.length, "change")}${including}${inProfile(config)}`,
        yes,
        interactive: true,
        input: term.streams.stdin,
        output: term.streams.stderr,
        signal,
      });
      if (decision === "declined") {
        term.err("Cancelled; nothing was changed.\n");
        return ExitCode.interrupted;
      }
    }
    return await runPlan(plan, api, live, term);
  } catch (error) {
    if (error instanceof OwnerGuardError) {
      term.err(`${term.errStyle("31", "error:")} ${error.message}\n`);
      return ExitCode.unexpected;
    }
    return reportError(term, error, json, config.debug);
  }
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

async function runPlan(plan: Plan, api: OrgApi, live: Parameters<typeof contextIds>[0], term: Terminal) {
  const started = Date.now();
  const result = await applyPlan(plan, { api, ids: contextIds(live) }, (change, error) => {
    const what = `${change.action === "archive" ? "archive " : ""}${change.kind} ${change.key}`;
    const mark = { create: "+", update: "~", remove: "-", archive: "-" }[change.action];
    if (error === undefined) term.err(`${mark} ${what}: done\n`);
    else term.err(`${term.errStyle("31", "failed:")} ${mark} ${what}: ${(error as Error).message}\n`);
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const tail = result.skipped ? `, ${result.skipped} not started` : "";
  term.err(`Apply: ${result.done} done, ${result.failed.length} failed${tail} in ${seconds} s.\n`);
  const first = result.failed[0];
  if (!first) return ExitCode.ok;
  term.err("Run org apply again to do what is left; what is done is not done twice.\n");
  const code = exitCodeFor(first.error);
  return code === ExitCode.ok ? ExitCode.unexpected : code;
}

function makeApi(
  config: Config,
  env: NodeJS.ProcessEnv,
  term: Terminal,
  { concurrency, quiet }: { concurrency: number; quiet: boolean },
  signal: AbortSignal,
): OrgApi {
  const throttle = new Throttle(concurrency);
  // Every request in flight listens on the one signal (Ctrl-C): more than Node's default 10 is normal here.
  setMaxListeners(0, signal);
  const debugLine = (message: string) => term.err(`${term.errStyle("2", `* ${message}`)}\n`);
  // One fetch for both clients (with --mock, one simulated organization), under one throttle.
  const fetch = throttledFetch(
    config.mock ? mockFetch(env) : createNodeFetch({ env, debug: config.debug ? debugLine : undefined }),
    throttle,
  );
  const logger = {
    warn: (message: string, details?: Record<string, unknown>) => {
      const line = config.debug
        ? message
        : retryNotice(message, details ?? {}, config.maxRetries ?? ORG_MAX_RETRIES);
      if (line && !quiet) term.err(`${line}\n`);
    },
  };
  const options = {
    adminApiKey: config.mock ? MOCK_KEY : (config.apiKey ?? ""),
    baseUrl: config.mock ? MOCK_BASE_URL : config.baseUrl,
    timeout: config.timeoutMs ?? CLI_TIMEOUT_MS,
    headers: config.headers,
    fetch,
    logger,
  };
  return {
    client: createAdminClient({ ...options, maxRetries: config.maxRetries ?? ORG_MAX_RETRIES }),
    once: createAdminClient({ ...options, maxRetries: 0 }),
    signal,
  };
}
