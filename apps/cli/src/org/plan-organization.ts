// The organization-wide sections of a plan: users and invites, custom roles, groups (members and
// roles), the spend limit and data retention.
import { call, createOnce, listAll, remove } from "./api.js";
import {
  type Change,
  created,
  type FieldChange,
  type Item,
  need,
  type PlanBuilder,
  q,
  removed,
  same,
  updated,
} from "./changes.js";
import { emailKey, type OrgDocument, type SpendLimit } from "./document.js";
import type { LiveOrg, LiveUser } from "./live.js";
import { createRole, planAssignments, planCustomRoles } from "./plan-roles.js";

/** What the sections share: the builder, the two sides, and who is a member or invited. */
export interface Section {
  b: PlanBuilder;
  doc: OrgDocument;
  live: LiveOrg;
  liveUsers: Map<string, LiveUser>;
  liveInvites: Map<string, { id: string; email: string; role: string }>;
  /** Emails this plan invites: their project memberships travel with the invite. */
  invitedNow: Set<string>;
}

export function planPeople(s: Section): void {
  const { b, doc, live, liveUsers, liveInvites } = s;
  if (doc.users) {
    for (const user of doc.users) {
      const current = liveUsers.get(emailKey(user.email));
      if (!current) {
        if (liveInvites.has(emailKey(user.email)))
          b.note(`user ${user.email}: invited; joins when the invite is accepted`);
        else invite(s, user.email, user.role, true);
        continue;
      }
      if (current.role !== user.role) {
        // Promotions before demotions: the organization always keeps an owner.
        const phase = user.role === "owner" ? 1 : 4;
        const fields = [{ name: "role", from: current.role, to: user.role }];
        b.add(
          updated("user", current.email, phase, fields, ({ api }) =>
            call(api, "modify-user", { path: { user_id: current.id }, body: { role: user.role } }),
          ),
        );
      }
      planAssignments(b, {
        kind: "user role",
        who: current.email,
        current: current.roles,
        wanted: user.roles ?? [],
        known: knownRoles(s),
        roleId: (ctx, name) => need(ctx.ids.roles, name, "role"),
        path: () => ({ user_id: current.id }),
        list: "list-user-role-assignments",
        assign: "assign-user-role",
        unassign: "unassign-user-role",
      });
    }
    b.pruneUnlisted(
      live.users,
      doc.users.map((u) => emailKey(u.email)),
      (u) => emailKey(u.email),
      (u) =>
        removed("user", u.email, ({ api }) => remove(api, "delete-user", { path: { user_id: u.id } }), [
          { name: "role", from: u.role },
        ]),
    );
  }
  if (doc.invites) {
    for (const wanted of doc.invites) {
      const key = emailKey(wanted.email);
      const pending = liveInvites.get(key);
      if (liveUsers.has(key)) b.note(`invite ${wanted.email}: already a member`);
      else if (!pending) invite(s, wanted.email, wanted.role, false);
      else if (pending.role !== wanted.role)
        b.note(
          `invite ${wanted.email}: pending as ${pending.role}, not ${wanted.role}; an invite cannot be changed (remove it and apply again)`,
        );
    }
    // A pending invite of someone the document lists as a user is that user's, not a leftover.
    b.pruneUnlisted(
      live.invites,
      [...doc.invites, ...(doc.users ?? [])].map((i) => emailKey(i.email)),
      (i) => emailKey(i.email),
      (i) =>
        removed("invite", i.email, ({ api }) => remove(api, "delete-invite", { path: { invite_id: i.id } }), [
          { name: "role", from: i.role },
        ]),
    );
  }
}

/** An invite; for a document user, with the projects the document gives them. */
function invite(s: Section, email: string, role: string, withProjects: boolean): void {
  const key = emailKey(email);
  s.invitedNow.add(key);
  const projects = withProjects
    ? (s.doc.projects ?? [])
        .filter((p) => p.status !== "archived")
        .flatMap((p) => {
          const member = (p.users ?? []).find((u) => emailKey(u.email) === key);
          return member ? [{ name: p.name, role: member.role }] : [];
        })
    : [];
  const fields: FieldChange[] = [{ name: "role", to: role }];
  if (projects.length) fields.push({ name: "projects", to: projects.map((p) => `${p.name} (${p.role})`) });
  s.b.add(
    created(
      "invite",
      email,
      2,
      async ({ api, ids }) => {
        const granted = projects.map((p) => ({ id: need(ids.projects, p.name, "project"), role: p.role }));
        const body = { email, role, ...(withProjects ? { projects: granted } : {}) };
        await createOnce(api, "inviteUser", { body }, async () =>
          (await listAll<Item>(api, "list-invites")).find(
            (i) => i.status === "pending" && emailKey(String(i.email)) === key,
          ),
        );
      },
      fields,
    ),
  );
}

export function planRoles({ b, doc, live }: Section): void {
  if (!doc.roles) return;
  planCustomRoles(b, {
    kind: "role",
    where: "",
    phase: 1,
    live: live.roles,
    wanted: doc.roles,
    create: async (ctx, body) => {
      const id = await createRole(ctx, "create-role", "list-roles", {}, body);
      ctx.ids.roles.set(String(body.role_name), id);
      return id;
    },
    update: (ctx, id, body) => call(ctx.api, "update-role", { path: { role_id: id }, body }),
    remove: (ctx, id) => remove(ctx.api, "delete-role", { path: { role_id: id } }),
  });
}

/** Organization roles a plan can assign: those that exist and those the document creates. */
const knownRoles = ({ doc, live }: Section): Set<string> =>
  new Set([...live.roles.map((r) => r.name), ...(doc.roles ?? []).map((r) => r.name)]);

export function planGroups(s: Section): void {
  const { b, doc, live, liveUsers, liveInvites, invitedNow } = s;
  if (!doc.groups) return;
  const liveGroups = new Map(live.groups.map((g) => [g.name, g]));
  for (const group of doc.groups) {
    const current = liveGroups.get(group.name);
    const name = q(group.name);
    const groupId = (ids: { groups: Map<string, string> }) => need(ids.groups, group.name, "group");
    if (!current)
      b.add(
        created("group", name, 1, async ({ api, ids }) => {
          const made = await createOnce<Item>(api, "create-group", { body: { name: group.name } }, async () =>
            (await listAll<Item>(api, "list-groups")).find((g) => g.name === group.name),
          );
          ids.groups.set(group.name, String(made.id));
        }),
      );
    const members = new Set((current?.members ?? []).map((m) => emailKey(m.email)));
    for (const email of group.members ?? []) {
      if (members.has(emailKey(email))) continue;
      const user = liveUsers.get(emailKey(email));
      if (!user) {
        const invited = invitedNow.has(emailKey(email)) || liveInvites.has(emailKey(email));
        b.note(
          `group ${name} member ${email}: ${invited ? "invited; added once the invite is accepted" : "not a member of the organization yet"}`,
        );
        continue;
      }
      b.add(
        created("group member", `${name} ${email}`, 2, async ({ api, ids }) => {
          const path = { group_id: groupId(ids) };
          await createOnce(api, "add-group-user", { path, body: { user_id: user.id } }, async () =>
            (await listAll<Item>(api, "list-group-users", { path })).find((m) => m.id === user.id),
          );
        }),
      );
    }
    planAssignments(b, {
      kind: "group role",
      who: name,
      current: current?.roles ?? [],
      wanted: group.roles ?? [],
      known: knownRoles(s),
      roleId: (ctx, role) => need(ctx.ids.roles, role, "role"),
      path: (ctx) => ({ group_id: groupId(ctx.ids) }),
      list: "list-group-role-assignments",
      assign: "assign-group-role",
      unassign: "unassign-group-role",
    });
    if (current)
      b.pruneUnlisted(
        current.members,
        (group.members ?? []).map(emailKey),
        (m) => emailKey(m.email),
        (m) =>
          removed("group member", `${name} ${m.email}`, ({ api }) =>
            remove(api, "remove-group-user", { path: { group_id: current.id, user_id: m.id } }),
          ),
      );
  }
  b.pruneUnlisted(
    live.groups,
    doc.groups.map((g) => g.name),
    (g) => g.name,
    (g) =>
      removed("group", q(g.name), ({ api }) => remove(api, "delete-group", { path: { group_id: g.id } })),
  );
}

export function planOrganizationSettings({ b, doc, live }: Section): void {
  if (doc.spend_limit !== undefined)
    planSpendLimit(b, "organization spend limit", "organization", live.spendLimit, doc.spend_limit, {
      phase: 1,
      update: ({ api }, body) => call(api, "Updateorganizationspendlimit", { body }),
      remove: ({ api }) => remove(api, "Deleteorganizationspendlimit", {}),
    });
  const retention = doc.data_retention;
  if (retention !== undefined && retention !== live.dataRetention)
    b.add(
      updated(
        "organization data retention",
        "organization",
        1,
        [{ name: "type", from: live.dataRetention, to: retention }],
        ({ api }) => call(api, "update-organization-data-retention", { body: { retention_type: retention } }),
      ),
    );
}

/** A spend limit to set, change, or (asked for with null) remove. */
export function planSpendLimit(
  b: PlanBuilder,
  kind: string,
  key: string,
  current: SpendLimit | null | undefined,
  wanted: SpendLimit | null,
  to: {
    phase: 1 | 2;
    update: (ctx: Parameters<Change["run"]>[0], body: SpendLimit) => Promise<unknown>;
    remove: Change["run"];
    /** A project made by this plan: what its spend limit starts as is not known yet. */
    unknown?: boolean;
  },
): void {
  if (wanted === null) {
    if (current || to.unknown)
      b.asked(
        removed(
          kind,
          key,
          to.remove,
          current ? [{ name: "threshold_amount", from: current.threshold_amount }] : [],
        ),
      );
    return;
  }
  if (current && same(current, { ...current, ...wanted })) return;
  const fields = Object.entries(wanted)
    .filter(([name, value]) => !current || !same(current[name as keyof SpendLimit], value))
    .map(([name, value]) => ({ name, from: current?.[name as keyof SpendLimit], to: value }));
  const change = updated(kind, key, to.phase, fields, (ctx) => to.update(ctx, wanted));
  b.add(current ? change : { ...change, action: "create" });
}
