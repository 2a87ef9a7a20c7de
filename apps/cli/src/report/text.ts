// The reports on a terminal: access findings as one table per finding, costs as a totals table and
// a bar per day (colored segments per group on a color terminal, plain `#` otherwise).
import { isoTime } from "../input/time.js";
import { TableWriter } from "../output/table.js";
import { type AccessReport, FINDING_KINDS, FINDINGS, type Finding } from "./access.js";
import type { CostsReport } from "./costs.js";
import { COST_GROUPINGS } from "./flags.js";

type Style = (code: string, text: string) => string;

const when = (at: number | null) => (at === null ? "never" : isoTime(at).slice(0, 10));

/** The row a finding is in tables and CSV. */
export function findingRow(f: Finding): Record<string, unknown> {
  return {
    finding: f.finding,
    object: f.object,
    id: f.id,
    name: f.name,
    project_id: f.project?.id ?? "",
    project: f.project?.name ?? "",
    last_used_at: f.last_used_at === null ? "" : isoTime(f.last_used_at),
    created_at: f.created_at === null ? "" : isoTime(f.created_at),
    why: f.why,
    fix: f.fix,
  };
}

export function accessText(report: AccessReport, style: Style): string {
  const bold = (text: string) => style("1", text);
  let out = "";
  for (const kind of FINDING_KINDS) {
    const findings = report.groups.get(kind) ?? [];
    out += `${bold(`${FINDINGS[kind]} (${findings.length})`)}\n`;
    if (findings.length === 0) {
      out += "  none\n\n";
      continue;
    }
    const withProject = findings.some((f) => f.project && f.project.id !== f.id);
    const columns = ["id", "name", ...(withProject ? ["project"] : []), "why", "fix"];
    const rows = findings.map((f) => ({ ...findingRow(f), last_used_at: when(f.last_used_at) }));
    out += `${new TableWriter((t) => style("2", t), columns).page(rows)}\n`;
  }
  return out;
}

const BAR_WIDTH = 40;
// Distinct foreground colors for the groups, in order; the rest share the last one ("other").
const COLORS = ["34", "33", "32", "35", "36", "31", "94", "93"];

export function money(amount: number, currency: string): string {
  const text = amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return currency === "USD" ? `$${text}` : `${text} ${currency}`;
}

export function costsText(report: CostsReport, style: Style, color: boolean): string {
  const bold = (text: string) => style("1", text);
  const label = COST_GROUPINGS[report.by].label;
  const range = `${isoTime(report.start_time).slice(0, 10)} to ${isoTime(report.end_time).slice(0, 10)}`;
  let out = `${bold(`Costs by ${label}, ${range}: ${money(report.total, report.currency)}`)}\n\n`;
  const colorOf = new Map(
    report.groups.map((g, i) => [g.id, COLORS[Math.min(i, COLORS.length - 1)] as string]),
  );
  const rows = report.groups.map((g) => ({
    ...(color ? { "": style(colorOf.get(g.id) ?? "", "█") } : {}),
    [label]: g.name,
    ...(report.by === "line_item" ? {} : { id: g.id }),
    total: money(g.total, report.currency),
    share: report.total > 0 ? `${((g.total / report.total) * 100).toFixed(1)}%` : "",
  }));
  if (rows.length > 0) out += `${new TableWriter((t) => style("2", t)).page(rows)}\n`;
  const max = Math.max(0, ...report.days.map((d) => d.total));
  for (const day of report.days) {
    let bar = "";
    let drawn = 0;
    if (max > 0) {
      if (color) {
        // Each group's share of the day, in the totals' order, rounded so the bar's length is the day's.
        let sum = 0;
        for (const g of report.groups) {
          sum += day.groups[g.id] ?? 0;
          const upTo = Math.round((sum / max) * BAR_WIDTH);
          if (upTo > drawn) bar += style(colorOf.get(g.id) ?? "", "█".repeat(upTo - drawn));
          drawn = Math.max(drawn, upTo);
        }
      } else {
        drawn = Math.round((day.total / max) * BAR_WIDTH);
        bar = "#".repeat(drawn);
      }
    }
    const pad = " ".repeat(Math.max(0, BAR_WIDTH - drawn));
    out += `${day.date}  ${bar}${pad}  ${money(day.total, report.currency).padStart(10)}\n`;
  }
  return out;
}
