// Help text, built from the manifest: every command documents its flags with type, default and
// allowed values, and shows an invocation derived from the spec's examples.
import { exitCodeTable } from "@openai-admin/client/error-contract";
import { commandFlags, type FlagDoc, globalFlags, type WorkflowCommand } from "../cli/global-flags.js";
import { positionalUsage } from "../input/request-input.js";
import { aliasOf, operations, operationsOf, resources } from "../manifest/lookup.js";
import type { Field, Operation, Resource, Schema } from "../manifest/types.js";

const BIN = "openai-admin";

/** Quotes an argument for a POSIX shell when it needs it. */
export function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}

export function typeLabel(schema: Schema): string {
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return "enum";
  if (schema.format === "email") return "email";
  if (schema.format === "unixtime") return "time";
  if (schema.type === "object") return "json";
  if (schema.type === "array") return `${typeLabel(schema.items ?? {})}[]`;
  return schema.type ?? "value";
}

function nestedSummary(schema: Schema): string {
  const required = new Set(schema.required ?? []);
  const parts = Object.entries(schema.properties ?? {}).map(([name, sub]) => {
    const notes = [typeLabel(sub) + (sub.nullable ? "|null" : "")];
    if (sub.enum) notes.push(`one of ${sub.enum.join("|")}`);
    if (required.has(name)) notes.push("required");
    if (sub.minItems !== undefined) notes.push(`at least ${sub.minItems}`);
    return `${name} (${notes.join(", ")})`;
  });
  return parts.length > 0 ? `Fields: ${parts.join(", ")}.` : "";
}

export function fieldDetails(field: Field): string {
  const { schema } = field;
  const notes: string[] = [];
  if (field.required && field.in !== "path") notes.push("Required.");
  if (field.description) notes.push(field.description.replace(/\s*$/, "").replace(/([^.])$/, "$1."));
  if (schema.enum) notes.push(`One of: ${schema.enum.join(", ")}.`);
  if (schema.type === "array" && schema.items?.enum)
    notes.push(`Each one of: ${schema.items.enum.join(", ")}.`);
  if ((schema.minimum !== undefined || schema.maximum !== undefined) && schema.format !== "unixtime") {
    const { minimum: min, maximum: max } = schema;
    notes.push(
      min !== undefined && max !== undefined
        ? `Range: ${min} to ${max}.`
        : min !== undefined
          ? `Minimum: ${min}.`
          : `Maximum: ${max}.`,
    );
  }
  if (schema.format === "unixtime")
    notes.push("Unix seconds, an ISO 8601 date or time (2026-11-01), or how long ago (30d, 12h).");
  if (schema.default !== undefined) notes.push(`Default: ${JSON.stringify(schema.default)}.`);
  if (schema.type === "array") {
    const objects = schema.items?.type === "object";
    notes.push(
      objects
        ? "Repeat the flag, one JSON object (or key=value,key=value) each."
        : field.commaSplits
          ? "Repeat the flag, or separate values with commas."
          : "Repeat the flag for more values (one per flag: a value may hold a comma).",
    );
    if (schema.items?.type === "object") notes.push(nestedSummary(schema.items));
  }
  if (schema.type === "object") notes.push(nestedSummary(schema));
  if (schema.nullable) notes.push("Pass null to clear.");
  if (field.aliases?.length) notes.push(`Also ${field.aliases.map((a) => `--${a}`).join(", ")}.`);
  return notes.filter(Boolean).join(" ");
}

function table(rows: readonly (readonly [string, string])[], indent = "  "): string {
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `${indent}${left.padEnd(width)}  ${right}`.trimEnd()).join("\n");
}

function flagRows(flags: readonly FlagDoc[]): [string, string][] {
  return flags.map((f) => [
    `${f.short ? `-${f.short}, ` : ""}--${f.name}${f.value ? ` ${f.value}` : ""}`,
    f.description,
  ]);
}

export function commandLine(args: readonly string[]): string {
  return [BIN, ...args].map(shellQuote).join(" ");
}

export function topHelp(version: string): string {
  const verbs = (r: Resource) =>
    operationsOf(r.name)
      .map((o) => o.verb)
      .join(", ");
  const exampleOf = (resource: string, verb: string) =>
    operations.find((o) => o.resource === resource && o.verb === verb)?.example ?? [resource, verb];
  return `${BIN} ${version}: the OpenAI Administration API from the command line.

Usage:
  ${BIN} <resource> <verb> [ids...] [flags]
  ${BIN} <resource> --help          list a resource's verbs
  ${BIN} <resource> <verb> --help   a command's flags, with an example
  ${BIN} report access|costs        reports: an access review, costs per day ('report --help')
  ${BIN} completion bash|zsh|fish
  ${BIN} org export|plan|apply      the organization as a document ('${BIN} org --help')

Resources (official names work too, e.g. admin:organization:users):
${table(resources.map((r) => [r.name, `${r.description} Verbs: ${verbs(r)}.`]))}

Global flags:
${table(flagRows(globalFlags))}

Environment:
${table([
  ["OPENAI_ADMIN_KEY", "Admin API key (or --admin-api-key). Not needed with --mock."],
  ["OPENAI_BASE_URL", "API base URL (or --base-url)."],
  ["OPENAI_ADMIN_PROFILE", "Profile of the config file to use (or --profile)."],
  ["NO_COLOR", "Set to disable color."],
])}

Exit codes:
${table(exitCodeTable.map(([code, meaning]) => [String(code), meaning]))}

Examples:
  $ ${BIN} users list --mock
  $ ${commandLine(exampleOf("users", "retrieve"))} --format yaml
  $ ${BIN} users list --query '[].email' --format json
  $ ${commandLine(exampleOf("projects:model-permissions", "update"))} --dry-run
`;
}

/** `retrieve (get)`: a verb with the short form it also answers to. */
const verbLabel = (verb: string) => {
  const alias = aliasOf(verb);
  return alias ? `${verb} (${alias})` : verb;
};

/** Commands of a resource that are not one operation (src/offboard), after its verbs. */
const workflows = (resource: Resource): string =>
  resource.name === "users"
    ? `\nAlso: ${BIN} users offboard <user> revokes their project API keys, removes them from every project\nand group and deletes them, as one confirmed plan ('${BIN} users offboard --help').\n`
    : "";

export function resourceHelp(resource: Resource): string {
  const ops = operationsOf(resource.name);
  return `${resource.name}: ${resource.description}

Usage:
  ${BIN} ${resource.name} <verb> [ids...] [flags]
  (also: ${BIN} ${resource.fullName} <verb>)

Verbs:
${table(ops.map((o) => [verbLabel(o.verb), `${o.summary}  (${o.method} ${o.path})`]))}
${workflows(resource)}
Run '${BIN} ${resource.name} <verb> --help' for a verb's flags.
`;
}

/** Path ids that also take an email or a name say so. */
const lookupNote = (field: Field) =>
  field.lookup
    ? ` Or the ${field.lookup.noun}'s ${field.lookup.by === "email" ? "email" : "exact name"} (looked up first).`
    : "";

export function commandHelp(op: Operation): string {
  const args = positionalUsage(op);
  const pathFields = op.fields.filter((f) => f.in === "path");
  const inputs = op.fields.filter((f) => f.in !== "path");
  const sections: string[] = [];
  sections.push(
    op.description && op.description !== op.summary ? `${op.summary}\n\n${op.description}` : op.summary,
  );
  sections.push(
    `Usage:\n  ${BIN} ${op.resource} ${op.verb}${args ? ` ${args}` : ""} [flags]\n  (also: ${aliasOf(op.verb) ? `${BIN} ${op.resource} ${aliasOf(op.verb)}, ` : ""}${BIN} ${op.fullResource} ${op.fullVerb ?? op.verb})`,
  );
  let request = `Request:\n  ${op.method} ${op.path}`;
  if (op.pagination) request += "\n  Pages through the whole list by default, printing items as they arrive.";
  if (op.destructive) request += "\n  Asks for confirmation on a terminal; pass --yes in scripts.";
  sections.push(request);
  if (pathFields.length > 0) {
    sections.push(
      `Arguments (in this order, or as flags):\n${table(
        pathFields.map((f) => [
          `<${f.flag}>`,
          `${f.description ?? ""} Also --${f.flag}.${lookupNote(f)}`.trim(),
        ]),
      )}`,
    );
  }
  if (inputs.length > 0) {
    const title = op.hasBody ? "Flags (query parameters and body fields)" : "Flags";
    sections.push(
      `${title}:\n${table(inputs.map((f) => [`--${f.flag} ${typeLabel(f.schema)}`, fieldDetails(f)]))}`,
    );
  }
  const extra = commandFlags(op);
  if (extra.length > 0) sections.push(`Command flags:\n${table(flagRows(extra))}`);
  sections.push(`Example (from the spec):\n  $ ${commandLine(op.example)}`);
  sections.push(
    `Global flags:\n${table(flagRows(globalFlags.filter((f) => f.name !== "version")))}\n\nRun '${BIN} --help' for exit codes and environment variables.`,
  );
  return `${sections.join("\n\n")}\n`;
}

/** `openai-admin org plan -f org.yaml [flags]` */
export const workflowUsage = (command: WorkflowCommand): string =>
  `${BIN} ${command.words.join(" ")}${command.usage ? ` ${command.usage}` : ""} [flags]`;

/** The global flags a workflow command takes besides its own, when it does not take them all. */
export function workflowGlobalFlags(command: WorkflowCommand): string[] | undefined {
  const own = new Set(command.flags.map((f) => f.name));
  return command.globals?.filter((name) => !own.has(name) && name !== "help").map((name) => `--${name}`);
}

/** Which global flags a workflow command takes, as a sentence. */
export function workflowGlobals(command: WorkflowCommand): string {
  const flags = workflowGlobalFlags(command);
  if (!flags) return `The global flags apply too (--mock, --profile, --base-url, ...): see '${BIN} --help'.`;
  return `Global flags it takes: ${flags.join(", ")}.`;
}

const workflowBlock = (command: WorkflowCommand): string =>
  `  ${workflowUsage(command)}\n      ${command.summary}\n${table(flagRows(command.flags), "      ")}`;

/** Help for one workflow command (not an operation of the spec), from the list it parses with. */
export function workflowHelp(command: WorkflowCommand, notes = ""): string {
  const sections = [command.summary];
  if (command.description) sections.push(command.description);
  sections.push(
    `Usage:\n  ${workflowUsage(command)}`,
    `Flags:\n${table(flagRows(command.flags))}`,
    `${workflowGlobals(command)}${notes}`,
    `Example:\n  $ ${commandLine(command.example)}`,
  );
  return `${sections.join("\n\n")}\n`;
}

/** Help for a family of workflow commands (`org`, `report`): each one's usage, summary and flags. */
export function workflowsHelp(intro: string, commands: readonly WorkflowCommand[], outro: string): string {
  const examples = commands.map((c) => `  $ ${commandLine(c.example)}`).join("\n");
  return `${intro}\n\nUsage:\n${commands.map(workflowBlock).join("\n\n")}\n\n${outro}\n\nExamples:\n${examples}\n`;
}
