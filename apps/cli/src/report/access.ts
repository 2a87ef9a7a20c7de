// `report access`: what an access review asks for, read from the API. Users are streamed (an
// organization may have 100,000); only findings are kept, each with why it is listed and the
// command that would fix it.
import type { AdminClient } from "@openai-admin/client";
import { isoTime } from "../input/time.js";
import { fetchOptional, fixCommand, listAll, operation } from "./operations.js";

const DAY = 86_400;

export const FINDINGS = {
  owner: "Owners",
  "inactive-user": "Users with no API key use in the inactive period",
  "stale-project-api-key": "Project API keys unused in the inactive period",
  "unused-service-account": "Service accounts none of whose keys was used in the inactive period",
  "never-expiring-admin-key": "Admin API keys that never expire",
  "old-invite": "Pending invites older than the invite period",
  "project-without-allow-list": "Projects without a model allow-list",
  "project-without-spend-alert": "Projects without a spend alert",
  "project-without-spend-limit": "Projects without a spend limit",
} as const;

export type FindingKind = keyof typeof FINDINGS;
export const FINDING_KINDS = Object.keys(FINDINGS) as FindingKind[];

export interface Finding {
  finding: FindingKind;
  /** The API's object type (`organization.user`, `organization.project.api_key`). */
  object: string;
  id: string;
  /** What people recognise it by: an email for users and invites, a name otherwise. */
  name: string;
  project: { id: string; name: string } | null;
  /** Unix seconds; null when never used (or not applicable). */
  last_used_at: number | null;
  created_at: number | null;
  why: string;
  fix: string;
}

export interface AccessOptions {
  now: number;
  inactiveDays: number;
  inviteDays: number;
  signal?: AbortSignal;
  /** Called as the review goes, for a progress line. */
  progress?: (state: AccessProgress) => void;
}

export interface AccessProgress {
  users: number;
  projects: number;
  projectsTotal: number | undefined;
}

export interface AccessReport {
  now: number;
  inactiveDays: number;
  inviteDays: number;
  /** Findings grouped by kind, in the order of FINDING_KINDS. */
  groups: Map<FindingKind, Finding[]>;
  checked: { users: number; projects: number; apiKeys: number; serviceAccounts: number; invites: number };
}

const str = (value: unknown) => (value === null || value === undefined ? "" : String(value));
const num = (value: unknown) => (typeof value === "number" ? value : null);
const date = (seconds: number) => isoTime(seconds).slice(0, 10);

export async function accessReport(client: AdminClient, options: AccessOptions): Promise<AccessReport> {
  const { now, signal } = options;
  const cutoff = now - options.inactiveDays * DAY;
  const inviteCutoff = now - options.inviteDays * DAY;
  const stale = (at: number | null) => at === null || at < cutoff;
  const ago = (at: number) => {
    const days = Math.floor((now - at) / DAY);
    return `${date(at)} (${days} day${days === 1 ? "" : "s"} ago)`;
  };
  const groups = new Map<FindingKind, Finding[]>(FINDING_KINDS.map((k) => [k, []]));
  // The same key order in every finding, `finding` first, whatever order it was built in.
  const add = (f: Finding) =>
    groups.get(f.finding)?.push({
      finding: f.finding,
      object: f.object,
      id: f.id,
      name: f.name,
      project: f.project,
      last_used_at: f.last_used_at,
      created_at: f.created_at,
      why: f.why,
      fix: f.fix,
    });
  const checked = { users: 0, projects: 0, apiKeys: 0, serviceAccounts: 0, invites: 0 };
  const state: AccessProgress = { users: 0, projects: 0, projectsTotal: undefined };
  const tick = () => options.progress?.(state);

  for await (const user of listAll(client, operation("users", "list"), {}, { limit: 100 }, signal)) {
    const id = str(user.id);
    const base = { object: str(user.object), id, name: str(user.email), project: null };
    const lastUsed = num(user.api_key_last_used_at);
    const created = num(user.added_at);
    if (user.role === "owner") {
      add({
        ...base,
        finding: "owner",
        last_used_at: lastUsed,
        created_at: created,
        why: "role owner",
        fix: fixCommand("users", "update", [id], { role: "reader" }),
      });
    }
    if (stale(lastUsed)) {
      add({
        ...base,
        finding: "inactive-user",
        last_used_at: lastUsed,
        created_at: created,
        why: lastUsed === null ? "never used an API key" : `last used a key ${ago(lastUsed)}`,
        fix: fixCommand("users", "delete", [id]),
      });
    }
    if (++state.users % 1000 === 0) tick();
  }
  checked.users = state.users;
  tick();

  for await (const key of listAll(client, operation("admin-api-keys", "list"), {}, { limit: 100 }, signal)) {
    if (key.expires_at !== null && key.expires_at !== undefined) continue;
    const lastUsed = num(key.last_used_at);
    add({
      finding: "never-expiring-admin-key",
      object: str(key.object),
      id: str(key.id),
      name: str(key.name),
      project: null,
      last_used_at: lastUsed,
      created_at: num(key.created_at),
      why: `no expiry; ${lastUsed === null ? "never used" : `used ${ago(lastUsed)}`}`,
      fix: fixCommand("admin-api-keys", "delete", [str(key.id)]),
    });
  }

  for await (const invite of listAll(client, operation("invites", "list"), {}, { limit: 100 }, signal)) {
    checked.invites++;
    const created = num(invite.created_at);
    if (invite.status !== "pending" || created === null || created >= inviteCutoff) continue;
    add({
      finding: "old-invite",
      object: str(invite.object),
      id: str(invite.id),
      name: str(invite.email),
      project: null,
      last_used_at: null,
      created_at: created,
      why: `pending since ${ago(created)}`,
      fix: fixCommand("invites", "delete", [str(invite.id)]),
    });
  }

  // Archived projects are left out: their keys no longer work and their settings cannot change.
  const projects: { id: string; name: string }[] = [];
  for await (const p of listAll(client, operation("projects", "list"), {}, { limit: 100 }, signal)) {
    projects.push({ id: str(p.id), name: str(p.name) });
  }
  state.projectsTotal = projects.length;
  tick();
  for (const project of projects) {
    await reviewProject(client, project, { add, stale, ago, signal, checked });
    state.projects++;
    tick();
  }
  checked.projects = projects.length;
  return { now, inactiveDays: options.inactiveDays, inviteDays: options.inviteDays, groups, checked };
}

interface ProjectContext {
  add: (finding: Finding) => void;
  stale: (at: number | null) => boolean;
  ago: (at: number) => string;
  signal: AbortSignal | undefined;
  checked: AccessReport["checked"];
}

async function reviewProject(
  client: AdminClient,
  project: { id: string; name: string },
  { add, stale, ago, signal, checked }: ProjectContext,
): Promise<void> {
  const path = { project_id: project.id };
  const collect = async (resource: string) => {
    const items: Record<string, unknown>[] = [];
    for await (const item of listAll(client, operation(resource, "list"), path, { limit: 100 }, signal))
      items.push(item);
    return items;
  };
  const [keys, accounts, permissions, alerts, limit] = await Promise.all([
    collect("projects:api-keys"),
    collect("projects:service-accounts"),
    fetchOptional(client, operation("projects:model-permissions", "retrieve"), path, signal),
    collect("projects:spend-alerts"),
    fetchOptional(client, operation("projects:spend-limit", "retrieve"), path, signal),
  ]);
  checked.apiKeys += keys.length;
  checked.serviceAccounts += accounts.length;
  const lastUsedOf = (key: Record<string, unknown>) => num(key.last_used_at);

  for (const key of keys) {
    const lastUsed = lastUsedOf(key);
    if (!stale(lastUsed)) continue;
    add({
      finding: "stale-project-api-key",
      object: str(key.object),
      id: str(key.id),
      name: str(key.name),
      project,
      last_used_at: lastUsed,
      created_at: num(key.created_at),
      why: lastUsed === null ? "never used" : `last used ${ago(lastUsed)}`,
      fix: fixCommand("projects:api-keys", "delete", [project.id, str(key.id)]),
    });
  }
  for (const account of accounts) {
    const own = keys.filter(
      (k) =>
        (k.owner as { service_account?: { id?: unknown } } | undefined)?.service_account?.id === account.id,
    );
    if (!own.every((k) => stale(lastUsedOf(k)))) continue;
    const used = own.map(lastUsedOf).filter((at): at is number => at !== null);
    const lastUsed = used.length > 0 ? Math.max(...used) : null;
    add({
      finding: "unused-service-account",
      object: str(account.object),
      id: str(account.id),
      name: str(account.name),
      project,
      last_used_at: lastUsed,
      created_at: num(account.created_at),
      why:
        own.length === 0
          ? "has no API key"
          : lastUsed === null
            ? `its ${own.length === 1 ? "key was" : `${own.length} keys were`} never used`
            : `keys last used ${ago(lastUsed)}`,
      fix: fixCommand("projects:service-accounts", "delete", [project.id, str(account.id)]),
    });
  }
  const about = { object: "organization.project", id: project.id, name: project.name, project };
  const none = { last_used_at: null, created_at: null };
  if (permissions?.mode !== "allow_list") {
    const models = Array.isArray(permissions?.model_ids) ? permissions.model_ids.join(", ") : "";
    add({
      ...about,
      ...none,
      finding: "project-without-allow-list",
      why:
        permissions?.mode === "deny_list"
          ? `a deny-list${models ? ` (${models})` : ""}, not an allow-list`
          : "no model permissions set",
      fix: fixCommand("projects:model-permissions", "update", [project.id], { mode: "allow_list" }),
    });
  }
  if (alerts.length === 0) {
    add({
      ...about,
      ...none,
      finding: "project-without-spend-alert",
      why: "no spend alert",
      fix: fixCommand("projects:spend-alerts", "create", [project.id]),
    });
  }
  if (!limit) {
    add({
      ...about,
      ...none,
      finding: "project-without-spend-limit",
      why: "no spend limit",
      fix: fixCommand("projects:spend-limit", "update", [project.id]),
    });
  }
}

/** Findings in report order, as the JSON, JSONL and CSV outputs carry them. */
export function* allFindings(report: AccessReport): Generator<Finding> {
  for (const kind of FINDING_KINDS) yield* report.groups.get(kind) ?? [];
}
