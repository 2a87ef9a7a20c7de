// The seeded organization: deterministic from a seed, with findings put there on purpose (stale
// keys, old invites, projects without guard rails, never-expiring admin keys) so reports built on
// the simulator can be tested against exactly them. `seedFacts` describes them; README lists them.
import { mulberry32 } from "../faults.js";
import type { Entity, VirtualBase } from "./collection.js";
import { Org, type OrgOrigin, type OrgSizes, USERS_PATH } from "./org.js";

export const DAY = 86_400;

const FIRST = [
  "Ada",
  "Grace",
  "Alan",
  "Katherine",
  "Linus",
  "Margaret",
  "Dennis",
  "Barbara",
  "Ken",
  "Frances",
  "Edsger",
  "Radia",
  "Donald",
  "Hedy",
  "John",
  "Adele",
  "Tim",
  "Shafi",
  "Guido",
  "Sophie",
  "Bjarne",
  "Lynn",
  "Niklaus",
  "Mary",
  "Leslie",
  "Karen",
  "Brian",
  "Evelyn",
  "Fernando",
  "Jean",
  "Yukihiro",
  "Joan",
  "Anders",
  "Carol",
  "Rasmus",
  "Annie",
  "James",
  "Elizabeth",
  "Robin",
  "Dorothy",
];
const LAST = [
  "Lovelace",
  "Hopper",
  "Turing",
  "Johnson",
  "Torvalds",
  "Hamilton",
  "Ritchie",
  "Liskov",
  "Thompson",
  "Allen",
  "Dijkstra",
  "Perlman",
  "Knuth",
  "Lamarr",
  "Backus",
  "Goldberg",
  "Berners-Lee",
  "Goldwasser",
  "van Rossum",
  "Wilson",
  "Stroustrup",
  "Conway",
  "Wirth",
  "Keller",
  "Lamport",
  "Jones",
  "Kernighan",
  "Berezin",
  "Corbato",
  "Sammet",
  "Matsumoto",
  "Clarke",
  "Hejlsberg",
  "Shaw",
  "Lerdorf",
  "Easley",
  "Gosling",
  "Feinler",
  "Milner",
  "Vaughan",
];

/** How many seeded users are org owners: the first ones. */
export const OWNER_COUNT = 3;
/** Days since a user's key was last used, by `index % 8`: 5 never used a key, 6 not for 120+ days. */
const userLastUsedDays = (i: number): number | null =>
  i % 8 === 5 ? null : i % 8 === 6 ? 120 + i : (i * 7) % 31;

/** The seeded projects; the guard rails each one lacks are the access report's findings. */
export const PROJECT_PLAN = [
  { name: "Customer Support Bot", allowList: true, spendAlert: true, spendLimit: true, archived: false },
  { name: "Search Relevance", allowList: true, spendAlert: true, spendLimit: false, archived: false },
  { name: "Internal Tools", allowList: false, spendAlert: true, spendLimit: true, archived: false },
  { name: "Data Pipeline", allowList: true, spendAlert: false, spendLimit: true, archived: false },
  { name: "Marketing Copy", allowList: false, spendAlert: false, spendLimit: false, archived: false },
  { name: "Legacy Chatbot", allowList: false, spendAlert: false, spendLimit: false, archived: true },
] as const;

/** Days since a project API key was last used, in turn (null: never). */
const KEY_LAST_USED = [0, 2, 14, 45, 95, 200, null, 1, 30] as const;

/** Pending invites, days old: two fresh, two older than two weeks. */
export const INVITE_AGES = [1, 5, 30, 75] as const;

const ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

export function randomId(random: () => number, prefix: string, length = 20): string {
  let out = prefix;
  for (let i = 0; i < length; i++) out += ALNUM[Math.floor(random() * ALNUM.length)];
  return out;
}

/** The seeded users, made from their index on demand. */
export function usersBase(origin: OrgOrigin): VirtualBase {
  const tag = randomId(mulberry32(origin.seed ^ 0x5eed), "", 4)
    .toLowerCase()
    .replace(/[0-9]/g, "x");
  const pattern = new RegExp(`^user_(\\d{6,})${tag}$`);
  const shiftFirst = origin.seed % FIRST.length;
  const shiftLast = (origin.seed * 7) % LAST.length;
  return {
    count: origin.sizes.users,
    at(i) {
      const first = FIRST[(i + shiftFirst) % FIRST.length] as string;
      // The last name turns with the first, so names stay distinct for FIRST × LAST users.
      const last = LAST[
        (Math.floor(i / FIRST.length) + 7 * (i % FIRST.length) + shiftLast) % LAST.length
      ] as string;
      const lap = Math.floor(i / (FIRST.length * LAST.length));
      const local = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, "") + (lap ? String(lap) : "");
      const lastUsed = userLastUsedDays(i);
      return {
        object: "organization.user",
        id: `user_${String(i + 1).padStart(6, "0")}${tag}`,
        name: `${first} ${last}`,
        email: `${local}@example.com`,
        role: i < OWNER_COUNT ? "owner" : "reader",
        added_at: origin.now - (400 + (i % 300)) * DAY - (i % 997) * 61,
        api_key_last_used_at: lastUsed === null ? null : origin.now - lastUsed * DAY - 3_600,
      };
    },
    indexOf(id) {
      const m = pattern.exec(id);
      const i = m ? Number(m[1]) - 1 : -1;
      return i >= 0 && i < origin.sizes.users ? i : undefined;
    },
  };
}

/** One seeded project API key, and the activity that usage and costs are computed from. */
export interface SeededKey {
  projectId: string;
  id: string;
  userId: string | null;
  createdAt: number;
  lastUsedAt: number | null;
}

export interface Seeded {
  org: Org;
  keys: SeededKey[];
  projectIds: string[];
}

/** Builds the seeded organization. Same origin, same organization, id for id. */
export function seedOrg(origin: OrgOrigin): Seeded {
  const random = mulberry32(origin.seed);
  const id = (prefix: string, length = 20) => randomId(random, prefix, length);
  const { now } = origin;
  const base = usersBase(origin);
  const org = new Org(origin, base);
  const user = (i: number) =>
    base.at(i % Math.max(1, Math.min(origin.sizes.users, 40))) as Entity & {
      id: string;
      email: string;
      name: string;
    };
  const audit: Entity[] = [];
  const ip = () => `203.0.113.${1 + Math.floor(random() * 250)}`;
  const log = (type: string, at: number, payload: Entity, project?: { id: string; name: string }) => {
    const actor = user(Math.floor(random() * OWNER_COUNT));
    audit.push({
      type,
      effective_at: at,
      ...(project ? { project } : {}),
      actor: { type: "session", session: { user: { id: actor.id, email: actor.email }, ip_address: ip() } },
      [type]: payload,
    });
  };
  const hasUsers = origin.sizes.users > 0;

  // Custom roles of the organization: the two the seed documents, then made-up ones up to `roles`.
  const roleCount = origin.sizes.roles ?? DEFAULT_ROLES;
  const orgRoles = [
    {
      name: "Billing Viewer",
      description: "Reads invoices, usage and costs",
      permissions: ["api.organization.billing.read", "api.organization.usage.read"],
    },
    {
      name: "Key Manager",
      description: "Creates and revokes admin API keys",
      permissions: ["api.organization.admin_api_keys.read", "api.organization.admin_api_keys.write"],
    },
  ]
    .slice(0, roleCount)
    .map((r, k) => {
      const role = {
        object: "role",
        id: id("role_"),
        ...r,
        resource_type: "api.organization",
        predefined_role: false,
      };
      org.collection("/organization/roles").put(role.id, role);
      log("role.created", now - (300 - k) * DAY, { id: role.id, role_name: r.name });
      return role;
    });
  seedMoreRoles(org, origin.seed, roleCount - orgRoles.length);

  // Groups, their members and roles.
  const groupNames = ["Platform Admins", "Data Science", "Support Engineers"];
  const groups = groupNames.map((name, k) => {
    const group = {
      id: id("group_"),
      name,
      created_at: now - (250 - 10 * k) * DAY,
      is_scim_managed: false,
      group_type: "group",
    };
    org.collection("/organization/groups").put(group.id, group);
    log("group.created", group.created_at, { id: group.id, data: { group_name: name } });
    if (hasUsers) {
      for (let m = 0; m < 4; m++) {
        const u = user(k * 4 + m);
        org
          .collection(`/organization/groups/${group.id}/users`)
          .put(u.id, { id: u.id, name: u.name, email: u.email });
      }
    }
    return group;
  });
  const assignRole = (key: string, role: Entity & { id: string }, at: number) =>
    org.collection(key).put(role.id, {
      ...role,
      created_at: at,
      updated_at: at,
      created_by: user(0).id,
      created_by_user_obj: { id: user(0).id, name: user(0).name, email: user(0).email },
      metadata: {},
      assignment_sources: null,
    });
  if (groups[0] && orgRoles[1])
    assignRole(`/organization/groups/${groups[0].id}/roles`, orgRoles[1], now - 200 * DAY);
  if (hasUsers && orgRoles[0])
    assignRole(`/organization/users/${user(3).id}/roles`, orgRoles[0], now - 150 * DAY);

  // Projects, with members, service accounts, keys and guard rails as PROJECT_PLAN says.
  const keys: SeededKey[] = [];
  const projectIds: string[] = [];
  let keyTurn = 0;
  for (let p = 0; p < origin.sizes.projects; p++) {
    const plan = PROJECT_PLAN[p] ?? {
      name: `Team Project ${p + 1}`,
      allowList: true,
      spendAlert: true,
      spendLimit: true,
      archived: false,
    };
    const createdAt = now - (360 - 30 * p) * DAY;
    const archivedAt = plan.archived ? now - 60 * DAY : null;
    const project = {
      id: id("proj_", 24),
      object: "organization.project",
      name: plan.name,
      created_at: createdAt,
      archived_at: archivedAt,
      status: plan.archived ? "archived" : "active",
      external_key_id: null,
      residency: "GLOBAL",
    };
    projectIds.push(project.id);
    const ref = { id: project.id, name: plan.name };
    const at = (path: string) => `/organization/projects/${project.id}${path}`;
    org.collection("/organization/projects").put(project.id, project);
    log("project.created", createdAt, { id: project.id, data: { name: plan.name, title: plan.name } }, ref);
    if (archivedAt) log("project.archived", archivedAt, { id: project.id }, ref);

    const members: (Entity & { id: string; email: string; name: string })[] = [];
    if (hasUsers) {
      for (let m = 0; m < 6; m++) {
        const u = user(p * 5 + m);
        if (members.some((x) => x.id === u.id)) continue;
        members.push(u);
        const role = m === 0 ? "owner" : "member";
        const addedAt = createdAt + (m + 1) * DAY;
        org.collection(at("/users")).put(u.id, {
          object: "organization.project.user",
          id: u.id,
          name: u.name,
          email: u.email,
          role,
          added_at: addedAt,
        });
        log("user.added", addedAt, { id: u.id, data: { role } }, ref);
      }
    }
    const g = p < 2 ? groups[p] : undefined;
    if (g) {
      org.collection(at("/groups")).put(g.id, {
        object: "project.group",
        project_id: project.id,
        group_id: g.id,
        group_name: g.name,
        group_type: "group",
        created_at: createdAt + 3 * DAY,
      });
    }
    if (p === 0) {
      const role = {
        object: "role",
        id: id("role_"),
        name: "Fine-tuning Operator",
        description: "Runs and monitors fine-tuning jobs in the project",
        permissions: ["api.fine_tuning.jobs.read", "api.fine_tuning.jobs.write"],
        resource_type: "api.project",
        predefined_role: false,
      };
      org.collection(`/projects/${project.id}/roles`).put(role.id, role);
      if (members[1])
        assignRole(`/projects/${project.id}/users/${members[1].id}/roles`, role, createdAt + 5 * DAY);
      if (g) assignRole(`/projects/${project.id}/groups/${g.id}/roles`, role, createdAt + 6 * DAY);
    }

    const accounts = [
      `${plan.name.toLowerCase().replace(/[^a-z]+/g, "-")}-ci`,
      ...(p % 2 === 0 ? ["nightly-batch"] : []),
    ].map((name, k) => {
      const account = {
        object: "organization.project.service_account",
        id: id("svc_acct_"),
        name,
        role: "member",
        created_at: createdAt + (10 + k) * DAY,
      };
      org.collection(at("/service_accounts")).put(account.id, account);
      log("service_account.created", account.created_at, { id: account.id, data: { role: "member" } }, ref);
      return account;
    });
    const owners = [
      ...members.slice(0, 2).map((u) => ({ type: "user" as const, u })),
      ...accounts.map((a) => ({ type: "service_account" as const, a })),
    ];
    for (const [k, owner] of owners.entries()) {
      const days = KEY_LAST_USED[keyTurn++ % KEY_LAST_USED.length] ?? null;
      const keyCreated = createdAt + (12 + k) * DAY;
      const lastUsedAt = days === null ? null : Math.max(keyCreated, now - days * DAY - 7_200);
      const key = {
        object: "organization.project.api_key",
        redacted_value: `sk-proj-${id("", 3)}****${id("", 4)}`,
        name: owner.type === "user" ? `${owner.u.name.split(" ")[0]}'s key` : `${owner.a.name} key`,
        created_at: keyCreated,
        last_used_at: lastUsedAt,
        id: id("key_", 16),
        owner_project_access: "active",
        owner:
          owner.type === "user"
            ? {
                type: "user",
                user: {
                  id: owner.u.id,
                  email: owner.u.email,
                  name: owner.u.name,
                  created_at: owner.u.added_at as number,
                  role: k === 0 ? "owner" : "member",
                },
              }
            : {
                type: "service_account",
                service_account: {
                  id: owner.a.id,
                  name: owner.a.name,
                  created_at: owner.a.created_at,
                  role: "member",
                },
              },
      };
      org.collection(at("/api_keys")).put(key.id, key);
      log("api_key.created", keyCreated, { id: key.id, data: { scopes: [] } }, ref);
      keys.push({
        projectId: project.id,
        id: key.id,
        userId: owner.type === "user" ? owner.u.id : null,
        createdAt: keyCreated,
        lastUsedAt,
      });
    }

    org.singletons.set(at("/model_permissions"), {
      object: "project.model_permissions",
      ...(plan.allowList
        ? { mode: "allow_list", model_ids: ["gpt-4.1", "o3"] }
        : { mode: "deny_list", model_ids: p === 2 ? ["o1-pro"] : [] }),
    });
    if (plan.spendAlert) {
      const alert = {
        id: id("alert_", 12),
        object: "project.spend_alert",
        threshold_amount: 50_000 * (p + 1),
        currency: "USD",
        interval: "month",
        notification_channel: {
          type: "email",
          recipients: ["finance@example.com"],
          subject_prefix: `[${plan.name}]`,
        },
      };
      org.collection(at("/spend_alerts")).put(alert.id, alert);
    }
    org.singletons.set(
      at("/spend_limit"),
      plan.spendLimit
        ? {
            object: "project.spend_limit",
            threshold_amount: 100_000 * (p + 1),
            currency: "USD",
            interval: "month",
            enforcement: { status: "inactive" },
          }
        : null,
    );
    org.singletons.set(at("/data_retention"), {
      object: "project.data_retention",
      type: p === 0 ? "zero_data_retention" : "organization_default",
    });
  }

  // Invites: pending ones of INVITE_AGES days, one accepted, one expired.
  const invite = (email: string, status: string, days: number, role = "reader") => {
    const createdAt = now - days * DAY - 1_800;
    const entity = {
      object: "organization.invite",
      id: id("invite-", 16),
      email,
      role,
      status,
      created_at: createdAt,
      expires_at: createdAt + 7 * DAY,
      accepted_at: status === "accepted" ? createdAt + DAY : null,
      projects: [],
    };
    org.collection("/organization/invites").put(entity.id, entity);
    log("invite.sent", createdAt, { id: entity.id, data: { email, role } });
  };
  invite("former.contractor@example.com", "expired", 120);
  invite("rejoined.analyst@example.com", "accepted", 100);
  for (const [k, days] of [...INVITE_AGES].reverse().entries())
    invite(`invitee${k + 1}@example.com`, "pending", days, k === 0 ? "owner" : "reader");

  // Admin API keys: two that never expire (one never used), one that does.
  const admin = user(0);
  for (const [k, plan] of [
    { name: "Terraform", expires: null, used: 1 },
    { name: "Offboarding script", expires: 60, used: 40 },
    { name: "Old laptop", expires: null, used: null },
  ].entries()) {
    const createdAt = now - (200 - 20 * k) * DAY;
    const key = {
      object: "organization.admin_api_key",
      id: id("key_", 16),
      name: plan.name,
      redacted_value: `sk-admin...${id("", 4)}`,
      created_at: createdAt,
      expires_at: plan.expires === null ? null : now + plan.expires * DAY,
      last_used_at: plan.used === null ? null : now - plan.used * DAY,
      owner: {
        type: "user",
        object: "organization.user",
        id: admin.id,
        name: admin.name,
        created_at: admin.added_at as number,
        role: "owner",
      },
    };
    org.collection("/organization/admin_api_keys").put(key.id, key);
  }

  org.collection("/organization/spend_alerts").put("alert_org_monthly", {
    id: "alert_org_monthly",
    object: "organization.spend_alert",
    threshold_amount: 1_000_000,
    currency: "USD",
    interval: "month",
    notification_channel: {
      type: "email",
      recipients: ["finance@example.com"],
      subject_prefix: "[Org spend]",
    },
  });
  org.singletons.set("/organization/spend_limit", {
    object: "organization.spend_limit",
    threshold_amount: 5_000_000,
    currency: "USD",
    interval: "month",
    enforcement: { status: "inactive" },
  });

  audit.sort((a, b) => (a.effective_at as number) - (b.effective_at as number));
  for (const entry of audit) {
    const entryId = id("audit_log_", 12);
    org.collection("/organization/audit_logs").put(entryId, { id: entryId, ...entry });
  }
  return { org, keys, projectIds };
}

/** Custom roles when the size is not given: the two the seed documents. */
const DEFAULT_ROLES = 2;

export const DEFAULT_SIZES: OrgSizes = { users: 40, projects: 6, days: 90, roles: DEFAULT_ROLES };

/**
 * Roles beyond the documented two, for organizations with thousands of them (`next`-cursor lists
 * at scale). Their ids come from a random stream of their own, so asking for more roles changes
 * no other id of the seed; they have no audit history.
 */
function seedMoreRoles(org: Org, seed: number, count: number): void {
  const random = mulberry32(seed ^ 0x201e5);
  const roles = org.collection("/organization/roles");
  for (let k = 0; k < count; k++) {
    const role = {
      object: "role",
      id: randomId(random, "role_"),
      name: `Team Role ${k + 1}`,
      description: `Reads the organization's users (role ${k + 1} of ${count} made up)`,
      permissions: ["api.organization.users.read"],
      resource_type: "api.organization",
      predefined_role: false,
    };
    roles.put(role.id, role);
  }
}

/** Lists the seed leaves to the spec's examples: every project's rate limits, the org's certificates. */
export function seedFromExamples(
  org: Org,
  projectIds: readonly string[],
  examples: (path: string) => Entity[],
): void {
  for (const projectId of projectIds) {
    for (const limit of examples("/organization/projects/{project_id}/rate_limits")) {
      org.collection(`/organization/projects/${projectId}/rate_limits`).put(String(limit.id), limit);
    }
  }
  for (const certificate of examples("/organization/certificates")) {
    org.collection("/organization/certificates").put(String(certificate.id), certificate);
  }
}

export { USERS_PATH };
