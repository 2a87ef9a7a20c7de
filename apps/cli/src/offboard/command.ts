// `openai-admin users offboard <user>`: one plan (revoke the project API keys the user owns,
// remove them from every project and group, delete the user), shown, confirmed, run and
// summarized. Refused for the organization's last owner; --dry-run shows the plan only.
import { type AdminClient, errorFromResponse, request, unwrap } from "@openai-admin/client";
import { ExitCode, exitCodeFor } from "@openai-admin/client/error-contract";
import { checkAdminKey } from "../cli/admin-key.js";
import { isSet, last, parseArgv } from "../cli/argv.js";
import { resolveConfig } from "../cli/config.js";
import { confirmOnTerminal, inProfile } from "../cli/confirm.js";
import { acceptedFlags } from "../cli/global-flags.js";
import { loadProfile } from "../cli/profile.js";
import { UsageError } from "../cli/usage-error.js";
import { workflowHelp } from "../help/help.js";
import { findOperation } from "../manifest/lookup.js";
import type { OutputFormat } from "../output/render.js";
import { renderValue } from "../output/render.js";
import type { Terminal } from "../output/terminal.js";
import { createCliClient } from "../run/client.js";
import { describeApiError, errorLine } from "../run/report.js";
import { LookupFailed, resolveIds } from "../run/resolve.js";
import { offboardCommand } from "./flags.js";
import { type OffboardPlan, planOffboarding } from "./plan.js";

export interface OffboardContext {
  term: Terminal;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
}

export const offboardHelp = (): string => workflowHelp(offboardCommand);

type Outcome = "done" | "skipped" | "failed" | "not run";

interface StepResult {
  action: string;
  method: string;
  path: string;
  outcome?: Outcome;
  reason?: string;
}

const fill = (template: string, ids: Record<string, string>) =>
  template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(ids[name] ?? name));

function planView(plan: OffboardPlan): StepResult[] {
  return plan.steps.map((s) => ({
    action: s.description,
    method: s.op.method,
    path: fill(s.op.path, s.path),
  }));
}

async function showPlan(term: Terminal, format: OutputFormat, plan: OffboardPlan): Promise<void> {
  const { user } = plan;
  if (format === "table" || format === "text") {
    const who = [user.name, user.email ? `<${String(user.email)}>` : ""].filter(Boolean).join(" ");
    const lines = plan.steps.map((s) => `  - ${s.description}\n`).join("");
    await term.out(
      `Offboarding ${who} (${user.id}, ${String(user.role)}): ${plan.steps.length} requests\n${lines}`,
    );
  } else {
    const { id, email, name, role } = user;
    await renderValue(term, format, { user: { id, email, name, role }, steps: planView(plan) });
  }
}

export async function offboard(argv: readonly string[], context: OffboardContext): Promise<number> {
  const { term, env, signal } = context;
  const args = parseArgv(argv, acceptedFlags(offboardCommand), true);
  const given = args.positionals.slice(2);
  if (given.length > 1)
    throw new UsageError(`unexpected argument "${given[1]}": users offboard takes one user.`);
  const who = given[0] ?? last(args, "user-id");
  if (!who) throw new UsageError("missing <user>: give an email or a user id.", { flag: "--user-id" });
  const profile = await loadProfile(args, env, { addSecret: (s) => term.addSecret(s) });
  const config = resolveConfig(args, env, profile);
  term.addSecret(config.apiKey);
  const chosen = isSet(args, "raw-output") ? "text" : config.format;
  const format: OutputFormat = chosen === "auto" ? (term.stdoutIsTTY ? "table" : "json") : chosen;
  const dryRun = isSet(args, "dry-run");
  const yes = isSet(args, "yes");
  checkAdminKey(config, env, dryRun);
  if (!dryRun && !yes && !term.interactive) {
    // Refused before anything is sent, lookups included, as a single delete is.
    throw new UsageError(
      `refusing to offboard ${who}${inProfile(config)} without confirmation (no terminal to ask on); pass --yes, or --dry-run to see the plan.`,
      { flag: "--yes", hint: "" },
    );
  }
  const client = createCliClient({ term, config, env, quiet: isSet(args, "quiet") });
  try {
    const plan = await planFor(client, who, signal);
    await showPlan(term, format, plan);
    if (plan.refusal) {
      term.err(
        `${term.errStyle("31", "error:")} refusing to offboard: ${plan.refusal} Nothing was changed.\n`,
      );
      return ExitCode.rejected;
    }
    if (dryRun) {
      term.err("Dry run: nothing was changed.\n");
      return ExitCode.ok;
    }
    const action = `run these ${plan.steps.length} requests${inProfile(config)}`;
    if (!yes && !(await confirmOnTerminal({ action, streams: term.streams, signal })))
      return ExitCode.interrupted;
    return await runPlan(term, format, client, plan, signal);
  } catch (error) {
    if (error instanceof LookupFailed) {
      term.err(`${term.errStyle("31", "error:")} ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

async function planFor(client: AdminClient, who: string, signal: AbortSignal): Promise<OffboardPlan> {
  const retrieve = findOperation("users", "retrieve");
  if (!retrieve) throw new Error("the operation model has no users retrieve");
  const path = await resolveIds(client, retrieve, { user_id: who }, signal);
  const user = (await unwrap(request(client, retrieve, { path, signal }))) as Record<string, unknown> & {
    id: string;
  };
  return planOffboarding(client, user, signal);
}

async function runPlan(
  term: Terminal,
  format: OutputFormat,
  client: AdminClient,
  plan: OffboardPlan,
  signal: AbortSignal,
): Promise<number> {
  const results = planView(plan);
  let firstExit: number | undefined;
  for (const [i, step] of plan.steps.entries()) {
    const result = results[i] as StepResult;
    // The user goes last, and only when everything else went: a rerun then finds what is left.
    if (step.kind === "user" && firstExit !== undefined) {
      result.outcome = "not run";
      result.reason = "an earlier step failed; rerun users offboard once it is fixed";
      continue;
    }
    const { error, response } = await request(client, step.op, { path: step.path, signal });
    if (response.ok) result.outcome = "done";
    else if (response.status === 404) {
      result.outcome = "skipped";
      result.reason = "already gone";
    } else {
      const apiError = errorFromResponse(response, error);
      result.outcome = "failed";
      result.reason = errorLine(describeApiError(apiError));
      firstExit ??= exitCodeFor(apiError);
    }
  }
  const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
  if (format !== "table" && format !== "text") await renderValue(term, format, results);
  else
    for (const r of results) if (r.outcome !== "done") term.err(`  ${r.outcome}: ${r.action}: ${r.reason}\n`);
  term.err(
    `Offboarded ${plan.user.id}: ${count("done")} done, ${count("skipped")} skipped, ${count("failed")} failed${count("not run") ? `, ${count("not run")} not run` : ""}.\n`,
  );
  return firstExit ?? ExitCode.ok;
}
