// `org export|plan|apply`: what each takes. org/command.ts parses with these lists; its help, shell
// completion and the reference (docs/cli) show them.
import type { FlagDoc, WorkflowCommand } from "../cli/global-flags.js";

/** The global flags org takes: how to reach the organization, not how to print a result. */
const connection = [
  "admin-api-key",
  "profile",
  "base-url",
  "timeout",
  "max-retries",
  "header",
  "mock",
  "quiet",
  "debug",
  "no-color",
  "help",
];

const file: FlagDoc = {
  name: "file",
  short: "f",
  value: "org.yaml",
  description: "The document (YAML or JSON). Required.",
};
const prune: FlagDoc = {
  name: "prune",
  boolean: true,
  description:
    "Also remove what the document does not list, and make the removals it asks for (spend_limit: null, status: archived).",
};
const detailedExitcode: FlagDoc = {
  name: "detailed-exitcode",
  boolean: true,
  description: "Exit 0 with no changes, 2 with changes, anything else on error.",
};

export const ORG_ABOUT =
  "The organization as a document: export it, compare a document with the live organization, and make the organization match it.";

const DOCUMENT =
  "The document is keyed by emails and names: users, invites, custom roles and who has them, groups, projects (settings, custom roles, members, groups, service accounts), spend limit and data retention.";

const PRUNE_NOTE =
  "What the document does not list is left alone; --prune removes it (and makes the removals the document asks for: spend_limit: null, status: archived). No plan removes or demotes the last owner.";

export type OrgVerb = "export" | "plan" | "apply";

export const orgCommands: Record<OrgVerb, WorkflowCommand> = {
  export: {
    words: ["org", "export"],
    summary: "Write the live organization as a document (stdout without -o).",
    description: DOCUMENT,
    flags: [
      {
        name: "format",
        value: "yaml|json",
        choices: ["yaml", "json"],
        description: "The document's format. Default: yaml.",
      },
      { name: "output", short: "o", value: "org.yaml", description: "Write the document to this file." },
    ],
    globals: connection,
    example: ["org", "export", "-o", "org.yaml"],
  },
  plan: {
    words: ["org", "plan"],
    usage: "-f org.yaml",
    summary: "Compare the document with the live organization: + create, ~ update (old -> new), - remove.",
    description: PRUNE_NOTE,
    flags: [
      file,
      prune,
      {
        name: "format",
        value: "text|json",
        choices: ["text", "json"],
        description: "How the plan is printed. Default: text.",
      },
      detailedExitcode,
    ],
    globals: connection,
    example: ["org", "plan", "-f", "org.yaml", "--prune"],
  },
  apply: {
    words: ["org", "apply"],
    usage: "-f org.yaml",
    summary:
      "Show the plan, ask, then make it so, in dependency order. Safe to run again: matching by natural keys means a second apply does only what is left and never creates anything twice.",
    description: `${PRUNE_NOTE} Without a terminal, apply needs --yes (exit 2, nothing sent).`,
    flags: [
      file,
      prune,
      {
        name: "yes",
        short: "y",
        boolean: true,
        description: "Do not ask for confirmation (required when not on a terminal).",
      },
      { name: "dry-run", boolean: true, description: "Show the plan and change nothing." },
      {
        name: "concurrency",
        value: "n",
        description: "Requests in flight (default 4), fewer after a 429 (Retry-After is waited out).",
      },
      detailedExitcode,
    ],
    globals: connection,
    example: ["org", "apply", "-f", "org.yaml", "--yes"],
  },
};
