// The live organization, read through the API: what export prints and what plan compares with.
// Only the parts the document manages are read, with the objects' ids kept for the calls to come.
import { NotFoundError } from "@openai-admin/client";
import { call, listAll, type OrgApi } from "./api.js";
import type { ModelPermissions, RateLimit, SpendAlert, SpendLimit } from "./document.js";

/** A role given to someone, by assignment: its id and name. */
export interface Assigned {
  id: string;
  name: string;
}
export interface LiveUser {
  id: string;
  email: string;
  role: string;
  /** Custom roles assigned (organization roles for a member, project roles for a project user). */
  roles: Assigned[];
}
export interface LiveInvite {
  id: string;
  email: string;
  role: string;
}
export interface LiveRole {
  id: string;
  name: string;
  description: string | null;
  permissions: string[];
}
export interface LiveGroup {
  id: string;
  name: string;
  members: { id: string; email: string }[];
  roles: Assigned[];
}
export interface LiveProject {
  id: string;
  name: string;
  status: "active" | "archived";
  /** Settings are read for active projects only (an archived project cannot be changed). */
  modelPermissions?: ModelPermissions;
  spendAlerts: (SpendAlert & { id: string })[];
  spendLimit?: SpendLimit | null;
  dataRetention?: string;
  rateLimits: { id: string; model: string; limits: RateLimit }[];
  /** Custom roles of the project. */
  roles: LiveRole[];
  users: LiveUser[];
  groups: { id: string; name: string; roles: Assigned[] }[];
  serviceAccounts: { id: string; name: string }[];
}
export interface LiveOrg {
  users: LiveUser[];
  invites: LiveInvite[];
  roles: LiveRole[];
  groups: LiveGroup[];
  projects: LiveProject[];
  spendLimit: SpendLimit | null;
  dataRetention: string | undefined;
}

type Item = Record<string, unknown>;
const str = (value: unknown) => (typeof value === "string" ? value : "");

/** `null` when the API answers 404 (a spend limit that was removed). */
async function optional<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export const spendLimitOf = (value: Item | null): SpendLimit | null =>
  value
    ? {
        threshold_amount: Number(value.threshold_amount),
        currency: str(value.currency),
        interval: str(value.interval),
      }
    : null;

const RATE_FIELDS = [
  "max_requests_per_1_minute",
  "max_tokens_per_1_minute",
  "max_images_per_1_minute",
  "max_audio_megabytes_per_1_minute",
  "max_requests_per_1_day",
  "batch_1_day_max_input_tokens",
];

export async function readOrg(api: OrgApi): Promise<LiveOrg> {
  const [users, invites, roles, groups, projects, spendLimit, retention] = await Promise.all([
    listAll<Item>(api, "list-users"),
    listAll<Item>(api, "list-invites"),
    listAll<Item>(api, "list-roles"),
    listAll<Item>(api, "list-groups"),
    listAll<Item>(api, "list-projects", { query: { include_archived: true } }),
    optional(call<Item>(api, "Getorganizationspendlimit")),
    optional(call<Item>(api, "retrieve-organization-data-retention")),
  ]);
  return {
    users: await Promise.all(
      users
        .filter((u) => typeof u.email === "string")
        .map(async (u) => ({
          id: str(u.id),
          email: str(u.email),
          role: str(u.role),
          roles: await assigned(api, "list-user-role-assignments", { user_id: str(u.id) }),
        })),
    ),
    invites: invites
      .filter((i) => i.status === "pending")
      .map((i) => ({ id: str(i.id), email: str(i.email), role: str(i.role) })),
    roles: customRoles(roles),
    // As many at once as the throttle under the client lets through.
    groups: await Promise.all(groups.map((g) => readGroup(api, g))),
    projects: await Promise.all(projects.map((p) => readProject(api, p))),
    spendLimit: spendLimitOf(spendLimit),
    dataRetention: retention ? str(retention.type) : undefined,
  };
}

const customRoles = (roles: Item[]): LiveRole[] =>
  roles
    .filter((r) => r.predefined_role !== true)
    .map((r) => ({
      id: str(r.id),
      name: str(r.name),
      description: typeof r.description === "string" ? r.description : null,
      permissions: Array.isArray(r.permissions) ? r.permissions.map(String) : [],
    }));

/** The roles assigned to a user or group (an assignment carries the role's id and name). */
async function assigned(api: OrgApi, operationId: string, path: Record<string, string>): Promise<Assigned[]> {
  return (await listAll<Item>(api, operationId, { path })).map((r) => ({ id: str(r.id), name: str(r.name) }));
}

async function readGroup(api: OrgApi, group: Item): Promise<LiveGroup> {
  const path = { group_id: str(group.id) };
  const members = await listAll<Item>(api, "list-group-users", { path });
  return {
    id: str(group.id),
    name: str(group.name),
    members: members.map((m) => ({ id: str(m.id), email: str(m.email) })),
    roles: await assigned(api, "list-group-role-assignments", path),
  };
}

export async function readProject(api: OrgApi, project: Item): Promise<LiveProject> {
  const live: LiveProject = {
    id: str(project.id),
    name: str(project.name),
    status: project.status === "archived" ? "archived" : "active",
    spendAlerts: [],
    rateLimits: [],
    roles: [],
    users: [],
    groups: [],
    serviceAccounts: [],
  };
  if (live.status === "archived") return live;
  const path = { project_id: live.id };
  const permissions = await call<Item>(api, "retrieve-project-model-permissions", { path });
  live.modelPermissions = {
    mode: permissions.mode === "deny_list" ? "deny_list" : "allow_list",
    model_ids: Array.isArray(permissions.model_ids) ? permissions.model_ids.map(String) : [],
  };
  live.spendAlerts = (await listAll<Item>(api, "list-project-spend-alerts", { path })).map((a) => {
    const channel = (a.notification_channel ?? {}) as Item;
    return {
      id: str(a.id),
      threshold_amount: Number(a.threshold_amount),
      currency: str(a.currency),
      interval: str(a.interval),
      notification_channel: {
        type: "email",
        recipients: Array.isArray(channel.recipients) ? channel.recipients.map(String) : [],
        ...(typeof channel.subject_prefix === "string" ? { subject_prefix: channel.subject_prefix } : {}),
      },
    };
  });
  live.spendLimit = spendLimitOf(await optional(call<Item>(api, "Getprojectspendlimit", { path })));
  live.dataRetention = str((await call<Item>(api, "retrieve-project-data-retention", { path })).type);
  live.rateLimits = (await listAll<Item>(api, "list-project-rate-limits", { path })).map((r) => {
    const limits: RateLimit = {};
    for (const field of RATE_FIELDS) if (typeof r[field] === "number") limits[field] = r[field] as number;
    return { id: str(r.id), model: str(r.model), limits };
  });
  live.roles = customRoles(await listAll<Item>(api, "list-project-roles", { path }));
  const users = (await listAll<Item>(api, "list-project-users", { path })).filter(
    (u) => typeof u.email === "string",
  );
  live.users = await Promise.all(
    users.map(async (u) => ({
      id: str(u.id),
      email: str(u.email),
      role: str(u.role),
      roles: await assigned(api, "list-project-user-role-assignments", { ...path, user_id: str(u.id) }),
    })),
  );
  const groups = await listAll<Item>(api, "list-project-groups", { path });
  live.groups = await Promise.all(
    groups.map(async (g) => ({
      id: str(g.group_id),
      name: str(g.group_name),
      roles: await assigned(api, "list-project-group-role-assignments", {
        ...path,
        group_id: str(g.group_id),
      }),
    })),
  );
  live.serviceAccounts = (await listAll<Item>(api, "list-project-service-accounts", { path })).map((s) => ({
    id: str(s.id),
    name: str(s.name),
  }));
  return live;
}
