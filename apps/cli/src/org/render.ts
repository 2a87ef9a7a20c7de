// A plan as people read it (terraform's marks: `+` create, `~` update with old -> new, `-` remove)
// and as bots read it (`--format json`).
import type { Action, Change, Plan } from "./changes.js";

const MARK: Record<Action, string> = { create: "+", update: "~", remove: "-", archive: "-" };

const show = (value: unknown): string =>
  value === undefined
    ? "(unset)"
    : Array.isArray(value)
      ? `[${value.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ")}]`
      : typeof value === "string"
        ? value
        : JSON.stringify(value);

function changeLines(change: Change, style: (code: string, text: string) => string): string[] {
  const mark = MARK[change.action];
  const color = mark === "+" ? "32" : mark === "~" ? "33" : "31";
  const verb = change.action === "archive" ? "archive " : "";
  const lines = [`  ${style(color, mark)} ${verb}${change.kind} ${change.key}`];
  for (const field of change.fields) {
    if (change.action === "update")
      lines.push(`      ${field.name}: ${show(field.from)} -> ${show(field.to)}`);
    else if (change.action === "create") lines.push(`      ${field.name}: ${show(field.to)}`);
    else lines.push(`      ${field.name}: ${show(field.from)}`);
  }
  return lines;
}

export function summary(plan: Plan): { create: number; update: number; remove: number } {
  const count = (...actions: Action[]) => plan.changes.filter((c) => actions.includes(c.action)).length;
  return { create: count("create"), update: count("update"), remove: count("remove", "archive") };
}

export function planText(plan: Plan, style: (code: string, text: string) => string = (_, t) => t): string {
  const out: string[] = [];
  if (plan.changes.length === 0) out.push("No changes. The organization matches the document.");
  else {
    for (const change of plan.changes) out.push(...changeLines(change, style));
    const s = summary(plan);
    out.push("", `Plan: ${s.create} to create, ${s.update} to update, ${s.remove} to remove.`);
  }
  if (plan.held.length > 0) {
    out.push("", "Held back (the document asks for these removals; pass --prune to make them):");
    for (const change of plan.held) out.push(...changeLines(change, style));
  }
  if (plan.notes.length > 0) {
    out.push("", "Not done now:");
    for (const note of plan.notes) out.push(`  ${note}`);
  }
  return `${out.join("\n")}\n`;
}

const plain = (change: Change) => ({
  action: change.action,
  kind: change.kind,
  key: change.key,
  fields: change.fields,
});

export function planJson(plan: Plan): string {
  return `${JSON.stringify(
    {
      summary: summary(plan),
      changes: plan.changes.map(plain),
      held: plan.held.map(plain),
      notes: plan.notes,
    },
    null,
    2,
  )}\n`;
}
