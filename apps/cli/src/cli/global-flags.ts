import { retriedFailures } from "@openai-admin/client/error-contract";
import type { Operation } from "../manifest/types.js";
import type { FlagSpec } from "./argv.js";

export interface FlagDoc extends FlagSpec {
  /** Value placeholder shown in help, e.g. `format`, `seconds`. */
  value?: string;
  /** The values it takes, when they are a fixed few: shell completion offers them. */
  choices?: readonly string[];
  description: string;
}

export const FORMATS = ["auto", "table", "json", "jsonl", "yaml", "csv", "text"] as const;
export type Format = (typeof FORMATS)[number];

/** Flags every command takes. */
export const globalFlags: readonly FlagDoc[] = [
  {
    name: "format",
    short: "o",
    value: "format",
    choices: FORMATS,
    description: `Output format: ${FORMATS.join(", ")}. auto is a table on a terminal, JSON otherwise; text is for scripts (no quotes, one line per item, tab-separated fields).`,
  },
  { name: "raw-output", boolean: true, short: "r", description: "Same as --format text." },
  {
    name: "columns",
    value: "a,b,c",
    description: "Fields to show, in this order, with --format table, csv or text.",
  },
  {
    name: "time-format",
    value: "iso|unix",
    choices: ["iso", "unix"],
    description: "How tables and CSV show times: iso (2026-11-01T09:00:00Z, the default) or unix seconds.",
  },
  {
    name: "query",
    short: "q",
    value: "jmespath",
    description: "JMESPath expression applied to the result before output.",
  },
  {
    name: "admin-api-key",
    value: "key",
    description: "Admin API key. Default: $OPENAI_ADMIN_KEY.",
  },
  {
    name: "profile",
    value: "name",
    description:
      "Profile from the config file ($XDG_CONFIG_HOME/openai-admin/config.toml or .yaml). Default: $OPENAI_ADMIN_PROFILE, else the file's default_profile.",
  },
  {
    name: "base-url",
    value: "url",
    description: "API base URL. Default: $OPENAI_BASE_URL, else https://api.openai.com/v1.",
  },
  {
    name: "timeout",
    value: "seconds",
    description:
      "Per-attempt timeout in seconds (default 60; fractions allowed; a `ms` suffix means milliseconds).",
  },
  {
    name: "max-retries",
    value: "n",
    description: `Retries on ${retriedFailures}, honouring Retry-After.`,
  },
  {
    name: "header",
    value: "'Name: value'",
    description: "Extra request header; repeatable (e.g. 'OpenAI-Organization: org_abc').",
  },
  {
    name: "mock",
    boolean: true,
    description:
      "Run against a built-in fake organization that remembers changes between commands; no key needed. 'openai-admin mock reset' starts it over.",
  },
  { name: "quiet", boolean: true, description: "No notices on stderr while retrying." },
  {
    name: "debug",
    boolean: true,
    description: "Log requests and responses (key redacted) and stack traces on stderr.",
  },
  { name: "no-color", boolean: true, description: "Disable color (also: NO_COLOR=1)." },
  { name: "help", boolean: true, short: "h", description: "Show help." },
  { name: "version", boolean: true, description: "Print the version." },
];

/** Flags a command takes on top of its operation's inputs, depending on what it does. */
export function commandFlags(op: Operation): FlagDoc[] {
  const flags: FlagDoc[] = [];
  if (op.hasBody) {
    flags.push({
      name: "data",
      value: "json|@file|-",
      description:
        "Whole request body as JSON or YAML: inline, @file, or - for stdin. Flags override its fields.",
    });
  }
  if (op.method !== "GET") {
    flags.push({
      name: "dry-run",
      boolean: true,
      description: "Print the request (method, URL, headers, body) and send nothing.",
    });
    flags.push(...bulkFlags);
  }
  if (op.destructive) {
    flags.push({
      name: "yes",
      boolean: true,
      short: "y",
      description: "Do not ask for confirmation (required when not on a terminal).",
    });
  }
  if (op.pagination) {
    flags.push(
      { name: "max-items", value: "n", description: "Stop after n items." },
      { name: "page-size", value: "n", description: "Items per request (sets --limit)." },
      {
        name: "no-paginate",
        boolean: true,
        description: "Fetch one page only and print it whole, cursors included.",
      },
    );
  }
  return flags;
}

/** What every write command takes to run once per row of a file (src/bulk). */
const bulkFlags: readonly FlagDoc[] = [
  {
    name: "from-file",
    value: "rows.csv|rows.jsonl",
    description:
      "One request per row: CSV with a header (or JSON Lines), columns named as this command's flags; flags given here apply to every row. Rows already true are skipped; a journal lets --resume continue.",
  },
  {
    name: "resume",
    boolean: true,
    description: "With --from-file: continue the last run of this file, never sending a row twice.",
  },
  {
    name: "concurrency",
    value: "n",
    description: "With --from-file: at most n requests at once (default 16; starts at 4, halves on 429).",
  },
];

/**
 * A command that is not one operation of the spec (`org plan`, `report costs`, `users offboard`).
 * Its flags are listed once, here: the command parses with them, and its help, shell completion
 * and the reference (docs/cli) show them.
 */
export interface WorkflowCommand {
  /** The two words that run it: ["org", "plan"]. */
  words: readonly [string, string];
  /** What its usage line shows after the words and before [flags]: "-f org.yaml", "<user>". */
  usage?: string;
  summary: string;
  /** More about it, for the reference. */
  description?: string;
  /** Its own flags. One named as a global flag takes that flag's place (other values, say). */
  flags: readonly FlagDoc[];
  /** The global flags it takes, by name, when it does not take all of them. */
  globals?: readonly string[];
  /** A command line after the program's name, shown in the reference. */
  example: readonly string[];
}

/** Every flag a workflow command takes: the global ones it takes (its own in their place), then its own. */
export function acceptedFlags(command: WorkflowCommand): FlagDoc[] {
  const own = new Map(command.flags.map((f) => [f.name, f]));
  const globals = globalFlags
    .filter((f) => command.globals?.includes(f.name) ?? true)
    .map((f) => own.get(f.name) ?? f);
  return [...new Set([...globals, ...command.flags])];
}
