// @ts-check
// The CLI's name for an operation (resource and verb), the official CLI's resource name, and the
// flags the spec sets where no rule can decide (`x-openai-admin-*`).

/** @typedef {Omit<import("./types.js").ModelOperation, "cli" | "destructive">} Described */

const kebab = (/** @type {string} */ name) => name.replace(/_/g, "-");

/**
 * Splits a path into nouns, each with the parameter that follows it:
 * `/organization/users/{user_id}/roles` -> `[{ segment: "users", param: "user_id" }, { segment: "roles" }]`.
 * The leading `organization` is the API's namespace, not a resource.
 * @param {string} path
 */
export function segmentsOf(path) {
  const parts = path.split("/").filter(Boolean);
  /** @type {{ segment: string, param?: string }[]} */
  const out = [];
  for (const part of parts[0] === "organization" ? parts.slice(1) : parts) {
    const param = /^\{(.+)\}$/.exec(part)?.[1];
    const last = out.at(-1);
    if (param && last) last.param = param;
    else out.push({ segment: part });
  }
  return out;
}

/**
 * @param {Described} op @param {Described[]} all @param {any} raw the operation as the spec has it
 * @returns {import("./types.js").ModelOperation["cli"]}
 */
export function cliNames(op, all, raw) {
  const segs = segmentsOf(op.path);
  const last = segs.at(-1);
  if (!last) throw new Error(`${op.operationId}: no resource in ${op.path}`);
  const samePath = all.filter((o) => o.path === op.path);
  const hasItems = all.some((o) => o.path.startsWith(`${op.path}/{`));
  const listed = samePath.some((o) => o.method === "get" && o.kind === "list");
  // A POST on a path that is nothing but that POST, named by a verb rather than a (plural) noun:
  // `/projects/{project_id}/archive`, `/certificates/activate`.
  const action =
    op.method === "post" && !last.param && samePath.length === 1 && !hasItems && !/s$/.test(last.segment);
  // Reports under a noun that has no operation of its own (`/organization/usage/completions`) are
  // that noun's verbs: `usage completions`, as the official CLI has them.
  const parentPath = op.path.slice(0, op.path.lastIndexOf("/"));
  const report =
    op.method === "get" &&
    !last.param &&
    segs.length > 1 &&
    !segs.at(-2)?.param &&
    !all.some((o) => o.path === parentPath) &&
    !hasItems;
  const own = action || report ? segs.slice(0, -1) : segs;
  const resource = own.map((s) => kebab(s.segment)).join(":");
  const verb =
    raw["x-openai-admin-verb"] ??
    (action || report ? kebab(last.segment) : verbOf(op, last.param, hasItems || listed, samePath));
  // Where the official CLI names a command differently (`usage costs` for `/organization/costs`),
  // the spec says so: `x-openai-admin-official: "usage costs"`.
  const official = /** @type {string | undefined} */ (raw["x-openai-admin-official"]);
  const [officialResource, officialVerb] = official ? official.split(" ") : [resource, verb];
  return {
    resource,
    verb,
    officialName: `admin:organization:${officialResource}`,
    officialVerb: officialVerb ?? verb,
  };
}

/**
 * @param {Described} op @param {string | undefined} itemParam @param {boolean} collection
 * @param {Described[]} samePath
 */
function verbOf(op, itemParam, collection, samePath) {
  if (op.method === "delete") return "delete";
  if (op.method === "get") return op.kind === "list" ? "list" : "retrieve";
  if (itemParam) return "update";
  if (collection) return "create";
  // A singleton (spend limit, data retention) is read and written on one path; a noun path with
  // no GET of its own (`.../service_accounts/{id}/api_keys`) only creates.
  return samePath.some((o) => o.method === "get") ? "update" : "create";
}

/** @param {Described} op @param {any} raw */
export function destructive(op, raw) {
  return op.method === "delete" || raw["x-openai-admin-destructive"] === true;
}

/**
 * Dotted paths of the fields of `schema` that `test` picks, `data[].value` style. A field that is
 * picked is not searched further.
 * @param {any} schema @param {(field: any) => boolean} test @param {string} [prefix]
 * @param {Set<any>} [seen] @returns {string[]}
 */
export function fieldPaths(schema, test, prefix = "", seen = new Set()) {
  if (!schema || typeof schema !== "object" || seen.has(schema)) return [];
  seen.add(schema);
  const out = [];
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    const at = prefix ? `${prefix}.${name}` : name;
    if (test(sub)) out.push(at);
    else out.push(...fieldPaths(sub, test, at, seen));
  }
  if (schema.items) out.push(...fieldPaths(schema.items, test, `${prefix}[]`, seen));
  for (const member of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    out.push(...fieldPaths(member, test, prefix, seen));
  seen.delete(schema);
  return [...new Set(out)];
}

/** What a response shows once and never again: fields marked `x-openai-admin-secret`. */
export const isSecret = (/** @type {any} */ field) => field?.["x-openai-admin-secret"] === true;

/** Unix times, which the CLI shows as ISO 8601. */
export const isUnixTime = (/** @type {any} */ field) => field?.format === "unixtime";
