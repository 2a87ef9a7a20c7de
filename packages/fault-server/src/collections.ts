// Users and roles made on the fly from their index, so a list of 10,000 costs no memory, and the
// pages of both cursor styles of the spec: `last_id` (users, invites, projects) and `next` (roles).

export type CursorStyle = "last_id" | "next";

export interface PageQuery {
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

// `next` cursors are opaque, so a client that sends `last_id` instead of `next` is caught.
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

export interface Collection {
  count: number;
  at: (i: number) => { id: string };
  prefix: string;
  style: CursorStyle;
  limits: { min: number; max: number; default: number };
}

export const usersCollection = (count: number, style: CursorStyle): Collection => ({
  count,
  at: userAt,
  prefix: "user",
  style,
  limits: style === "last_id" ? { min: 1, max: 100, default: 20 } : { min: 0, max: 1000, default: 1000 },
});

export const rolesCollection = (count: number): Collection => ({
  count,
  at: roleAt,
  prefix: "role",
  style: "next",
  limits: { min: 0, max: 1000, default: 1000 },
});

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
      collection.style === "next" ? decodeNext(query.after) : decodeId(query.after, collection.prefix);
    if (index === undefined) {
      return { ok: false, status: 400, param: "after", message: `invalid cursor: ${query.after}` };
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
