// @ts-check
// What a success response carries, read from its schema: a page of a list (and how the next page
// is asked for), one object, or nothing.

/** @param {any} schema @returns {import("./types.js").ResponseKind} */
export function responseKind(schema) {
  if (!schema) return "none";
  const props = schema.properties ?? {};
  const isPage = props.data?.type === "array" && (props.has_more || props.next_page);
  return isPage ? "list" : "object";
}

/**
 * Bucketed reports name the next page `next_page`; newer lists give the `next` cursor; the rest
 * page with `after` = the page's `last_id`.
 * @param {any} schema @returns {import("./types.js").CursorStyle}
 */
export function cursorStyle(schema) {
  const props = schema.properties ?? {};
  if (props.next_page) return "next_page";
  if (props.next) return "next";
  return "last_id";
}
