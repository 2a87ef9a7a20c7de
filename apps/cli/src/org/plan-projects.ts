// The projects section of a plan, by project name: the project itself (created, archived), its
// settings (model permissions, spend alerts and limit, data retention, rate limits) and who is in
// it (users, groups, service accounts).
import { call, createOnce, listAll, type OrgApi, remove } from "./api.js";
import {
  type Change,
  created,
  type FieldChange,
  type Item,
  need,
  type PlanBuilder,
  projectRoleKey,
  q,
  type RunContext,
  removed,
  same,
  sortedCopy,
  updated,
} from "./changes.js";
import {
  alertKey,
  emailKey,
  type ProjectDoc,
  type RateLimit,
  type SpendAlert,
  type SpendLimit,
} from "./document.js";
import type { Assigned, LiveProject } from "./live.js";
import { planSpendLimit, type Section } from "./plan-organization.js";
import { createRole, planAssignments, planCustomRoles } from "./plan-roles.js";

export function planProjects(s: Section): void {
  const { b, doc, live } = s;
  if (!doc.projects) return;
  const liveProjects = new Map(live.projects.map((p) => [p.name, p]));
  for (const project of doc.projects) planProject(s, project, liveProjects.get(project.name));
  b.pruneUnlisted(
    live.projects.filter((p) => p.status === "active"),
    doc.projects.map((p) => p.name),
    (p) => p.name,
    (p) => archived(q(p.name), ({ api }) => archive(api, p.id)),
  );
}

const archived = (key: string, run: Change["run"]): Change => ({
  action: "archive",
  kind: "project",
  key,
  fields: [],
  phase: 5,
  run,
});

async function archive(api: OrgApi, projectId: string): Promise<void> {
  try {
    await call(api, "archive-project", { path: { project_id: projectId } });
  } catch (error) {
    // Archived already (a retry after a lost answer, or a second apply): done.
    if ((error as { status?: number }).status !== 409) throw error;
  }
}

/** The settings and members of one project; `live` is undefined for a project this plan creates. */
function planProject(s: Section, doc: ProjectDoc, live: LiveProject | undefined): void {
  const { b } = s;
  const name = doc.name;
  const key = q(name);
  const projectId = (ctx: RunContext) => need(ctx.ids.projects, name, "project");
  const path = (ctx: RunContext) => ({ project_id: projectId(ctx) });
  if (!live)
    b.add(
      created("project", key, 1, async ({ api, ids }) => {
        const made = await createOnce<Item>(api, "create-project", { body: { name } }, async () =>
          (await listAll<Item>(api, "list-projects", { query: { include_archived: true } })).find(
            (p) => p.name === name,
          ),
        );
        ids.projects.set(name, String(made.id));
      }),
    );
  if (doc.status === "archived") {
    if (live?.status !== "archived") b.asked(archived(key, (ctx) => archive(ctx.api, projectId(ctx))));
    return;
  }
  if (live?.status === "archived") {
    b.note(
      `project ${key}: archived; the API cannot unarchive a project, so its settings are left as they are`,
    );
    return;
  }
  const p: ProjectPlan = { b, doc, live, key, path };
  planModelPermissions(p);
  planSpendAlerts(p);
  if (doc.spend_limit !== undefined)
    planSpendLimit(b, "project spend limit", key, live?.spendLimit, doc.spend_limit, {
      phase: 2,
      update: (ctx, body) => call(ctx.api, "Updateprojectspendlimit", { path: path(ctx), body }),
      remove: (ctx) => remove(ctx.api, "Deleteprojectspendlimit", { path: path(ctx) }),
      unknown: !live,
    });
  const retention = doc.data_retention;
  if (retention !== undefined && retention !== live?.dataRetention)
    b.add(
      updated(
        "project data retention",
        key,
        2,
        [{ name: "type", from: live?.dataRetention, to: retention }],
        (ctx) =>
          call(ctx.api, "update-project-data-retention", {
            path: path(ctx),
            body: { retention_type: retention },
          }),
      ),
    );
  planRateLimits(p);
  planProjectRoles(p);
  planProjectUsers(p, s);
  planProjectGroups(p);
  planServiceAccounts(p);
}

interface ProjectPlan {
  b: PlanBuilder;
  doc: ProjectDoc;
  live: LiveProject | undefined;
  key: string;
  path: (ctx: RunContext) => { project_id: string };
}

function planModelPermissions({ b, doc, live, key, path }: ProjectPlan): void {
  const wanted = doc.model_permissions;
  if (!wanted) return;
  const current = live?.modelPermissions;
  const fields: FieldChange[] = [];
  if (current?.mode !== wanted.mode) fields.push({ name: "mode", from: current?.mode, to: wanted.mode });
  if (!current || !same(sortedCopy(current.model_ids), sortedCopy(wanted.model_ids)))
    fields.push({ name: "model_ids", from: current?.model_ids, to: wanted.model_ids });
  if (fields.length === 0) return;
  b.add(
    updated("project model permissions", key, 2, fields, (ctx) =>
      call(ctx.api, "update-project-model-permissions", { path: path(ctx), body: wanted }),
    ),
  );
}

const channelOf = (alert: SpendAlert) => ({
  recipients: sortedCopy(alert.notification_channel.recipients),
  subject_prefix: alert.notification_channel.subject_prefix ?? null,
});

function planSpendAlerts({ b, doc, live, key, path }: ProjectPlan): void {
  if (!doc.spend_alerts) return;
  const current = new Map((live?.spendAlerts ?? []).map((a) => [alertKey(a), a]));
  for (const alert of doc.spend_alerts) {
    const existing = current.get(alertKey(alert));
    const body: SpendAlert = {
      ...alert,
      notification_channel: { ...alert.notification_channel, type: "email" },
    };
    const at = `${key} ${alertKey(alert)}`;
    if (!existing) {
      const fields = [{ name: "recipients", to: alert.notification_channel.recipients }];
      b.add(
        created(
          "project spend alert",
          at,
          2,
          async (ctx) => {
            await createOnce(ctx.api, "create-project-spend-alert", { path: path(ctx), body }, async () =>
              (await listAll<Item>(ctx.api, "list-project-spend-alerts", { path: path(ctx) })).find(
                (a) => alertKey(a as unknown as SpendLimit) === alertKey(alert),
              ),
            );
          },
          fields,
        ),
      );
    } else if (!same(channelOf(existing), channelOf(alert))) {
      const fields = [{ name: "notification_channel", from: channelOf(existing), to: channelOf(alert) }];
      b.add(
        updated("project spend alert", at, 2, fields, (ctx) =>
          call(ctx.api, "update-project-spend-alert", {
            path: { ...path(ctx), alert_id: existing.id },
            body,
          }),
        ),
      );
    }
  }
  b.pruneUnlisted(live?.spendAlerts ?? [], doc.spend_alerts.map(alertKey), alertKey, (alert) =>
    removed("project spend alert", `${key} ${alertKey(alert)}`, (ctx) =>
      remove(ctx.api, "delete-project-spend-alert", { path: { ...path(ctx), alert_id: alert.id } }),
    ),
  );
}

/** Rate limits are per model and always exist: a model's listed fields are updated, nothing else. */
function planRateLimits({ b, doc, live, key, path }: ProjectPlan): void {
  for (const [model, wanted] of Object.entries(doc.rate_limits ?? {})) {
    const current = live?.rateLimits.find((r) => r.model === model);
    if (live && !current) {
      b.note(`project ${key} rate limits of ${model}: the project has no limits for that model`);
      continue;
    }
    const fields = Object.entries(wanted)
      .filter(([field, value]) => current?.limits[field] !== value)
      .map(([field, value]) => ({ name: field, from: current?.limits[field], to: value }));
    if (fields.length === 0) continue;
    const body: RateLimit = Object.fromEntries(fields.map((f) => [f.name, f.to]));
    b.add(
      updated("project rate limit", `${key} ${model}`, 2, fields, async (ctx) => {
        // A project this plan creates: its limits' ids are known once it exists.
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
      }),
    );
  }
}

function planProjectUsers(p: ProjectPlan, s: Section): void {
  const { b, doc, live, key, path } = p;
  if (!doc.users) return;
  const current = new Map((live?.users ?? []).map((u) => [emailKey(u.email), u]));
  for (const member of doc.users) {
    const email = emailKey(member.email);
    const at = `${key} ${member.email}`;
    const existing = current.get(email);
    if (existing) {
      if (existing.role !== member.role)
        b.add(
          updated("project user", at, 2, [{ name: "role", from: existing.role, to: member.role }], (ctx) =>
            call(ctx.api, "modify-project-user", {
              path: { ...path(ctx), user_id: existing.id },
              body: { role: member.role },
            }),
          ),
        );
      planProjectAssignments(p, "project user role", at, existing.roles, member.roles, (ctx) => ({
        ...path(ctx),
        user_id: existing.id,
      }));
      continue;
    }
    const user = s.liveUsers.get(email);
    if (!user) {
      // Someone this plan invites joins the project with the invite; anyone else waits.
      if (!s.invitedNow.has(email))
        b.note(
          s.liveInvites.has(email)
            ? `project ${at}: invited; added once the invite is accepted`
            : `project ${at}: not a member of the organization yet`,
        );
      continue;
    }
    b.add(
      created(
        "project user",
        at,
        2,
        async (ctx) => {
          const body = { user_id: user.id, role: member.role };
          await createOnce(ctx.api, "create-project-user", { path: path(ctx), body }, async () =>
            (await listAll<Item>(ctx.api, "list-project-users", { path: path(ctx) })).find(
              (u) => u.id === user.id,
            ),
          );
        },
        [{ name: "role", to: member.role }],
      ),
    );
    planProjectAssignments(p, "project user role", at, [], member.roles, (ctx) => ({
      ...path(ctx),
      user_id: user.id,
    }));
  }
  b.pruneUnlisted(
    live?.users ?? [],
    doc.users.map((u) => emailKey(u.email)),
    (u) => emailKey(u.email),
    (u) =>
      removed(
        "project user",
        `${key} ${u.email}`,
        (ctx) => remove(ctx.api, "delete-project-user", { path: { ...path(ctx), user_id: u.id } }),
        [{ name: "role", from: u.role }],
      ),
  );
}

function planProjectGroups(p: ProjectPlan): void {
  const { b, doc, live, key, path } = p;
  if (!doc.groups) return;
  const current = new Map((live?.groups ?? []).map((g) => [g.name, g]));
  for (const group of doc.groups) {
    const at = `${key} ${q(group.name)}`;
    const groupPath = (ctx: RunContext) => ({
      ...path(ctx),
      group_id: need(ctx.ids.groups, group.name, "group"),
    });
    const existing = current.get(group.name);
    if (!existing)
      b.add(
        created("project group", at, 2, async (ctx) => {
          const { group_id, ...projectPath } = groupPath(ctx);
          // The API asks for a project role here but does not read it back; the assignments below do.
          const body = { group_id, role: "member" };
          await createOnce(ctx.api, "add-project-group", { path: projectPath, body }, async () =>
            (await listAll<Item>(ctx.api, "list-project-groups", { path: projectPath })).find(
              (g) => g.group_id === group_id,
            ),
          );
        }),
      );
    planProjectAssignments(p, "project group role", at, existing?.roles ?? [], group.roles, groupPath);
  }
  b.pruneUnlisted(
    live?.groups ?? [],
    doc.groups.map((g) => g.name),
    (g) => g.name,
    (g) =>
      removed("project group", `${key} ${q(g.name)}`, (ctx) =>
        remove(ctx.api, "remove-project-group", { path: { ...path(ctx), group_id: g.id } }),
      ),
  );
}

/** Custom roles of the project, created before anyone is given them. */
function planProjectRoles({ b, doc, live, key, path }: ProjectPlan): void {
  if (!doc.roles) return;
  planCustomRoles(b, {
    kind: "project role",
    where: `${key} `,
    phase: 2,
    live: live?.roles ?? [],
    wanted: doc.roles,
    create: async (ctx, body) => {
      const id = await createRole(ctx, "create-project-role", "list-project-roles", path(ctx), body);
      ctx.ids.projectRoles.set(projectRoleKey(doc.name, String(body.role_name)), id);
      return id;
    },
    update: (ctx, id, body) =>
      call(ctx.api, "update-project-role", { path: { ...path(ctx), role_id: id }, body }),
    remove: (ctx, id) => remove(ctx.api, "delete-project-role", { path: { ...path(ctx), role_id: id } }),
  });
}

const ASSIGNMENT_OPERATIONS = {
  "project user role": {
    list: "list-project-user-role-assignments",
    assign: "assign-project-user-role",
    unassign: "unassign-project-user-role",
  },
  "project group role": {
    list: "list-project-group-role-assignments",
    assign: "assign-project-group-role",
    unassign: "unassign-project-group-role",
  },
};

function planProjectAssignments(
  { b, doc, live }: ProjectPlan,
  kind: keyof typeof ASSIGNMENT_OPERATIONS,
  who: string,
  current: readonly Assigned[],
  wanted: readonly string[] | undefined,
  path: (ctx: RunContext) => Record<string, string>,
): void {
  planAssignments(b, {
    kind,
    who,
    current,
    wanted: wanted ?? [],
    known: new Set([...(live?.roles ?? []).map((r) => r.name), ...(doc.roles ?? []).map((r) => r.name)]),
    roleId: (ctx, role) => need(ctx.ids.projectRoles, projectRoleKey(doc.name, role), "project role"),
    path,
    ...ASSIGNMENT_OPERATIONS[kind],
  });
}

function planServiceAccounts({ b, doc, live, key, path }: ProjectPlan): void {
  if (!doc.service_accounts) return;
  const current = new Set((live?.serviceAccounts ?? []).map((a) => a.name));
  for (const account of doc.service_accounts) {
    if (current.has(account)) continue;
    b.add(
      created("project service account", `${key} ${q(account)}`, 2, async (ctx) => {
        // No key is made: a key is a secret, and secrets do not belong in a plan.
        const body = { name: account, create_service_account_only: true };
        await createOnce(ctx.api, "create-project-service-account", { path: path(ctx), body }, async () =>
          (await listAll<Item>(ctx.api, "list-project-service-accounts", { path: path(ctx) })).find(
            (a) => a.name === account,
          ),
        );
      }),
    );
  }
  b.pruneUnlisted(
    live?.serviceAccounts ?? [],
    doc.service_accounts,
    (a) => a.name,
    (a) =>
      removed("project service account", `${key} ${q(a.name)}`, (ctx) =>
        remove(ctx.api, "delete-project-service-account", {
          path: { ...path(ctx), service_account_id: a.id },
        }),
      ),
  );
}
