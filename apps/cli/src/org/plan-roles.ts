// Custom roles and who has them, the same way wherever they are: roles of the organization or of
// a project (by name), and the roles assigned to a user, a group, a project user or a project group.
import { createOnce, listAll, remove } from "./api.js";
import {
  type Change,
  created,
  type FieldChange,
  type Item,
  type PlanBuilder,
  q,
  type RunContext,
  removed,
  same,
  sortedCopy,
  updated,
} from "./changes.js";
import type { RoleDoc } from "./document.js";
import type { Assigned, LiveRole } from "./live.js";

export interface RolesAt {
  /** `role` or `project role`. */
  kind: string;
  /** Where, for display: "" for the organization, `"Internal Tools" ` for a project. */
  where: string;
  phase: 1 | 2;
  live: readonly LiveRole[];
  wanted: readonly RoleDoc[];
  create: (ctx: RunContext, body: Record<string, unknown>) => Promise<string>;
  update: (ctx: RunContext, id: string, body: Record<string, unknown>) => Promise<unknown>;
  remove: (ctx: RunContext, id: string) => Promise<unknown>;
}

export function planCustomRoles(b: PlanBuilder, at: RolesAt): void {
  const live = new Map(at.live.map((r) => [r.name, r]));
  for (const role of at.wanted) {
    const current = live.get(role.name);
    const description = role.description ?? null;
    const key = `${at.where}${q(role.name)}`;
    if (!current) {
      const body = { role_name: role.name, permissions: role.permissions, description };
      b.add(
        created(at.kind, key, at.phase, (ctx) => at.create(ctx, body), [
          { name: "permissions", to: role.permissions },
        ]),
      );
      continue;
    }
    const fields: FieldChange[] = [];
    if (!same(sortedCopy(current.permissions), sortedCopy(role.permissions)))
      fields.push({ name: "permissions", from: current.permissions, to: role.permissions });
    if (role.description !== undefined && current.description !== description)
      fields.push({ name: "description", from: current.description, to: description });
    if (fields.length === 0) continue;
    const body = {
      permissions: role.permissions,
      ...(role.description !== undefined ? { description } : {}),
    };
    b.add(updated(at.kind, key, at.phase, fields, (ctx) => at.update(ctx, current.id, body)));
  }
  b.pruneUnlisted(
    at.live,
    at.wanted.map((r) => r.name),
    (r) => r.name,
    (r) => removed(at.kind, `${at.where}${q(r.name)}`, (ctx) => at.remove(ctx, r.id)),
  );
}

/** The create of a custom role, once: looked up by name in `list` after a lost answer. */
export async function createRole(
  ctx: RunContext,
  operationId: string,
  list: string,
  path: Record<string, string>,
  body: Record<string, unknown>,
): Promise<string> {
  const made = await createOnce<Item>(ctx.api, operationId, { path, body }, async () =>
    (await listAll<Item>(ctx.api, list, { path })).find((r) => r.name === body.role_name),
  );
  return String(made.id);
}

export interface Assignments {
  /** `user role`, `group role`, `project user role`, `project group role`. */
  kind: string;
  /** Who, for display: `grace@example.com`, `"Internal Tools" "Data Science"`. */
  who: string;
  current: readonly Assigned[];
  /** Role names; left out in the document, none. */
  wanted: readonly string[];
  /** Role names that exist, or that this plan creates. */
  known: ReadonlySet<string>;
  roleId: (ctx: RunContext, name: string) => string;
  /** The list of assignments, its path, and the assign and unassign operations (role_id in the path). */
  path: (ctx: RunContext) => Record<string, string>;
  list: string;
  assign: string;
  unassign: string;
}

/** Roles given that the document lists, and (with --prune) taken back that it does not. */
export function planAssignments(b: PlanBuilder, a: Assignments): void {
  const have = new Set(a.current.map((r) => r.name));
  for (const name of a.wanted) {
    if (have.has(name)) continue;
    if (!a.known.has(name)) {
      b.note(`${a.kind} ${a.who} ${q(name)}: no custom role has that name`);
      continue;
    }
    b.add(
      created(a.kind, `${a.who} ${q(name)}`, 3, async (ctx) => {
        const path = a.path(ctx);
        const roleId = a.roleId(ctx, name);
        await createOnce(ctx.api, a.assign, { path, body: { role_id: roleId } }, async () =>
          (await listAll<Item>(ctx.api, a.list, { path })).find((r) => r.id === roleId),
        );
      }),
    );
  }
  b.pruneUnlisted(
    a.current,
    a.wanted,
    (r) => r.name,
    (r): Change =>
      removed(a.kind, `${a.who} ${q(r.name)}`, (ctx) =>
        remove(ctx.api, a.unassign, { path: { ...a.path(ctx), role_id: r.id } }),
      ),
  );
}
