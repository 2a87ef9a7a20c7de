// `openai-admin report access|costs`: reports built from several operations, printed as tables,
// CSV, JSON or JSONL, and with `--html FILE` written as one self-contained page.
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ExitCode } from "@openai-admin/client/error-contract";
import { checkAdminKey } from "../cli/admin-key.js";
import { isSet, last, parseArgv } from "../cli/argv.js";
import { resolveConfig } from "../cli/config.js";
import { acceptedFlags } from "../cli/global-flags.js";
import { loadProfile } from "../cli/profile.js";
import { UsageError } from "../cli/usage-error.js";
import { workflowGlobals, workflowHelp, workflowsHelp } from "../help/help.js";
import { isoTime, parseUnixTime } from "../input/time.js";
import { CsvWriter } from "../output/csv.js";
import type { Terminal } from "../output/terminal.js";
import { createCliClient } from "../run/client.js";
import { reportError } from "../run/report.js";
import { accessReport, allFindings } from "./access.js";
import { costsReport } from "./costs.js";
import {
  COST_GROUPINGS,
  type CostGrouping,
  REPORT_ABOUT,
  REPORT_FORMATS,
  type ReportFormat,
  type ReportName,
  reportCommands,
} from "./flags.js";
import { accessText, costsText, findingRow } from "./text.js";

export interface ReportRun {
  name: string | undefined;
  argv: readonly string[];
  term: Terminal;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
}

/** `report --help`: both reports; `report costs --help`: the one. */
export function reportHelp(name?: string): string {
  if (name !== undefined && Object.hasOwn(reportCommands, name))
    return workflowHelp(reportCommands[name as ReportName]);
  const commands = Object.values(reportCommands);
  return workflowsHelp(REPORT_ABOUT, commands, workflowGlobals(reportCommands.access));
}

export async function runReport(run: ReportRun): Promise<number> {
  const { term, env } = run;
  const name = run.name;
  if (name !== "access" && name !== "costs") {
    throw new UsageError(
      `unknown report "${name ?? ""}": the reports are ${Object.keys(reportCommands).join(" and ")}.`,
      { hint: "Run 'openai-admin report --help'." },
    );
  }
  const args = parseArgv(run.argv, acceptedFlags(reportCommands[name]), true);
  if (args.positionals.length > 2)
    throw new UsageError(`report ${name} takes no arguments, got "${args.positionals[2]}".`);
  const profile = await loadProfile(args, env, { addSecret: (s) => term.addSecret(s) });
  const config = resolveConfig(args, env, profile);
  term.addSecret(config.apiKey);
  checkAdminKey(config, env, false);
  const chosen = config.format === "auto" ? (term.stdoutIsTTY ? "table" : "json") : config.format;
  if (!(REPORT_FORMATS as readonly string[]).includes(chosen))
    throw new UsageError(`--format: reports are printed as ${REPORT_FORMATS.join(", ")}, not ${chosen}.`, {
      flag: "--format",
    });
  const format = chosen as ReportFormat;
  const html = last(args, "html");
  const quiet = isSet(args, "quiet");
  const client = createCliClient({ term, config, env, quiet });
  const now = Math.floor(Date.now() / 1000);
  const organization =
    config.profile?.label ??
    (config.mock
      ? "the mock organization (--mock)"
      : (Object.entries(config.headers).find(([h]) => h.toLowerCase() === "openai-organization")?.[1] ??
        new URL(config.baseUrl ?? "https://api.openai.com/v1").host));
  const progress = new ProgressLine(term, quiet);
  try {
    if (name === "access") {
      const inactiveDays = count(last(args, "inactive-days") ?? "90", "--inactive-days");
      const inviteDays = count(last(args, "invite-days") ?? "14", "--invite-days");
      const report = await accessReport(client, {
        now,
        inactiveDays,
        inviteDays,
        signal: run.signal,
        progress: (s) =>
          progress.update(
            `report access: ${s.users.toLocaleString("en-US")} users` +
              (s.projectsTotal === undefined ? "" : `, ${s.projects} of ${s.projectsTotal} projects`) +
              "…",
          ),
      });
      const found = [...report.groups.values()].reduce((n, g) => n + g.length, 0);
      progress.done(
        `report access: ${report.checked.users.toLocaleString("en-US")} users, ${report.checked.projects} projects, ${report.checked.apiKeys} API keys checked; ${found} findings.`,
      );
      const range = `inactive: no use since ${isoTime(now - inactiveDays * 86_400).slice(0, 10)} (${inactiveDays} days); old invites: sent before ${isoTime(now - inviteDays * 86_400).slice(0, 10)} (${inviteDays} days)`;
      if (html !== undefined) {
        const { accessHtml } = await import("./html.js");
        await writeHtml(
          term,
          html,
          accessHtml(report, { title: "Access review", organization, range, generatedAt: now }),
        );
      }
      const meta = {
        report: "access",
        organization,
        generated_at: now,
        inactive_days: inactiveDays,
        invite_days: inviteDays,
      };
      switch (format) {
        case "table":
          return done(
            term,
            accessText(report, (c, t) => term.style(c, t)),
          );
        case "csv": {
          const csv = new CsvWriter();
          for (const f of allFindings(report)) await term.out(csv.page([findingRow(f)]));
          return ExitCode.ok;
        }
        case "jsonl":
          for (const f of allFindings(report)) await term.out(`${JSON.stringify(f)}\n`);
          return ExitCode.ok;
        case "json": {
          const counts = Object.fromEntries([...report.groups].map(([k, g]) => [k, g.length]));
          const head = JSON.stringify({ ...meta, checked: report.checked, counts }, null, 2);
          await term.out(`${head.slice(0, -2)},\n  "findings": [`);
          let first = true;
          for (const f of allFindings(report)) {
            await term.out(`${first ? "" : ","}\n    ${JSON.stringify(f)}`);
            first = false;
          }
          return done(term, `${first ? "" : "\n  "}]\n}\n`);
        }
      }
    }
    const by = last(args, "by") ?? "project";
    if (!(by in COST_GROUPINGS))
      throw new UsageError(`--by: one of ${Object.keys(COST_GROUPINGS).join(", ")}, got "${by}".`, {
        flag: "--by",
      });
    const since = parseUnixTime(last(args, "since") ?? "30d", "--since", now * 1000);
    if (since >= now) throw new UsageError("--since: must be in the past.", { flag: "--since" });
    const report = await costsReport(client, {
      by: by as CostGrouping,
      since,
      now,
      signal: run.signal,
      progress: (days) => progress.update(`report costs: ${days} days…`),
    });
    progress.done(
      `report costs: ${report.days.length} days, ${report.groups.length} ${COST_GROUPINGS[report.by].label}s.`,
    );
    if (html !== undefined) {
      const [{ costsHtml, SERIES_COLORS }, { costsChartSvg }] = await Promise.all([
        import("./html.js"),
        import("./chart.js"),
      ]);
      const range = `${isoTime(report.start_time).slice(0, 10)} to ${isoTime(report.end_time)} (${report.days.length} days, UTC), by ${COST_GROUPINGS[report.by].label}`;
      await writeHtml(
        term,
        html,
        costsHtml(
          report,
          { title: "Costs", organization, range, generatedAt: now },
          costsChartSvg(report, SERIES_COLORS),
        ),
      );
    }
    const json = { report: "costs", organization, generated_at: now, ...report };
    switch (format) {
      case "table":
        return done(
          term,
          costsText(report, (c, t) => term.style(c, t), term.color),
        );
      case "csv": {
        const names = new Map(report.groups.map((g) => [g.id, g.name]));
        const rows = report.days.flatMap((d) =>
          Object.entries(d.groups).map(([id, amount]) => ({
            date: d.date,
            [COST_GROUPINGS[report.by].field]: id,
            name: names.get(id) ?? id,
            amount,
            currency: report.currency,
          })),
        );
        return done(
          term,
          new CsvWriter(["date", COST_GROUPINGS[report.by].field, "name", "amount", "currency"]).page(rows),
        );
      }
      case "jsonl":
        return done(
          term,
          report.days.map((d) => `${JSON.stringify({ ...d, currency: report.currency })}\n`).join(""),
        );
      case "json":
        return done(term, `${JSON.stringify(json, null, 2)}\n`);
    }
  } catch (error) {
    progress.clear();
    if (error instanceof UsageError) throw error;
    return reportError(term, error, format === "json" || format === "jsonl", config.debug);
  }
}

async function done(term: Terminal, text: string): Promise<number> {
  await term.out(text);
  return ExitCode.ok;
}

async function writeHtml(term: Terminal, file: string, html: string): Promise<void> {
  const path = resolve(file);
  await writeFile(path, html);
  term.err(`wrote ${path}\n`);
}

function count(raw: string, flag: string): number {
  if (!/^\d+$/.test(raw.trim()))
    throw new UsageError(`${flag}: a whole number of days, got "${raw}".`, { flag });
  return Number(raw);
}

/** One line on stderr that updates in place on a terminal, and says what was done at the end. */
class ProgressLine {
  private shown = false;
  private lastAt = 0;

  constructor(
    private readonly term: Terminal,
    private readonly quiet: boolean,
  ) {}

  update(text: string): void {
    if (this.quiet || !this.term.stderrIsTTY) return;
    const at = Date.now();
    if (at - this.lastAt < 100) return;
    this.lastAt = at;
    this.term.err(`\r\x1b[2K${text}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.term.err("\r\x1b[2K");
    this.shown = false;
  }

  done(text: string): void {
    this.clear();
    if (!this.quiet) this.term.err(`${text}\n`);
  }
}
