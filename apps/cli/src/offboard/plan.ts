// What offboarding someone takes, read from the live organization: every project API key they
// own, every project and group they belong to, then the user. Which collections those are comes
// from the operation model: a DELETE of `<parents>/{parent}/users/{user_id}` is a membership, a
// DELETE of `<parents>/{parent}/api_keys/{key}` a key, each listed under every parent there is.
import { type AdminClient, type ListInit, type ListPath, pages } from "@openai-admin/client";
import { findOperation, operations } from "../manifest/lookup.js";
import type { Operation } from "../manifest/types.js";

type Item = Record<string, unknown>;

export interface Step {
  kind: "key" | "membership" | "user";
  op: Operation;
  path: Record<string, string>;
  /** `remove from project Data Pipeline (proj_abc)` */
  description: string;
}

export interface OffboardPlan {
  user: Item & { id: string };
  steps: Step[];
  /** Why the plan must not run (the last owner), if it must not. */
  refusal?: string;
}

const MEMBERSHIP = /^(\/[^{}]+)\/\{(\w+)\}\/users\/\{user_id\}$/;
const KEY = /^(\/[^{}]+)\/\{(\w+)\}\/api_keys\/\{(\w+)\}$/;

const singular = (segment: string) => segment.replace(/_/g, " ").replace(/s$/, "");
const listOf = (path: string) =>
  operations.find((o) => o.method === "GET" && o.path === path && o.pagination !== undefined);

async function all(
  client: AdminClient,
  path: string,
  ids: Record<string, string>,
  signal: AbortSignal,
): Promise<Item[]> {
  const found: Item[] = [];
  const init = { params: { path: ids, query: {} }, signal } as ListInit<ListPath>;
  for await (const page of pages(client, path as ListPath, init)) found.push(...(page.data as Item[]));
  return found;
}

function named(item: Item): string {
  const id = String(item.id);
  return typeof item.name === "string" && item.name ? `${item.name} (${id})` : id;
}

export async function planOffboarding(
  client: AdminClient,
  user: Item & { id: string },
  signal: AbortSignal,
): Promise<OffboardPlan> {
  const userDelete = findOperation("users", "delete");
  const usersList = userDelete && listOf(userDelete.path.slice(0, userDelete.path.lastIndexOf("/")));
  if (!userDelete || !usersList) throw new Error("the operation model has no users delete or list");
  let refusal: string | undefined;
  if (user.role === "owner") {
    const owners = (await all(client, usersList.path, {}, signal)).filter((u) => u.role === "owner");
    if (owners.filter((o) => o.id !== user.id).length === 0)
      refusal = `${named(user)} is the organization's last owner; make someone else an owner first (users update <user> --role owner).`;
  }
  const parents = new Map<string, Promise<Item[]>>();
  const parentsOf = (path: string) => {
    let items = parents.get(path);
    if (!items) {
      items = all(client, path, {}, signal);
      parents.set(path, items);
    }
    return items;
  };

  const keys: Step[] = [];
  const memberships: Step[] = [];
  for (const op of operations.filter((o) => o.method === "DELETE")) {
    const key = KEY.exec(op.path);
    const member = MEMBERSHIP.exec(op.path);
    const match = key ?? member;
    if (!match) continue;
    const [, parentPath = "", parentParam = ""] = match;
    const list = listOf(op.path.slice(0, op.path.lastIndexOf("/")));
    if (!list || !listOf(parentPath)) continue;
    const parentNoun = singular(parentPath.split("/").at(-1) ?? "");
    for (const parent of await parentsOf(parentPath)) {
      const parentId = String(parent.id);
      const items = await all(client, list.path, { [parentParam]: parentId }, signal);
      if (key) {
        const keyParam = key[3] ?? "";
        for (const item of items) {
          const owner = (item.owner as { user?: { id?: string } } | undefined)?.user;
          if (owner?.id !== user.id) continue;
          keys.push({
            kind: "key",
            op,
            path: { [parentParam]: parentId, [keyParam]: String(item.id) },
            description: `revoke ${parentNoun} API key ${named(item)} in ${parentNoun} ${named(parent)}`,
          });
        }
      } else if (items.some((item) => item.id === user.id)) {
        memberships.push({
          kind: "membership",
          op,
          path: { [parentParam]: parentId, user_id: user.id },
          description: `remove from ${parentNoun} ${named(parent)}`,
        });
      }
    }
  }
  const who = [user.name, user.email ? `<${String(user.email)}>` : ""].filter(Boolean).join(" ");
  const steps: Step[] = [
    // Keys first: whatever else fails, the person's keys stop working.
    ...keys,
    ...memberships,
    {
      kind: "user",
      op: userDelete,
      path: { user_id: user.id },
      description: `delete user ${who} (${user.id})`,
    },
  ];
  return { user, steps, ...(refusal ? { refusal } : {}) };
}
