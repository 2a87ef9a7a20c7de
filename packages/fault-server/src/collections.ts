// Users and roles made on the fly from their index, so a list of 10,000 costs no memory, and the
// pages of every cursor style of the spec: `after` = `last_id` (users, invites, projects),
// `after` = `next` (roles) and `page` = `next_page` (usage and costs buckets).
import type { CursorStyle } from "@openai-admin/spec";

export type { CursorStyle };

export interface PageQuery {
  /** The cursor sent: `after`, or `page` for the `next_page` style. */
  after?: string | undefined;
  limit?: string | undefined;
}

export type PageResult =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; status: 400; param: string; message: string };

const pad = (i: number) => String(i).padStart(6, "0");

/** User number `i` (1-based); ids sort in list order. */
export function userAt(i: number) {
  return {
    object: "organization.user",
    id: `user_${pad(i)}`,
    name: `User ${i}`,
    email: `user${i}@example.com`,
    role: i % 10 === 1 ? "owner" : "reader",
    added_at: 1_711_471_533 + i,
  };
}

/** Role number `i` (1-based). */
export function roleAt(i: number) {
  return {
    object: "role",
    id: `role_${pad(i)}`,
    name: `Role ${i}`,
    description: null,
    permissions: ["api.organization.users.read"],
    resource_type: "api.organization",
    predefined_role: false,
  };
}

/** The ids of all `count` users, in list order: what a lossless listing must yield. */
export function userIds(count: number): string[] {
  return Array.from({ length: count }, (_, k) => userAt(k + 1).id);
}

// `next` (and `next_page`) cursors are opaque, so a client that sends `last_id` instead of `next` is caught.
const encodeNext = (index: number) => `cur_${Buffer.from(`after:${index}`).toString("base64url")}`;
function decodeNext(cursor: string): number | undefined {
  if (!cursor.startsWith("cur_")) return undefined;
  const m = /^after:(\d+)$/.exec(Buffer.from(cursor.slice(4), "base64url").toString());
  return m ? Number(m[1]) : undefined;
}
function decodeId(cursor: string, prefix: string): number | undefined {
  const m = new RegExp(`^${prefix}_(\\d{6})$`).exec(cursor);
  return m ? Number(m[1]) : undefined;
}

export interface Limits {
  min: number;
  max: number;
  default: number;
}

export interface Collection {
  count: number;
  at: (i: number) => { id: string };
  prefix: string;
  style: CursorStyle;
  limits: Limits;
}

/** What the server lists: made-up users and roles; every other list of the spec is empty. */
export const members = {
  users: { at: userAt, prefix: "user" },
  roles: { at: roleAt, prefix: "role" },
} as const;

/** One page of `collection` for the query, in the collection's cursor style, or the 400 the API gives. */
export function page(collection: Collection, query: PageQuery): PageResult {
  const { limits } = collection;
  let limit = limits.default;
  if (query.limit !== undefined) {
    limit = Number(query.limit);
    if (!/^\d+$/.test(query.limit) || limit < limits.min || limit > limits.max) {
      return {
        ok: false,
        status: 400,
        param: "limit",
        message: `limit must be an integer from ${limits.min} to ${limits.max}`,
      };
    }
  }
  let start = 0;
  if (query.after !== undefined && query.after !== "") {
    const index =
      collection.style === "last_id" ? decodeId(query.after, collection.prefix) : decodeNext(query.after);
    if (index === undefined) {
      const param = collection.style === "next_page" ? "page" : "after";
      return { ok: false, status: 400, param, message: `invalid cursor: ${query.after}` };
    }
    start = index;
  }
  const end = Math.min(start + limit, collection.count);
  const data = [];
  for (let i = start + 1; i <= end; i++) data.push(collection.at(i));
  const hasMore = end < collection.count;
  if (collection.style === "next") {
    return {
      ok: true,
      body: { object: "list", data, has_more: hasMore, next: hasMore ? encodeNext(end) : null },
    };
  }
  if (collection.style === "next_page") {
    return {
      ok: true,
      body: { object: "page", data, has_more: hasMore, next_page: hasMore ? encodeNext(end) : null },
    };
  }
  return {
    ok: true,
    body: {
      object: "list",
      data,
      first_id: data[0]?.id ?? null,
      last_id: data.at(-1)?.id ?? null,
      has_more: hasMore,
    },
  };
}
