import type { paths } from "@openai-admin/types";
import type { MaybeOptionalInit } from "openapi-fetch";

type JsonOk<Operation> = Operation extends {
  responses: { 200: { content: { "application/json": infer Body } } };
}
  ? Body
  : never;

/** Every GET path whose 200 body is a page: `{ data: T[], has_more }`. */
export type ListPath = {
  [P in keyof paths]: JsonOk<paths[P]["get"]> extends { data: unknown[]; has_more: boolean } ? P : never;
}[keyof paths];

/** The whole 200 body of a list path. */
export type Page<P extends ListPath> = JsonOk<paths[P]["get"]>;

/** One element of a list path's `data`. */
export type PageItem<P extends ListPath> = Page<P>["data"][number];

/**
 * How a list asks for its next page: `after` = the page's `last_id`, `after` = its `next`, or
 * `page` = its `next_page` (bucketed usage and costs reports). Known per path from the spec.
 */
export type CursorStyle = "last_id" | "next" | "next_page";

/** What `client.GET(path, init)` accepts for a list path. */
export type ListInit<P extends ListPath> = MaybeOptionalInit<paths[P], "get">;
