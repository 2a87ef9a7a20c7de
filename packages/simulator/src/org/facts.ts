// What the seed put in the organization on purpose, read back from the seeded state itself: the
// findings an access review must list (owners, stale keys and users, old invites, never-expiring
// admin keys, projects without guard rails). Reports built on the simulator test against these.
import type { Entity } from "./collection.js";
import { DAY, DEFAULT_SIZES, seedOrg, USERS_PATH } from "./seed.js";

export interface SeedFactsOptions {
  seed?: number;
  users?: number;
  projects?: number;
  roles?: number;
  /** The `now` the simulator was given (seedFacts must be asked with the same one). */
  now: number;
  /** A key, user or service account unused for this many days (or never) is stale. Default 90. */
  inactiveDays?: number;
  /** A pending invite older than this many days is old. Default 14. */
  inviteDays?: number;
}

export interface ProjectRef {
  id: string;
  name: string;
}

export interface SeedFacts {
  owners: { id: string; email: string; name: string }[];
  /** Users whose API keys were not used for `inactiveDays` (`lastUsedAt` null: never). */
  inactiveUsers: { id: string; email: string; lastUsedAt: number | null }[];
  /** Project API keys unused for `inactiveDays` or never; `archived` when their project is. */
  staleProjectApiKeys: {
    id: string;
    name: string;
    project: ProjectRef;
    archived: boolean;
    ownerType: string;
    lastUsedAt: number | null;
  }[];
  /** Service accounts none of whose keys was used for `inactiveDays`. */
  unusedServiceAccounts: { id: string; name: string; project: ProjectRef; archived: boolean }[];
  /** Admin API keys with no expiry. */
  neverExpiringAdminKeys: { id: string; name: string; lastUsedAt: number | null }[];
  /** Pending invites older than `inviteDays`. */
  oldPendingInvites: { id: string; email: string; createdAt: number }[];
  /** Pending invites that are not old. */
  recentPendingInvites: { id: string; email: string; createdAt: number }[];
  /** Active projects whose model permissions are not an allow-list. */
  projectsWithoutAllowList: ProjectRef[];
  projectsWithoutSpendAlert: ProjectRef[];
  projectsWithoutSpendLimit: ProjectRef[];
  archivedProjects: ProjectRef[];
}

/** The deliberate findings of the organization `startSimulator` seeds with the same options. */
export function seedFacts(options: SeedFactsOptions): SeedFacts {
  const { org } = seedOrg({
    seed: options.seed ?? 1,
    sizes: {
      ...DEFAULT_SIZES,
      ...(options.users === undefined ? {} : { users: options.users }),
      ...(options.projects === undefined ? {} : { projects: options.projects }),
      ...(options.roles === undefined ? {} : { roles: options.roles }),
    },
    now: options.now,
  });
  const cutoff = options.now - (options.inactiveDays ?? 90) * DAY;
  const inviteCutoff = options.now - (options.inviteDays ?? 14) * DAY;
  const stale = (at: unknown) => at === null || (typeof at === "number" && at < cutoff);
  const all = (key: string): Entity[] => [...(org.existing(key)?.from() ?? [])].map((x) => x.entity);
  const facts: SeedFacts = {
    owners: [],
    inactiveUsers: [],
    staleProjectApiKeys: [],
    unusedServiceAccounts: [],
    neverExpiringAdminKeys: [],
    oldPendingInvites: [],
    recentPendingInvites: [],
    projectsWithoutAllowList: [],
    projectsWithoutSpendAlert: [],
    projectsWithoutSpendLimit: [],
    archivedProjects: [],
  };
  for (const u of all(USERS_PATH)) {
    if (u.role === "owner")
      facts.owners.push({ id: String(u.id), email: String(u.email), name: String(u.name) });
    if (stale(u.api_key_last_used_at)) {
      facts.inactiveUsers.push({
        id: String(u.id),
        email: String(u.email),
        lastUsedAt: (u.api_key_last_used_at as number | null) ?? null,
      });
    }
  }
  for (const p of all("/organization/projects")) {
    const project = { id: String(p.id), name: String(p.name) };
    const archived = p.status === "archived";
    const at = (path: string) => `/organization/projects/${project.id}${path}`;
    const keys = all(at("/api_keys"));
    for (const k of keys) {
      if (!stale(k.last_used_at)) continue;
      const owner = k.owner as { type: string };
      facts.staleProjectApiKeys.push({
        id: String(k.id),
        name: String(k.name),
        project,
        archived,
        ownerType: owner.type,
        lastUsedAt: (k.last_used_at as number | null) ?? null,
      });
    }
    for (const a of all(at("/service_accounts"))) {
      const own = keys.filter(
        (k) => (k.owner as { service_account?: { id: string } }).service_account?.id === a.id,
      );
      if (own.every((k) => stale(k.last_used_at)))
        facts.unusedServiceAccounts.push({ id: String(a.id), name: String(a.name), project, archived });
    }
    if (archived) {
      facts.archivedProjects.push(project);
      continue;
    }
    if ((org.singletons.get(at("/model_permissions")) as Entity | undefined)?.mode !== "allow_list")
      facts.projectsWithoutAllowList.push(project);
    if (all(at("/spend_alerts")).length === 0) facts.projectsWithoutSpendAlert.push(project);
    if (!org.singletons.get(at("/spend_limit"))) facts.projectsWithoutSpendLimit.push(project);
  }
  for (const k of all("/organization/admin_api_keys")) {
    if (k.expires_at === null)
      facts.neverExpiringAdminKeys.push({
        id: String(k.id),
        name: String(k.name),
        lastUsedAt: (k.last_used_at as number | null) ?? null,
      });
  }
  for (const i of all("/organization/invites")) {
    if (i.status !== "pending") continue;
    const entry = { id: String(i.id), email: String(i.email), createdAt: i.created_at as number };
    (entry.createdAt < inviteCutoff ? facts.oldPendingInvites : facts.recentPendingInvites).push(entry);
  }
  return facts;
}
