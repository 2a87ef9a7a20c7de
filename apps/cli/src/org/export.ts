// `org export`: the live organization as a document. Lists are sorted by their natural keys, so
// two exports of the same organization are the same bytes whatever order the API created things in.
import type { OrgDocument, OrgRole, ProjectDoc, RoleDoc } from "./document.js";
import type { Assigned, LiveOrg, LiveProject, LiveRole } from "./live.js";

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
const sorted = <T>(items: readonly T[], key: (item: T) => string) => [...items].sort(byKey(key));
const sortedStrings = (items: readonly string[]) => [...items].sort();

export function toDocument(live: LiveOrg): OrgDocument {
  const doc: OrgDocument = {
    users: sorted(live.users, (u) => u.email.toLowerCase()).map((u) => ({
      email: u.email,
      role: u.role as OrgRole,
      ...roleNames(u.roles),
    })),
    invites: sorted(live.invites, (i) => i.email.toLowerCase()).map((i) => ({
      email: i.email,
      role: i.role as OrgRole,
    })),
    roles: roleDocs(live.roles),
    groups: sorted(live.groups, (g) => g.name).map((g) => ({
      name: g.name,
      members: sortedStrings(g.members.map((m) => m.email)),
      ...roleNames(g.roles),
    })),
    projects: sorted(live.projects, (p) => p.name).map(projectDocument),
    spend_limit: live.spendLimit,
  };
  if (live.dataRetention) doc.data_retention = live.dataRetention;
  return doc;
}

const roleDocs = (roles: readonly LiveRole[]): RoleDoc[] =>
  sorted(roles, (r) => r.name).map((r) => ({
    name: r.name,
    ...(r.description !== null ? { description: r.description } : {}),
    permissions: sortedStrings(r.permissions),
  }));

/** Assigned roles by name, left out when there are none (the document's "none"). */
const roleNames = (roles: readonly Assigned[]): { roles?: string[] } =>
  roles.length ? { roles: sortedStrings(roles.map((r) => r.name)) } : {};

function projectDocument(p: LiveProject): ProjectDoc {
  if (p.status === "archived") return { name: p.name, status: "archived" };
  const doc: ProjectDoc = { name: p.name, status: "active" };
  if (p.modelPermissions)
    doc.model_permissions = {
      mode: p.modelPermissions.mode,
      model_ids: sortedStrings(p.modelPermissions.model_ids),
    };
  doc.spend_alerts = sorted(p.spendAlerts, (a) => String(a.threshold_amount).padStart(15, "0")).map(
    ({ id: _, ...alert }) => alert,
  );
  doc.spend_limit = p.spendLimit ?? null;
  if (p.dataRetention) doc.data_retention = p.dataRetention;
  doc.rate_limits = Object.fromEntries(sorted(p.rateLimits, (r) => r.model).map((r) => [r.model, r.limits]));
  doc.roles = roleDocs(p.roles);
  doc.users = sorted(p.users, (u) => u.email.toLowerCase()).map((u) => ({
    email: u.email,
    role: u.role,
    ...roleNames(u.roles),
  }));
  doc.groups = sorted(p.groups, (g) => g.name).map((g) => ({ name: g.name, ...roleNames(g.roles) }));
  doc.service_accounts = sortedStrings(p.serviceAccounts.map((s) => s.name));
  return doc;
}
