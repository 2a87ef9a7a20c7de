// The commands that are not one operation of the spec, each with the flags it parses: shell
// completion and the reference (docs/cli) list them beside the operations. Kept out of the
// start-up path: only completion and the reference read this.
import { offboardCommand } from "../offboard/flags.js";
import { ORG_ABOUT, orgCommands } from "../org/flags.js";
import { REPORT_ABOUT, reportCommands } from "../report/flags.js";
import type { WorkflowCommand } from "./global-flags.js";

/** A first word that is not a resource (`org`, `report`), what it is about, and its commands. */
export interface WorkflowFamily {
  name: string;
  about: string;
  commands: readonly WorkflowCommand[];
}

export const workflowFamilies: readonly WorkflowFamily[] = [
  { name: "org", about: ORG_ABOUT, commands: Object.values(orgCommands) },
  { name: "report", about: REPORT_ABOUT, commands: Object.values(reportCommands) },
];

/** Every workflow command: the families', then those under a resource (`users offboard`). */
export const workflowCommands: readonly WorkflowCommand[] = [
  ...workflowFamilies.flatMap((f) => f.commands),
  offboardCommand,
];
