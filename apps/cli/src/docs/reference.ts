// The command reference a person browses (docs/cli/), made from the same manifest and help
// helpers as `--help`: one page per top-level resource, every command with its arguments, flags
// and an example from the spec, and the workflow commands (org, report, users offboard) from the
// flag lists they parse with. scripts/docs.mjs writes it; check-generated fails when it is stale.
import { exitCodeTable } from "@openai-admin/client/error-contract";
import { commandFlags, type FlagDoc, globalFlags, type WorkflowCommand } from "../cli/global-flags.js";
import { type WorkflowFamily, workflowCommands, workflowFamilies } from "../cli/workflows.js";
import { commandLine, fieldDetails, typeLabel, workflowGlobalFlags, workflowUsage } from "../help/help.js";
import { positionalUsage } from "../input/request-input.js";
import { operationsOf, resources } from "../manifest/lookup.js";
import type { Operation, Resource } from "../manifest/types.js";

const BIN = "openai-admin";

export interface Page {
  /** Relative to docs/cli/. */
  file: string;
  markdown: string;
}

/** Table cells: one line, and a `|` that does not end the cell. */
const cell = (text: string) => text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
const fence = (text: string, lang = "") => `\`\`\`${lang}\n${text}\n\`\`\``;
/** Inline code; in a table, `cell` escapes its `|`. */
const code = (text: string) => `\`${text}\``;
/** Help text as Markdown: `<user>` would be read as an HTML tag, and flags read better as code. */
const prose = (text: string) => text.replace(/<[\w-]+>|(?<=^|[\s(])--?[\w-]+/g, (word) => code(word));

function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ].join("\n");
}

function flagTable(flags: readonly FlagDoc[]): string {
  return mdTable(
    ["Flag", "Description"],
    flags.map((f) => [
      code(`${f.short ? `-${f.short}, ` : ""}--${f.name}${f.value ? ` ${f.value}` : ""}`),
      f.description,
    ]),
  );
}

/** The page a resource is on: its first segment (`projects:spend-alerts` is on projects.md). */
const pageOf = (resource: Resource) => `${resource.name.split(":")[0]}.md`;
const anchor = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\w\- ]/g, "")
    .replace(/ /g, "-");
const commandTitle = (op: Operation) => `${BIN} ${op.resource} ${op.verb}`;
const workflowTitle = (c: WorkflowCommand) => `${BIN} ${c.words.join(" ")}`;
/** The workflow commands under a resource's name (`users offboard`). */
const workflowsOf = (resource: string) => workflowCommands.filter((c) => c.words[0] === resource);

function commandSection(op: Operation): string {
  const parts: string[] = [`### ${commandTitle(op)}`, op.summary.replace(/([^.])$/, "$1.")];
  if (op.description && op.description !== op.summary) parts.push(op.description);
  const args = positionalUsage(op);
  parts.push(fence(`${BIN} ${op.resource} ${op.verb}${args ? ` ${args}` : ""} [flags]`));
  const notes = [
    `Sends ${code(`${op.method} ${op.path}`)}.`,
    `Official name: ${code(`${op.fullResource} ${op.fullVerb ?? op.verb}`)}.`,
  ];
  if (op.pagination) notes.push("Pages through the whole list, printing items as they arrive.");
  if (op.destructive) notes.push("Asks for confirmation on a terminal; pass `--yes` in scripts.");
  parts.push(notes.join(" "));
  const pathFields = op.fields.filter((f) => f.in === "path");
  if (pathFields.length > 0) {
    parts.push(
      "Arguments (in this order, or as flags):",
      mdTable(
        ["Argument", "Description"],
        pathFields.map((f) => [
          code(`<${f.flag}>`),
          `${f.description ?? ""} Also ${code(`--${f.flag}`)}.`.trim(),
        ]),
      ),
    );
  }
  const inputs = op.fields.filter((f) => f.in !== "path");
  if (inputs.length > 0) {
    parts.push(
      op.hasBody ? "Flags (query parameters and body fields):" : "Flags:",
      mdTable(
        ["Flag", "Type", "Description"],
        inputs.map((f) => [code(`--${f.flag}`), typeLabel(f.schema), fieldDetails(f)]),
      ),
    );
  }
  const extra = commandFlags(op);
  if (extra.length > 0) parts.push("Command flags:", flagTable(extra));
  parts.push("Example (from the spec):", fence(commandLine(op.example), "sh"));
  return parts.join("\n\n");
}

function workflowSection(c: WorkflowCommand): string {
  const parts = [`### ${workflowTitle(c)}`, prose(c.summary)];
  if (c.description) parts.push(prose(c.description));
  const globals = workflowGlobalFlags(c);
  parts.push(
    fence(workflowUsage(c)),
    "Flags:",
    flagTable(c.flags),
    globals
      ? `Global flags it takes: ${globals.map(code).join(", ")}.`
      : "It takes the [global flags](README.md#global-flags) too.",
    "Example:",
    fence(commandLine(c.example), "sh"),
  );
  return parts.join("\n\n");
}

function resourcePage(top: string, members: readonly Resource[], header: string): Page {
  const lines: string[] = [header, `# ${top}`, "", "[All commands](README.md)", ""];
  for (const r of members) {
    lines.push(`- [${r.name}](#${anchor(r.name)}): ${r.description}`);
    for (const op of operationsOf(r.name)) {
      lines.push(`  - [${op.verb}](#${anchor(commandTitle(op))}): ${op.summary}`);
    }
    for (const c of workflowsOf(r.name)) {
      lines.push(`  - [${c.words[1]}](#${anchor(workflowTitle(c))}): ${prose(c.summary)}`);
    }
  }
  for (const r of members) {
    lines.push("", `## ${r.name}`, "", r.description, "", `Official name: ${code(r.fullName)}.`);
    for (const op of operationsOf(r.name)) lines.push("", commandSection(op));
    for (const c of workflowsOf(r.name)) lines.push("", workflowSection(c));
  }
  return { file: `${top}.md`, markdown: `${lines.join("\n")}\n` };
}

/** A page of workflow commands that share a first word (`org`, `report`). */
function familyPage(family: WorkflowFamily, header: string): Page {
  const lines: string[] = [
    header,
    `# ${family.name}`,
    "",
    "[All commands](README.md)",
    "",
    prose(family.about),
    "",
  ];
  for (const c of family.commands)
    lines.push(`- [${c.words[1]}](#${anchor(workflowTitle(c))}): ${prose(c.summary)}`);
  for (const c of family.commands) lines.push("", workflowSection(c));
  return { file: `${family.name}.md`, markdown: `${lines.join("\n")}\n` };
}

function indexPage(header: string): Page {
  const rows = resources.map((r) => [
    `[${r.name}](${pageOf(r)}#${anchor(r.name)})`,
    r.description,
    [
      ...operationsOf(r.name).map((op) => `[${op.verb}](${pageOf(r)}#${anchor(commandTitle(op))})`),
      ...workflowsOf(r.name).map((c) => `[${c.words[1]}](${pageOf(r)}#${anchor(workflowTitle(c))})`),
    ].join(", "),
  ]);
  // A workflow command is on its family's page (org.md), or on its resource's (users.md).
  const workflowRows = workflowCommands.map((c) => [
    `[${c.words.join(" ")}](${c.words[0].split(":")[0]}.md#${anchor(workflowTitle(c))})`,
    prose(c.summary),
  ]);
  const markdown = [
    header,
    `# ${BIN} command reference`,
    "",
    `Every command of \`${BIN}\`, one per operation of the spec, with its arguments, flags and an example`,
    "taken from the spec's examples, and the [workflow commands](#workflow-commands) that are not one operation.",
    "The same text is in the CLI: `openai-admin <resource> <verb> --help`.",
    "For installing, output formats, profiles and safety, see [the CLI's README](../../apps/cli/README.md).",
    "",
    fence(`${BIN} <resource> <verb> [ids...] [flags]`),
    "",
    "## Resources",
    "",
    mdTable(["Resource", "What it is", "Commands"], rows),
    "",
    "## Workflow commands",
    "",
    "Commands that are not one operation of the spec: each puts several together.",
    "",
    mdTable(["Command", "What it does"], workflowRows),
    "",
    "## Global flags",
    "",
    "Every command takes these.",
    "",
    flagTable(globalFlags),
    "",
    "## Exit codes",
    "",
    mdTable(
      ["Exit code", "Meaning"],
      exitCodeTable.map(([c, meaning]) => [String(c), meaning]),
    ),
    "",
  ].join("\n");
  return { file: "README.md", markdown };
}

/** Every page of docs/cli/, each starting with `header` (which says it is generated). */
export function referencePages(header: string): Page[] {
  const groups = new Map<string, Resource[]>();
  for (const r of resources) {
    const top = r.name.split(":")[0] ?? r.name;
    groups.set(top, [...(groups.get(top) ?? []), r]);
  }
  return [
    indexPage(header),
    ...[...groups].map(([top, members]) => resourcePage(top, members, header)),
    ...workflowFamilies.map((family) => familyPage(family, header)),
  ];
}
