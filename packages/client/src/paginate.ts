import type { AdminClient } from "./create-client.js";
import { errorFromResponse, PaginationError } from "./errors.js";
import { cursors } from "./generated/cursors.js";
import type { CursorStyle, ListInit, ListPath, Page, PageItem } from "./list-types.js";
import { type OperationInput, request } from "./request.js";

export interface PagesOptions {
  /** Stop after this many pages. */
  maxPages?: number;
}
export interface PaginateOptions {
  /** Stop after this many items; no page past the one holding the last of them is requested. */
  maxItems?: number;
}

/** `init` is required exactly when the path has path parameters, as for `client.GET`. */
export type ListArgs<P extends ListPath, O> =
  undefined extends ListInit<P> ? [init?: ListInit<P>, options?: O] : [init: ListInit<P>, options?: O];

type Cursors = { has_more: boolean } & Partial<Record<CursorStyle, string | null>>;

/**
 * Every page body of a list operation, following the cursor style the spec gives its path:
 * `after` = `last_id` (users, invites, projects, spend alerts), `after` = `next` (roles) or
 * `page` = `next_page` (usage and costs buckets).
 */
export async function* pages<P extends ListPath>(
  client: Pick<AdminClient, "GET">,
  path: P,
  ...[init, options]: ListArgs<P, PagesOptions>
): AsyncGenerator<Page<P>, void, undefined> {
  const { params, ...rest } = (init ?? {}) as Omit<OperationInput, "path" | "query"> & {
    params?: Pick<OperationInput, "path" | "query">;
  };
  const style = cursors[path] ?? "last_id";
  const param = style === "next_page" ? "page" : "after";
  let cursor = params?.query?.[param] as string | undefined;
  const seen = new Set(cursor ? [cursor] : []);
  for (let count = 0; count < (options?.maxPages ?? Infinity); count++) {
    const query = cursor ? { ...params?.query, [param]: cursor } : params?.query;
    let page: (Page<P> & Cursors) | undefined = await pageAt(client, path, { ...rest, ...params, query });
    yield page;
    // Like the official SDKs: a missing cursor ends the list even if has_more says otherwise.
    const next = page.has_more && page[style];
    // A suspended generator keeps what its variables last held: without this, each page would
    // stay in memory while the next one is fetched.
    page = undefined;
    if (!next) return;
    if (seen.has(next)) {
      throw new PaginationError(
        `GET ${path} returned the cursor "${next}" a second time; stopping instead of looping forever.`,
      );
    }
    seen.add(next);
    cursor = next;
  }
}

// Its own function, so that the answer's parts are not held by the generator's frame.
async function pageAt<P extends ListPath>(
  client: Pick<AdminClient, "GET">,
  path: P,
  input: OperationInput,
): Promise<Page<P> & Cursors> {
  const { data, error, response } = await request(client, { method: "GET", path }, input);
  if (!response.ok) throw errorFromResponse(response, error);
  return data as Page<P> & Cursors;
}

/** Every item of a list operation, one page in memory at a time. */
export async function* paginate<P extends ListPath>(
  client: Pick<AdminClient, "GET">,
  path: P,
  ...[init, options]: ListArgs<P, PaginateOptions>
): AsyncGenerator<PageItem<P>, void, undefined> {
  const maxItems = options?.maxItems ?? Infinity;
  if (maxItems <= 0) return;
  let count = 0;
  for await (const page of pages(client, path, ...([init] as ListArgs<P, PagesOptions>))) {
    for (const item of page.data as PageItem<P>[]) {
      yield item;
      if (++count >= maxItems) return;
    }
  }
}
