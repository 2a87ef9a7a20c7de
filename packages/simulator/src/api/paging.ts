// Pages of a collection in each cursor style of the spec: `last_id` (send `after` = the page's
// `last_id`), `next` (an opaque cursor). `next_page` pages are buckets (buckets.ts).
type CursorStyle = "last_id" | "next" | "next_page";

import type { Collection, Entity } from "../org/collection.js";

export type PageResult =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; param: string; message: string };

const encodeNext = (position: number) => `cur_${Buffer.from(`after:${position}`).toString("base64url")}`;
function decodeNext(cursor: string): number | undefined {
  if (!cursor.startsWith("cur_")) return undefined;
  const m = /^after:(\d+)$/.exec(Buffer.from(cursor.slice(4), "base64url").toString());
  return m ? Number(m[1]) : undefined;
}

export interface PageRequest {
  style: CursorStyle;
  after: string | undefined;
  limit: number;
  /** Only objects it accepts are listed. */
  filter: (entity: Entity) => boolean;
  /** The object as the list returns it. */
  present: (entity: Entity) => unknown;
}

export function listPage(collection: Collection, request: PageRequest): PageResult {
  let start = 0;
  if (request.after !== undefined && request.after !== "") {
    const position =
      request.style === "last_id" ? collection.positionOf(request.after) : decodeNext(request.after);
    if (position === undefined)
      return { ok: false, param: "after", message: `invalid cursor: ${request.after}` };
    start = request.style === "last_id" ? position + 1 : position;
  }
  const data: unknown[] = [];
  const ids: string[] = [];
  let hasMore = false;
  let lastPosition = start;
  for (const item of collection.from(start)) {
    if (!request.filter(item.entity)) continue;
    if (data.length === request.limit) {
      hasMore = true;
      break;
    }
    data.push(request.present(item.entity));
    ids.push(item.id);
    lastPosition = item.position;
  }
  if (request.style === "last_id") {
    return {
      ok: true,
      body: {
        object: "list",
        data,
        first_id: ids[0] ?? null,
        last_id: ids.at(-1) ?? null,
        has_more: hasMore,
      },
    };
  }
  return {
    ok: true,
    body: { object: "list", data, has_more: hasMore, next: hasMore ? encodeNext(lastPosition + 1) : null },
  };
}
