// What a plan is made of: changes, each with what it does to which object (by natural key), the
// phase it runs in, and the calls that make it. Shared by the planners of each section.
import type { OrgApi } from "./api.js";
import type { LiveOrg } from "./live.js";

export type Action = "create" | "update" | "remove" | "archive";

export interface FieldChange {
  name: string;
  from?: unknown;
  to?: unknown;
}

/**
 * Dependency order: 1 what stands alone (roles, groups, projects, promotions, organization
 * settings), 2 what lives in those (project settings and roles, members, invites), 3 role
 * assignments, 4 removals and demotions, 5 archives.
 */
export type Phase = 1 | 2 | 3 | 4 | 5;

export interface Change {
  action: Action;
  /** What it is: `user`, `invite`, `project`, `project user`, `group member`... */
  kind: string;
  /** Which one, by natural key: `grace@example.com`, `"Internal Tools" alice@example.com`. */
  key: string;
  fields: FieldChange[];
  phase: Phase;
  run: (ctx: RunContext) => Promise<unknown>;
}

export interface Plan {
  changes: Change[];
  /** Removals the document asks for, not made without --prune. */
  held: Change[];
  /** What no call can do now: a member who waits for their invite to be accepted, a model without limits. */
  notes: string[];
}

/** Ids by natural key, filled from the live organization and by each create as it happens. */
export interface RunContext {
  api: OrgApi;
  ids: {
    users: Map<string, string>;
    projects: Map<string, string>;
    groups: Map<string, string>;
    roles: Map<string, string>;
    /** By `projectRoleKey(project, role)`. */
    projectRoles: Map<string, string>;
  };
}

export const projectRoleKey = (project: string, role: string) => `${project}\u0000${role}`;

export type Item = Record<string, unknown>;
type Run = Change["run"];

export const created = (
  kind: string,
  key: string,
  phase: Phase,
  run: Run,
  fields: FieldChange[] = [],
): Change => ({
  action: "create",
  kind,
  key,
  fields,
  phase,
  run,
});
export const updated = (
  kind: string,
  key: string,
  phase: Phase,
  fields: FieldChange[],
  run: Run,
): Change => ({
  action: "update",
  kind,
  key,
  fields,
  phase,
  run,
});
export const removed = (kind: string, key: string, run: Run, fields: FieldChange[] = []): Change => ({
  action: "remove",
  kind,
  key,
  fields,
  phase: 4,
  run,
});

/** Collects a plan's changes, deciding what --prune lets through. */
export class PlanBuilder {
  readonly plan: Plan = { changes: [], held: [], notes: [] };

  constructor(readonly prune: boolean) {}

  add(change: Change): void {
    this.plan.changes.push(change);
  }

  /** A removal the document asks for (spend_limit: null, status: archived): held back without --prune. */
  asked(change: Change): void {
    (this.prune ? this.plan.changes : this.plan.held).push(change);
  }

  note(text: string): void {
    this.plan.notes.push(text);
  }

  /** With --prune, removes each live item whose key the document's list does not have. */
  pruneUnlisted<T>(
    live: readonly T[],
    listed: Iterable<string>,
    keyOf: (item: T) => string,
    removal: (item: T) => Change,
  ): void {
    if (!this.prune) return;
    const keep = new Set(listed);
    for (const item of live) if (!keep.has(keyOf(item))) this.plan.changes.push(removal(item));
  }
}

export function need(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (id === undefined) throw new Error(`${what} ${key} does not exist (was its creation refused?)`);
  return id;
}

export function contextIds(live: LiveOrg): RunContext["ids"] {
  return {
    users: new Map(live.users.map((u) => [u.email.toLowerCase(), u.id])),
    projects: new Map(live.projects.map((p) => [p.name, p.id])),
    groups: new Map(live.groups.map((g) => [g.name, g.id])),
    roles: new Map(live.roles.map((r) => [r.name, r.id])),
    projectRoles: new Map(
      live.projects.flatMap((p) => p.roles.map((r) => [projectRoleKey(p.name, r.name), r.id])),
    ),
  };
}

export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
export const sortedCopy = (items: readonly string[]) => [...items].sort();
/** A name as plans show it: quoted, so `"Data Science"` reads as one name. */
export const q = (name: string) => JSON.stringify(name);
