// `users offboard <user>`: what it takes. offboard/command.ts parses with this list; its help, shell
// completion and the reference (docs/cli) show it.
import type { WorkflowCommand } from "../cli/global-flags.js";

export const offboardCommand: WorkflowCommand = {
  words: ["users", "offboard"],
  usage: "<user>",
  summary:
    "Offboard someone in one go: revoke the project API keys they own, remove them from every project and group, then delete the user.",
  description:
    "<user> is an email or a user id. The plan is printed first and asked about on a terminal; without a terminal, --yes is required (nothing is sent without it). Refused for the organization's last owner.",
  flags: [
    { name: "dry-run", boolean: true, description: "Print the plan (reads only) and change nothing." },
    {
      name: "yes",
      boolean: true,
      short: "y",
      description: "Do not ask for confirmation (required when not on a terminal).",
    },
    { name: "user-id", value: "id", description: "The user, instead of the argument." },
  ],
  example: ["users", "offboard", "linus.corbato@example.com", "--dry-run"],
};
