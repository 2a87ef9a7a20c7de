// `org plan`: the document against the live organization, matched by natural keys (emails and
// names), as a list of changes that apply can run. Stateless: nothing is remembered between runs,
// so a second plan after a partial apply lists only what is left.
//
// Rules:
// - a section the document leaves out is left alone (even with --prune);
// - objects of a section that the document does not list are removed only with --prune;
// - removals the document asks for (spend_limit: null, status: archived) are held back without
//   --prune, and listed as such;
// - no plan leaves the organization without an owner.
import { call, createOnce, listAll, type OrgApi, remove } from "./api.js";
import {
  alertKey,
  emailKey,
  type OrgDocument,
  type ProjectDoc,
  type RateLimit,
  type SpendAlert,
  type SpendLimit,
} from "./document.js";
import type { LiveOrg, LiveProject } from "./live.js";

export type Action = "create" | "update" | "remove" | "archive";

export interface FieldChange {
  name: string;
  from?: unknown;
  to?: unknown;
}

export interface Change {
  action: Action;
  /** What it is: `user`, `invite`, `project`, `project user`, `group member`... */
  kind: string;
  /** Which one, by natural key: `grace@example.com`, `"Internal Tools" alice@example.com`. */
  key: string;
  fields: FieldChange[];
  /** Dependency order: 1 creates and promotions, 2 what needs them, 3 removals and demotions, 4 archives. */
  phase: 1 | 2 | 3 | 4;
  run: (ctx: RunContext) => Promise<unknown>;
}

export interface Plan {
  changes: Change[];
  /** Removals the document asks for, not made without --prune. */
  held: Change[];
  /** What no call can do now: a member that waits for its invite to be accepted, a model without limits. */
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
  };
}

export class OwnerGuardError extends Error {}

type Item = Record<string, unknown>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sortedCopy = (items: readonly string[]) => [...items].sort();
const q = (name: string) => JSON.stringify(name);

function need(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (id === undefined) throw new Error(`${what} ${key} does not exist (was its creation refused?)`);
  return id;
}

export function contextIds(live: LiveOrg): RunContext["ids"] {
  return {
    users: new Map(live.users.map((u) => [emailKey(u.email), u.id])),
    projects: new Map(live.projects.map((p) => [p.name, p.id])),
    groups: new Map(live.groups.map((g) => [g.name, g.id])),
    roles: new Map(live.roles.map((r) => [r.name, r.id])),
  };
}

export function planChanges(doc: OrgDocument, live: LiveOrg, options: { prune: boolean }): Plan {
  const plan: Plan = { changes: [], held: [], notes: [] };
  const { prune } = options;
  /** A removal of an object the document does not list: only with --prune. */
  const unlisted = (change: Change) => {
    if (prune) plan.changes.push(change);
  };
  /** A removal the document asks for: held back without --prune. */
  const asked = (change: Change) => (prune ? plan.changes : plan.held).push(change);
  const add = (change: Change) => plan.changes.push(change);

  const liveUsers = new Map(live.users.map((u) => [emailKey(u.email), u]));
  const liveInvites = new Map(live.invites.map((i) => [emailKey(i.email), i]));
  const docProjects = doc.projects ?? [];
  /** Emails this plan invites: their project memberships travel with the invite. */
  const invitedNow = new Set<string>();

  const invite = (email: string, role: string, withProjects: boolean) => {
    const key = emailKey(email);
    invitedNow.add(key);
    const projects = withProjects
      ? docProjects
          .filter((p) => p.status !== "archived")
          .flatMap((p) => {
            const member = (p.users ?? []).find((u) => emailKey(u.email) === key);
            return member ? [{ name: p.name, role: member.role }] : [];
          })
      : [];
    add({
      action: "create",
      kind: "invite",
      key: email,
      fields: [
        { name: "role", to: role },
        ...(projects.length ? [{ name: "projects", to: projects.map((p) => `${p.name} (${p.role})`) }] : []),
      ],
      phase: 2,
      run: async ({ api, ids }) => {
        const body = {
          email,
          role,
          ...(withProjects
            ? { projects: projects.map((p) => ({ id: need(ids.projects, p.name, "project"), role: p.role })) }
            : {}),
        };
        await createOnce(api, "inviteUser", { body }, async () =>
          (await listAll<Item>(api, "list-invites")).find(
            (i) => i.status === "pending" && emailKey(String(i.email)) === key,
          ),
        );
      },
    });
  };

  // --- organization members and invites
  if (doc.users) {
    const listed = new Set(doc.users.map((u) => emailKey(u.email)));
    for (const user of doc.users) {
      const current = liveUsers.get(emailKey(user.email));
      if (current) {
        if (current.role !== user.role) {
          const promotion = user.role === "owner";
          add({
            action: "update",
            kind: "user",
            key: current.email,
            fields: [{ name: "role", from: current.role, to: user.role }],
            // Promotions before demotions: the organization always keeps an owner.
            phase: promotion ? 1 : 3,
            run: ({ api }) =>
              call(api, "modify-user", { path: { user_id: current.id }, body: { role: user.role } }),
          });
        }
      } else if (liveInvites.has(emailKey(user.email))) {
        plan.notes.push(`user ${user.email}: invited; joins when the invite is accepted`);
      } else invite(user.email, user.role, true);
    }
    for (const user of live.users) {
      if (listed.has(emailKey(user.email))) continue;
      unlisted({
        action: "remove",
        kind: "user",
        key: user.email,
        fields: [{ name: "role", from: user.role }],
        phase: 3,
        run: ({ api }) => remove(api, "delete-user", { path: { user_id: user.id } }),
      });
    }
  }
  if (doc.invites) {
    for (const wanted of doc.invites) {
      const key = emailKey(wanted.email);
      if (liveUsers.has(key)) plan.notes.push(`invite ${wanted.email}: already a member`);
      else if (liveInvites.has(key)) {
        const current = liveInvites.get(key);
        if (current && current.role !== wanted.role)
          plan.notes.push(
            `invite ${wanted.email}: pending as ${current.role}, not ${wanted.role}; invites cannot be changed (remove it and apply again)`,
          );
      } else invite(wanted.email, wanted.role, false);
    }
  }
  if (doc.invites || doc.users) {
    const wanted = new Set([...(doc.invites ?? []), ...(doc.users ?? [])].map((i) => emailKey(i.email)));
    for (const pending of live.invites) {
      // With only one of the two sections, an invite is the other section's business.
      if (!doc.invites || wanted.has(emailKey(pending.email))) continue;
      unlisted({
        action: "remove",
        kind: "invite",
        key: pending.email,
        fields: [{ name: "role", from: pending.role }],
        phase: 3,
        run: ({ api }) => remove(api, "delete-invite", { path: { invite_id: pending.id } }),
      });
    }
  }

  // --- custom roles
  if (doc.roles) {
    const liveRoles = new Map(live.roles.map((r) => [r.name, r]));
    for (const role of doc.roles) {
      const current = liveRoles.get(role.name);
      const description = role.description ?? null;
      if (!current) {
        add({
          action: "create",
          kind: "role",
          key: q(role.name),
          fields: [{ name: "permissions", to: role.permissions }],
          phase: 1,
          run: async ({ api, ids }) => {
            const body = { role_name: role.name, permissions: role.permissions, description };
            const made = await createOnce<Item>(api, "create-role", { body }, async () =>
              (await listAll<Item>(api, "list-roles")).find((r) => r.name === role.name),
            );
            ids.roles.set(role.name, String(made.id));
          },
        });
        continue;
      }
      const fields: FieldChange[] = [];
      if (!same(sortedCopy(current.permissions), sortedCopy(role.permissions)))
        fields.push({ name: "permissions", from: current.permissions, to: role.permissions });
      if (role.description !== undefined && current.description !== description)
        fields.push({ name: "description", from: current.description, to: description });
      if (fields.length)
        add({
          action: "update",
          kind: "role",
          key: q(role.name),
          fields,
          phase: 1,
          run: ({ api }) =>
            call(api, "update-role", {
              path: { role_id: current.id },
              body: {
                permissions: role.permissions,
                ...(role.description !== undefined ? { description } : {}),
              },
            }),
        });
    }
    const listed = new Set(doc.roles.map((r) => r.name));
    for (const role of live.roles)
      if (!listed.has(role.name))
        unlisted({
          action: "remove",
          kind: "role",
          key: q(role.name),
          fields: [],
          phase: 3,
          run: ({ api }) => remove(api, "delete-role", { path: { role_id: role.id } }),
        });
  }

  // --- groups
  if (doc.groups) {
    const liveGroups = new Map(live.groups.map((g) => [g.name, g]));
    for (const group of doc.groups) {
      const current = liveGroups.get(group.name);
      if (!current)
        add({
          action: "create",
          kind: "group",
          key: q(group.name),
          fields: [],
          phase: 1,
          run: async ({ api, ids }) => {
            const made = await createOnce<Item>(
              api,
              "create-group",
              { body: { name: group.name } },
              async () => (await listAll<Item>(api, "list-groups")).find((g) => g.name === group.name),
            );
            ids.groups.set(group.name, String(made.id));
          },
        });
      const members = new Map((current?.members ?? []).map((m) => [emailKey(m.email), m]));
      for (const email of group.members ?? []) {
        if (members.has(emailKey(email))) continue;
        const user = liveUsers.get(emailKey(email));
        if (!user) {
          const invited = invitedNow.has(emailKey(email)) || liveInvites.has(emailKey(email));
          plan.notes.push(
            `group ${q(group.name)} member ${email}: ${invited ? "invited; added once the invite is accepted" : "not a member of the organization yet"}`,
          );
          continue;
        }
        add({
          action: "create",
          kind: "group member",
          key: `${q(group.name)} ${email}`,
          fields: [],
          phase: 2,
          run: async ({ api, ids }) => {
            const groupId = need(ids.groups, group.name, "group");
            await createOnce(
              api,
              "add-group-user",
              { path: { group_id: groupId }, body: { user_id: user.id } },
              async () =>
                (await listAll<Item>(api, "list-group-users", { path: { group_id: groupId } })).find(
                  (m) => m.id === user.id,
                ),
            );
          },
        });
      }
      if (current && group.members) {
        const listed = new Set(group.members.map(emailKey));
        for (const member of current.members)
          if (!listed.has(emailKey(member.email)))
            unlisted({
              action: "remove",
              kind: "group member",
              key: `${q(group.name)} ${member.email}`,
              fields: [],
              phase: 3,
              run: ({ api }) =>
                remove(api, "remove-group-user", { path: { group_id: current.id, user_id: member.id } }),
            });
      }
      const roles = new Set((current?.roles ?? []).map((r) => r.name));
      const known = new Set([...live.roles.map((r) => r.name), ...(doc.roles ?? []).map((r) => r.name)]);
      for (const name of group.roles ?? []) {
        if (roles.has(name)) continue;
        if (!known.has(name)) {
          plan.notes.push(`group ${q(group.name)} role ${q(name)}: no custom role has that name`);
          continue;
        }
        add({
          action: "create",
          kind: "group role",
          key: `${q(group.name)} ${q(name)}`,
          fields: [],
          phase: 2,
          run: async ({ api, ids }) => {
            const groupId = need(ids.groups, group.name, "group");
            const roleId = need(ids.roles, name, "role");
            await createOnce(
              api,
              "assign-group-role",
              { path: { group_id: groupId }, body: { role_id: roleId } },
              async () =>
                (
                  await listAll<Item>(api, "list-group-role-assignments", { path: { group_id: groupId } })
                ).find((r) => r.id === roleId),
            );
          },
        });
      }
      if (current && group.roles) {
        const listed = new Set(group.roles);
        for (const role of current.roles)
          if (!listed.has(role.name))
            unlisted({
              action: "remove",
              kind: "group role",
              key: `${q(group.name)} ${q(role.name)}`,
              fields: [],
              phase: 3,
              run: ({ api }) =>
                remove(api, "unassign-group-role", { path: { group_id: current.id, role_id: role.id } }),
            });
      }
    }
    const listed = new Set(doc.groups.map((g) => g.name));
    for (const group of live.groups)
      if (!listed.has(group.name))
        unlisted({
          action: "remove",
          kind: "group",
          key: q(group.name),
          fields: [],
          phase: 3,
          run: ({ api }) => remove(api, "delete-group", { path: { group_id: group.id } }),
        });
  }

  // --- projects
  if (doc.projects) {
    const liveProjects = new Map(live.projects.map((p) => [p.name, p]));
    for (const project of doc.projects) {
      planProject(project, liveProjects.get(project.name), {
        add,
        asked,
        unlisted,
        notes: plan.notes,
        liveUsers,
        invitedNow,
        invitedBefore: new Set(liveInvites.keys()),
      });
    }
    const listed = new Set(doc.projects.map((p) => p.name));
    for (const project of live.projects)
      if (!listed.has(project.name) && project.status === "active")
        unlisted({
          action: "archive",
          kind: "project",
          key: q(project.name),
          fields: [],
          phase: 4,
          run: ({ api }) => archive(api, project.id),
        });
  }

  // --- organization settings
  if (doc.spend_limit !== undefined) {
    spendLimitChange("organization spend limit", "organization", live.spendLimit, doc.spend_limit, {
      add,
      asked,
      update: ({ api }, body) => call(api, "Updateorganizationspendlimit", { body }).then(() => undefined),
      remove: ({ api }) => remove(api, "Deleteorganizationspendlimit", {}),
      phase: 1,
    });
  }
  if (doc.data_retention !== undefined && doc.data_retention !== live.dataRetention) {
    const retention = doc.data_retention;
    add({
      action: "update",
      kind: "organization data retention",
      key: "organization",
      fields: [{ name: "type", from: live.dataRetention, to: retention }],
      phase: 1,
      run: ({ api }) =>
        call(api, "update-organization-data-retention", { body: { retention_type: retention } }),
    });
  }

  guardOwners(live, plan.changes);
  plan.changes.sort((a, b) => a.phase - b.phase);
  return plan;
}

/** Refuses a plan that would leave no owner: removals and demotions of owners, against promotions. */
function guardOwners(live: LiveOrg, changes: readonly Change[]): void {
  const owners = live.users.filter((u) => u.role === "owner");
  if (owners.length === 0) return;
  const leaving = new Set(
    changes
      .filter(
        (c) =>
          c.kind === "user" &&
          (c.action === "remove" || c.fields.some((f) => f.name === "role" && f.to === "reader")),
      )
      .map((c) => emailKey(c.key)),
  );
  const promoted = changes.filter(
    (c) => c.kind === "user" && c.fields.some((f) => f.name === "role" && f.to === "owner"),
  );
  if (owners.every((o) => leaving.has(emailKey(o.email))) && promoted.length === 0) {
    throw new OwnerGuardError(
      `refusing to plan: it would remove or demote the last owner of the organization (${owners
        .map((o) => o.email)
        .join(", ")}); keep at least one owner in the document.`,
    );
  }
}

async function archive(api: OrgApi, projectId: string): Promise<void> {
  try {
    await call(api, "archive-project", { path: { project_id: projectId } });
  } catch (error) {
    // Archived already (a retry after a lost answer, or a second apply): done.
    if ((error as { status?: number }).status !== 409) throw error;
  }
}

interface Sinks {
  add: (change: Change) => void;
  asked: (change: Change) => void;
  unlisted: (change: Change) => void;
  notes: string[];
  liveUsers: Map<string, { id: string; email: string; role: string }>;
  invitedNow: Set<string>;
  invitedBefore: Set<string>;
}

function spendLimitChange(
  kind: string,
  key: string,
  current: SpendLimit | null | undefined,
  wanted: SpendLimit | null,
  to: {
    add: (change: Change) => void;
    asked: (change: Change) => void;
    update: (ctx: RunContext, body: SpendLimit) => Promise<void>;
    remove: (ctx: RunContext) => Promise<void>;
    phase: 1 | 2;
    /** A project made by this plan: what its spend limit starts as is not known yet. */
    unknown?: boolean;
  },
): void {
  if (wanted === null) {
    if (current || to.unknown)
      to.asked({
        action: "remove",
        kind,
        key,
        fields: current ? [{ name: "threshold_amount", from: current.threshold_amount }] : [],
        phase: 3,
        run: to.remove,
      });
    return;
  }
  if (current && same(current, { ...current, ...wanted })) return;
  to.add({
    action: current ? "update" : "create",
    kind,
    key,
    fields: Object.entries(wanted)
      .filter(([name, value]) => !current || !same(current[name as keyof SpendLimit], value))
      .map(([name, value]) => ({ name, from: current?.[name as keyof SpendLimit], to: value })),
    phase: to.phase,
    run: (ctx) => to.update(ctx, wanted),
  });
}

function planProject(doc: ProjectDoc, live: LiveProject | undefined, sinks: Sinks): void {
  const { add, asked, unlisted, notes } = sinks;
  const name = doc.name;
  const key = q(name);
  const projectId = (ctx: RunContext) => need(ctx.ids.projects, name, "project");
  if (!live) {
    add({
      action: "create",
      kind: "project",
      key,
      fields: [],
      phase: 1,
      run: async ({ api, ids }) => {
        const made = await createOnce<Item>(api, "create-project", { body: { name } }, async () =>
          (await listAll<Item>(api, "list-projects", { query: { include_archived: true } })).find(
            (p) => p.name === name,
          ),
        );
        ids.projects.set(name, String(made.id));
      },
    });
  }
  if (doc.status === "archived") {
    if (live?.status !== "archived")
      asked({
        action: "archive",
        kind: "project",
        key,
        fields: [],
        phase: 4,
        run: (ctx) => archive(ctx.api, projectId(ctx)),
      });
    return;
  }
  if (live?.status === "archived") {
    notes.push(
      `project ${key}: archived; the API cannot unarchive a project, so its settings are left as they are`,
    );
    return;
  }
  const isNew = !live;
  const path = (ctx: RunContext) => ({ project_id: projectId(ctx) });

  if (doc.model_permissions) {
    const wanted = doc.model_permissions;
    const current = live?.modelPermissions;
    if (
      !current ||
      current.mode !== wanted.mode ||
      !same(sortedCopy(current.model_ids), sortedCopy(wanted.model_ids))
    )
      add({
        action: "update",
        kind: "project model permissions",
        key,
        fields: [
          ...(current?.mode !== wanted.mode ? [{ name: "mode", from: current?.mode, to: wanted.mode }] : []),
          ...(!same(sortedCopy(current?.model_ids ?? []), sortedCopy(wanted.model_ids)) || !current
            ? [{ name: "model_ids", from: current?.model_ids, to: wanted.model_ids }]
            : []),
        ],
        phase: 2,
        run: (ctx) =>
          call(ctx.api, "update-project-model-permissions", { path: path(ctx), body: wanted }).then(
            () => undefined,
          ),
      });
  }

  if (doc.spend_alerts) {
    const current = new Map((live?.spendAlerts ?? []).map((a) => [alertKey(a), a]));
    for (const alert of doc.spend_alerts) {
      const existing = current.get(alertKey(alert));
      const body: SpendAlert = {
        ...alert,
        notification_channel: { ...alert.notification_channel, type: "email" },
      };
      if (!existing) {
        add({
          action: "create",
          kind: "project spend alert",
          key: `${key} ${alertKey(alert)}`,
          fields: [{ name: "recipients", to: alert.notification_channel.recipients }],
          phase: 2,
          run: async (ctx) => {
            await createOnce(ctx.api, "create-project-spend-alert", { path: path(ctx), body }, async () =>
              (await listAll<Item>(ctx.api, "list-project-spend-alerts", { path: path(ctx) })).find(
                (a) => alertKey(a as unknown as SpendLimit) === alertKey(alert),
              ),
            );
          },
        });
      } else if (!same(channelOf(existing), channelOf(alert))) {
        add({
          action: "update",
          kind: "project spend alert",
          key: `${key} ${alertKey(alert)}`,
          fields: [{ name: "notification_channel", from: channelOf(existing), to: channelOf(alert) }],
          phase: 2,
          run: (ctx) =>
            call(ctx.api, "update-project-spend-alert", {
              path: { ...path(ctx), alert_id: existing.id },
              body,
            }).then(() => undefined),
        });
      }
    }
    const listed = new Set(doc.spend_alerts.map(alertKey));
    for (const alert of live?.spendAlerts ?? [])
      if (!listed.has(alertKey(alert)))
        unlisted({
          action: "remove",
          kind: "project spend alert",
          key: `${key} ${alertKey(alert)}`,
          fields: [],
          phase: 3,
          run: (ctx) =>
            remove(ctx.api, "delete-project-spend-alert", { path: { ...path(ctx), alert_id: alert.id } }),
        });
  }

  if (doc.spend_limit !== undefined) {
    spendLimitChange("project spend limit", key, live?.spendLimit, doc.spend_limit, {
      add,
      asked,
      update: (ctx, body) =>
        call(ctx.api, "Updateprojectspendlimit", { path: path(ctx), body }).then(() => undefined),
      remove: (ctx) => remove(ctx.api, "Deleteprojectspendlimit", { path: path(ctx) }),
      phase: 2,
      unknown: isNew,
    });
  }

  if (doc.data_retention !== undefined && doc.data_retention !== live?.dataRetention) {
    const retention = doc.data_retention;
    add({
      action: "update",
      kind: "project data retention",
      key,
      fields: [{ name: "type", from: live?.dataRetention, to: retention }],
      phase: 2,
      run: (ctx) =>
        call(ctx.api, "update-project-data-retention", {
          path: path(ctx),
          body: { retention_type: retention },
        }).then(() => undefined),
    });
  }

  for (const [model, wanted] of Object.entries(doc.rate_limits ?? {})) {
    const current = live?.rateLimits.find((r) => r.model === model);
    if (live && !current) {
      notes.push(`project ${key} rate limits of ${model}: the project has no limits for that model`);
      continue;
    }
    const fields = Object.entries(wanted)
      .filter(([field, value]) => current?.limits[field] !== value)
      .map(([field, value]) => ({ name: field, from: current?.limits[field], to: value }));
    if (fields.length === 0) continue;
    const body: RateLimit = Object.fromEntries(fields.map((f) => [f.name, f.to as number]));
    add({
      action: "update",
      kind: "project rate limit",
      key: `${key} ${model}`,
      fields,
      phase: 2,
      run: async (ctx) => {
        let id = current?.id;
        if (!id) {
          const limits = await listAll<Item>(ctx.api, "list-project-rate-limits", { path: path(ctx) });
          id = limits.find((r) => r.model === model)?.id as string | undefined;
          if (!id) throw new Error(`project ${key} has no rate limits for ${model}`);
        }
        await call(ctx.api, "update-project-rate-limits", {
          path: { ...path(ctx), rate_limit_id: id },
          body,
        });
      },
    });
  }

  if (doc.users) {
    const current = new Map((live?.users ?? []).map((u) => [emailKey(u.email), u]));
    for (const member of doc.users) {
      const existing = current.get(emailKey(member.email));
      if (existing) {
        if (existing.role !== member.role)
          add({
            action: "update",
            kind: "project user",
            key: `${key} ${member.email}`,
            fields: [{ name: "role", from: existing.role, to: member.role }],
            phase: 2,
            run: (ctx) =>
              call(ctx.api, "modify-project-user", {
                path: { ...path(ctx), user_id: existing.id },
                body: { role: member.role },
              }).then(() => undefined),
          });
        continue;
      }
      const user = sinks.liveUsers.get(emailKey(member.email));
      if (!user) {
        // Someone invited by this plan joins the project with the invite; anyone else waits.
        if (!sinks.invitedNow.has(emailKey(member.email)))
          notes.push(
            sinks.invitedBefore.has(emailKey(member.email))
              ? `project ${key} user ${member.email}: invited; added once the invite is accepted`
              : `project ${key} user ${member.email}: not a member of the organization yet`,
          );
        continue;
      }
      add({
        action: "create",
        kind: "project user",
        key: `${key} ${member.email}`,
        fields: [{ name: "role", to: member.role }],
        phase: 2,
        run: async (ctx) => {
          await createOnce(
            ctx.api,
            "create-project-user",
            { path: path(ctx), body: { user_id: user.id, role: member.role } },
            async () =>
              (await listAll<Item>(ctx.api, "list-project-users", { path: path(ctx) })).find(
                (u) => u.id === user.id,
              ),
          );
        },
      });
    }
    const listed = new Set(doc.users.map((u) => emailKey(u.email)));
    for (const member of live?.users ?? [])
      if (!listed.has(emailKey(member.email)))
        unlisted({
          action: "remove",
          kind: "project user",
          key: `${key} ${member.email}`,
          fields: [{ name: "role", from: member.role }],
          phase: 3,
          run: (ctx) =>
            remove(ctx.api, "delete-project-user", { path: { ...path(ctx), user_id: member.id } }),
        });
  }

  if (doc.groups) {
    const current = new Set((live?.groups ?? []).map((g) => g.name));
    for (const group of doc.groups) {
      if (current.has(group)) continue;
      add({
        action: "create",
        kind: "project group",
        key: `${key} ${q(group)}`,
        fields: [],
        phase: 2,
        run: async (ctx) => {
          const groupId = need(ctx.ids.groups, group, "group");
          await createOnce(
            ctx.api,
            "add-project-group",
            // The project role a group gets is not readable back from the API; member is the default.
            { path: path(ctx), body: { group_id: groupId, role: "member" } },
            async () =>
              (await listAll<Item>(ctx.api, "list-project-groups", { path: path(ctx) })).find(
                (g) => g.group_id === groupId,
              ),
          );
        },
      });
    }
    const listed = new Set(doc.groups);
    for (const group of live?.groups ?? [])
      if (!listed.has(group.name))
        unlisted({
          action: "remove",
          kind: "project group",
          key: `${key} ${q(group.name)}`,
          fields: [],
          phase: 3,
          run: (ctx) =>
            remove(ctx.api, "remove-project-group", { path: { ...path(ctx), group_id: group.id } }),
        });
  }

  if (doc.service_accounts) {
    const current = new Set((live?.serviceAccounts ?? []).map((s) => s.name));
    for (const account of doc.service_accounts) {
      if (current.has(account)) continue;
      add({
        action: "create",
        kind: "project service account",
        key: `${key} ${q(account)}`,
        fields: [],
        phase: 2,
        run: async (ctx) => {
          await createOnce(
            ctx.api,
            "create-project-service-account",
            // No key is made: a key is a secret, and secrets do not belong in a plan.
            { path: path(ctx), body: { name: account, create_service_account_only: true } },
            async () =>
              (await listAll<Item>(ctx.api, "list-project-service-accounts", { path: path(ctx) })).find(
                (s) => s.name === account,
              ),
          );
        },
      });
    }
    const listed = new Set(doc.service_accounts);
    for (const account of live?.serviceAccounts ?? [])
      if (!listed.has(account.name))
        unlisted({
          action: "remove",
          kind: "project service account",
          key: `${key} ${q(account.name)}`,
          fields: [],
          phase: 3,
          run: (ctx) =>
            remove(ctx.api, "delete-project-service-account", {
              path: { ...path(ctx), service_account_id: account.id },
            }),
        });
  }
}

const channelOf = (alert: SpendAlert) => ({
  recipients: sortedCopy(alert.notification_channel.recipients),
  subject_prefix: alert.notification_channel.subject_prefix ?? null,
});
