// Ids as people know them: a user by email, a project, role, group or service account by its
// exact name. Each is one lookup (GETs only, even under --dry-run) of the list the manifest names
// for that parameter, filtered by the server where the list can, and always checked here.
import { type AdminClient, type ListInit, type ListPath, pages, request, unwrap } from "@openai-admin/client";
import { ExitCode } from "@openai-admin/client/error-contract";
import type { Lookup, Operation } from "../manifest/types.js";

/** A lookup that found no match (exit 4) or several (exit 2): the message says what to do. */
export class LookupFailed extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

type Item = Record<string, unknown>;

const fill = (template: string, ids: Record<string, string>) =>
  template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(ids[name] ?? name));

/** Whether `value` is to be looked up rather than sent as an id. */
export function needsLookup(value: string, lookup: Lookup): boolean {
  if (value.startsWith(lookup.prefix)) return false;
  return lookup.by === "email" ? value.includes("@") : true;
}

/** `Grace Hopper <grace@example.com> (user_abc)`, as much of it as the object has. */
export function describeObject(item: Item, id: string): string {
  const name = typeof item.name === "string" && item.name ? item.name : undefined;
  const email = typeof item.email === "string" && item.email ? `<${item.email}>` : undefined;
  const label = [name, email].filter(Boolean).join(" ");
  return label ? `${label} (${id})` : id;
}

async function find(
  client: AdminClient,
  lookup: Lookup,
  value: string,
  path: Record<string, string>,
  signal: AbortSignal,
) {
  const matches = (item: Item) =>
    lookup.by === "email"
      ? String(item.email ?? "").toLowerCase() === value.toLowerCase()
      : item.name === value;
  const query = lookup.filter ? { [lookup.filter]: [value] } : {};
  const found: Item[] = [];
  const init = { params: { path, query }, signal } as ListInit<ListPath>;
  for await (const page of pages(client, lookup.list as ListPath, init)) {
    found.push(...(page.data as Item[]).filter(matches));
  }
  return found;
}

/**
 * The operation's path ids with every email or name replaced by the id it stands for, in path
 * order (a role's name is looked up among the roles of the user already resolved).
 */
export async function resolveIds(
  client: AdminClient,
  op: Operation,
  given: Record<string, string>,
  signal: AbortSignal,
  told?: (line: string) => void,
): Promise<Record<string, string>> {
  const path: Record<string, string> = { ...given };
  for (const field of op.fields) {
    const { lookup } = field;
    const value = path[field.name];
    if (field.in !== "path" || !lookup || value === undefined || !needsLookup(value, lookup)) continue;
    const what = `${lookup.noun} with ${lookup.by} ${JSON.stringify(value)}`;
    signal.throwIfAborted();
    const found = await find(client, lookup, value, path, signal);
    const [only] = found;
    if (!only)
      throw new LookupFailed(`no ${what} (looked in GET ${fill(lookup.list, path)}).`, ExitCode.notFound);
    if (found.length > 1) {
      const listed = found.map((item) => `  ${describeObject(item, String(item.id))}`).join("\n");
      throw new LookupFailed(
        `${found.length} ${lookup.noun}s match ${lookup.by} ${JSON.stringify(value)}; give the id of one:\n${listed}`,
        ExitCode.usage,
      );
    }
    path[field.name] = String(only.id);
    told?.(`${value} is ${lookup.noun} ${String(only.id)}`);
  }
  return path;
}

/** What a destructive command acts on, named for its prompt: one GET of the object. */
export async function describeTarget(
  client: AdminClient,
  op: Operation,
  path: Record<string, string>,
  signal: AbortSignal,
): Promise<Record<string, string>> {
  if (!op.describedBy) return path;
  const last = /\{([^}]+)\}$/.exec(op.describedBy)?.[1];
  const id = last === undefined ? undefined : path[last];
  if (last === undefined || id === undefined) return path;
  const item = await unwrap(request(client, { method: "GET", path: op.describedBy }, { path, signal }));
  return { ...path, [last]: describeObject((item ?? {}) as Item, id) };
}
