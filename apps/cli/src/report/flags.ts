// `report access|costs`: what each takes. report/command.ts parses with these lists; its help, shell
// completion and the reference (docs/cli) show them.
import type { FlagDoc, WorkflowCommand } from "../cli/global-flags.js";

/** What `report costs --by` splits costs by: the field of the costs API, and its name in print. */
export const COST_GROUPINGS = {
  project: { field: "project_id", label: "project" },
  line_item: { field: "line_item", label: "line item" },
  api_key: { field: "api_key_id", label: "API key" },
} as const;
export type CostGrouping = keyof typeof COST_GROUPINGS;

export const REPORT_FORMATS = ["table", "csv", "json", "jsonl"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const format: FlagDoc = {
  name: "format",
  short: "o",
  value: REPORT_FORMATS.join("|"),
  choices: REPORT_FORMATS,
  description: "Output format. Default: a table on a terminal, JSON otherwise.",
};
const html: FlagDoc = {
  name: "html",
  value: "file",
  description: "Also write the report as one self-contained HTML page (sortable tables, an SVG chart).",
};

export const REPORT_ABOUT =
  "Reports that put several operations together. A table on a terminal, JSON otherwise; a progress line goes to stderr (--quiet drops it).";

export type ReportName = "access" | "costs";

export const reportCommands: Record<ReportName, WorkflowCommand> = {
  access: {
    words: ["report", "access"],
    summary:
      "Access review: owners, inactive users, stale keys and service accounts, never-expiring admin keys, old invites, projects without guard rails; each with the command that fixes it.",
    flags: [
      {
        name: "inactive-days",
        value: "n",
        description: "Users, keys and service accounts unused this long (or never) are listed. Default: 90.",
      },
      {
        name: "invite-days",
        value: "n",
        description: "Pending invites older than this are listed. Default: 14.",
      },
      html,
      format,
    ],
    example: ["report", "access", "--inactive-days", "60", "--html", "access.html"],
  },
  costs: {
    words: ["report", "costs"],
    summary: "Costs per day and per project, line item or API key, with a bar chart.",
    flags: [
      {
        name: "since",
        value: "time",
        description: "Start of the report: how long ago (30d), a date or Unix seconds. Default: 30d.",
      },
      {
        name: "by",
        value: Object.keys(COST_GROUPINGS).join("|"),
        choices: Object.keys(COST_GROUPINGS),
        description: "What the costs are split by. Default: project.",
      },
      html,
      format,
    ],
    example: ["report", "costs", "--since", "7d", "--by", "line_item", "--format", "csv"],
  },
};
