// @ts-check
// Derives the CLI's command manifest (src/generated/manifest.ts) from the operation model
// (@openai-admin/spec): one command per operation, with its flags, their schemas and an example
// taken from the spec's examples. `--check` compares instead of writing (CI proves the committed
// manifest is current).

import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { modelOf, segmentsOf } from "@openai-admin/spec";
import { emit, finish, generatedHeader, specPath } from "../../../scripts/codegen.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const spec = specPath();
const model = await modelOf(spec);

const KEEP = [
  "enum",
  "const",
  "format",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "default",
];

/**
 * Reduces a JSON Schema to the subset the CLI validates: refs resolved, `type: [x, "null"]` and
 * `anyOf: [x, {type: null}]` folded into `nullable`, documentation dropped.
 * @param {any} input
 * @returns {Record<string, any>}
 */
function reduce(input) {
  const schema = input;
  /** @type {Record<string, any>} */
  let out = {};
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    const members = schema.anyOf ?? schema.oneOf;
    const nonNull = members.filter((/** @type {any} */ m) => m.type !== "null");
    if (nonNull.length !== 1) throw new Error(`unsupported union: ${JSON.stringify(schema)}`);
    out = reduce(nonNull[0]);
    if (nonNull.length < members.length) out.nullable = true;
  }
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((/** @type {string} */ t) => t !== "null");
    if (types.length !== 1) throw new Error(`unsupported type list: ${schema.type}`);
    out.type = types[0];
    if (types.length < schema.type.length) out.nullable = true;
  } else if (typeof schema.type === "string") {
    out.type = schema.type;
  }
  if (out.type === undefined && schema.const !== undefined) out.type = typeof schema.const;
  for (const key of KEEP) if (schema[key] !== undefined) out[key] = schema[key];
  if (schema.items) out.items = reduce(schema.items);
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, sub]) => [name, reduce(sub)]),
    );
  }
  if (Array.isArray(schema.required) && schema.required.length > 0) out.required = schema.required;
  if (schema.additionalProperties === false) out.additionalProperties = false;
  if (Array.isArray(schema.not?.enum)) out.not = { enum: schema.not.enum };
  return out;
}

const kebab = (/** @type {string} */ name) => name.replace(/\[\]$/, "").replace(/_/g, "-");

/**
 * Other spellings a flag answers to: the official CLI names array flags in the singular
 * (`--project-id` for `project_ids[]`) and object members with a dot (`--effective-at.gt`).
 * @param {string} flag @param {Record<string, any>} schema @param {string} [member]
 */
function aliasesOf(flag, schema, member) {
  if (member) return [`${flag.slice(0, -member.length - 1)}.${member.replace(/_/g, "-")}`];
  return schema.type === "array" && /[^s]s$/.test(flag) ? [flag.slice(0, -1)] : [];
}
const singular = (/** @type {string} */ word) => word.replace(/_/g, " ").replace(/s$/, "");

/**
 * Renders a body value as the flags a user would type: scalars as they are, arrays of scalars as
 * repeated flags, objects (and arrays of objects) as JSON.
 * @param {string} flag @param {unknown} value
 */
function flagArgs(flag, value) {
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) {
    return value.flatMap((v) => [`--${flag}`, String(v)]);
  }
  if (Array.isArray(value)) return value.flatMap((v) => [`--${flag}`, JSON.stringify(v)]);
  if (value !== null && typeof value === "object") return [`--${flag}`, JSON.stringify(value)];
  return [`--${flag}`, String(value)];
}

/**
 * What the command acts on, for prompts: `role {role_id} of user {user_id}`.
 * @param {import("@openai-admin/spec").ModelOperation} op
 */
function targetOf(op) {
  // An action's own segment (`archive`) is not one of the resource's nouns.
  const nouns = op.cli.resource.split(":").length;
  const own = segmentsOf(op.path).slice(0, nouns);
  const last = own.at(-1);
  if (!last) throw new Error(`${op.operationId}: no resource in ${op.path}`);
  const parent = own.at(-2);
  const lastNoun = last.param ? singular(last.segment) : last.segment.replace(/_/g, " ");
  let target = last.param ? `${lastNoun} {${last.param}}` : lastNoun;
  if (parent?.param) target += ` of ${singular(parent.segment)} {${parent.param}}`;
  return target;
}

/**
 * Whether an array flag splits `a,b` into two items: only where an item cannot hold a comma (an
 * enum without commas, an email, an id), so a comma inside a free-form value is never cut.
 * @param {string} name @param {Record<string, any>} schema
 */
function commaSplits(name, schema) {
  const items = schema.items ?? {};
  if (schema.type !== "array" || items.type !== "string") return false;
  if (Array.isArray(items.enum))
    return items.enum.every((/** @type {unknown} */ v) => !String(v).includes(","));
  if (items.format === "email") return true;
  return /(^|_)(ids|emails)$/.test(name.replace(/\[\]$/, ""));
}

const lists = model.operations.filter((o) => o.method === "get" && o.kind === "list");

/** The properties of one item of a list operation's `data`. */
function itemProperties(/** @type {import("@openai-admin/spec").ModelOperation} */ op) {
  const ok = op.responses.find((r) => r.status.startsWith("2"));
  return /** @type {Record<string, any>} */ (ok?.schema?.properties?.data?.items?.properties ?? {});
}

/**
 * How a path id may be given by email or exact name instead: the list operation the model says the
 * parameter names, the item field to match (email where the items have one, else name), the list's
 * own filter for it if it has one, and the id prefix (from the spec's example) that marks a value
 * as an id already.
 * @param {import("@openai-admin/spec").ModelOperation} op @param {import("@openai-admin/spec").Parameter} param
 */
function lookupOf(op, param) {
  const noun = op.path
    .slice(0, op.path.indexOf(`/{${param.name}}`))
    .split("/")
    .at(-1);
  // A membership list (a project's groups) names its items by `group_name`: a name is then looked
  // up among the objects themselves, the top-level list of that noun.
  const byOf = (/** @type {any} */ l) => {
    const properties = itemProperties(l);
    return properties.email ? "email" : properties.name ? "name" : undefined;
  };
  const list = [
    lists.find((l) => l.operationId === param.list),
    lists.find((l) => l.pathParams.length === 0 && l.path.split("/").at(-1) === noun),
  ].find((l) => l && byOf(l));
  if (!list) return undefined;
  const by = byOf(list);
  const prefix = /^(.*[_-])[^_-]*$/.exec(String(param.example ?? ""))?.[1];
  if (!by || !prefix) return undefined;
  const filter = list.queryParams.find((q) => q.name.replace(/\[\]$/, "") === `${by}s`);
  return {
    list: list.path,
    ...(list.cursor ? { pagination: list.cursor } : {}),
    by,
    ...(filter ? { filter: filter.name } : {}),
    prefix,
    noun: singular(noun ?? param.name),
  };
}

/** The GET of the object a destructive operation acts on (itself for delete, its parent for an action). */
function describedBy(/** @type {import("@openai-admin/spec").ModelOperation} */ op) {
  const own = op.path.endsWith("}") ? op.path : op.path.slice(0, op.path.lastIndexOf("/"));
  return model.operations.some((o) => o.method === "get" && o.kind === "object" && o.path === own)
    ? own
    : undefined;
}

const operations = [];
const resources = new Map();

for (const op of model.operations) {
  if (!["get", "post", "delete"].includes(op.method)) continue;
  const { resource, verb } = op.cli;
  const fields = [];
  for (const p of [...op.pathParams, ...op.queryParams.filter((q) => q.in === "query")]) {
    const schema = reduce(p.schema);
    if (p.in === "query" && schema.type === "object" && schema.properties) {
      // An object in the query (`effective_at[gt]=...`) is one flag per member.
      for (const [member, sub] of Object.entries(schema.properties)) {
        const flag = `${kebab(p.name)}-${kebab(member)}`;
        const raw = /** @type {any} */ (p.schema).properties?.[member];
        fields.push({
          name: p.name,
          member,
          flag,
          aliases: aliasesOf(flag, sub, member),
          in: p.in,
          required: false,
          description: raw?.description ?? p.description,
          schema: sub,
        });
      }
      continue;
    }
    const lookup = p.in === "path" ? lookupOf(op, p) : undefined;
    fields.push({
      name: p.name,
      flag: kebab(p.name),
      aliases: aliasesOf(kebab(p.name), schema),
      in: p.in,
      required: p.required,
      description: p.description,
      schema,
      ...(commaSplits(p.name, schema) ? { commaSplits: true } : {}),
      ...(lookup ? { lookup } : {}),
    });
  }
  const body = op.requestBody?.mediaType === "application/json" ? op.requestBody : undefined;
  if (body) {
    const required = new Set(/** @type {string[]} */ (body.schema.required ?? []));
    for (const [name, sub] of Object.entries(
      /** @type {Record<string, any>} */ (body.schema.properties ?? {}),
    )) {
      const schema = reduce(sub);
      fields.push({
        name,
        flag: kebab(name),
        aliases: aliasesOf(kebab(name), schema),
        in: "body",
        required: required.has(name),
        description: sub.description,
        schema,
        ...(commaSplits(name, schema) ? { commaSplits: true } : {}),
      });
    }
  }
  const flags = fields.map((f) => f.flag);
  const dup = flags.find((f, i) => flags.indexOf(f) !== i);
  if (dup) throw new Error(`${op.operationId}: two inputs map to --${dup}`);
  // An alias that is another input's own flag is dropped: the input's own name wins.
  for (const f of fields) {
    f.aliases = f.aliases.filter((/** @type {string} */ a) => !flags.includes(a));
    if (f.aliases.length === 0) delete f.aliases;
  }

  const example = [resource, verb];
  for (const p of op.pathParams) {
    if (p.example === undefined)
      throw new Error(`${op.operationId}: path parameter ${p.name} has no example`);
    example.push(String(p.example));
  }
  for (const p of op.queryParams) {
    if (!p.required || p.in !== "query") continue;
    // A required filter (a report's `start_time`) needs a value in the example too; times read
    // best as "how long ago".
    const schema = /** @type {any} */ (p.schema);
    const value =
      schema.format === "unixtime" ? "30d" : (p.example ?? schema.examples?.[0] ?? schema.default);
    if (value === undefined)
      throw new Error(`${op.operationId}: required query parameter ${p.name} has no example`);
    example.push(...flagArgs(kebab(p.name), value));
  }
  if (body) {
    const first = body.examples[0];
    if (!first) throw new Error(`${op.operationId}: request body has no named example`);
    for (const [name, value] of Object.entries(/** @type {Record<string, unknown>} */ (first.value)))
      example.push(...flagArgs(kebab(name), value));
  }

  if (!resources.has(resource)) {
    resources.set(resource, {
      name: resource,
      fullName: op.cli.officialName,
      description: op.tag?.description ?? op.tag?.name ?? "",
    });
  }

  operations.push({
    operationId: op.operationId,
    resource,
    verb,
    fullResource: op.cli.officialName,
    ...(op.cli.officialVerb !== verb ? { fullVerb: op.cli.officialVerb } : {}),
    method: op.method.toUpperCase(),
    path: op.path,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    fields,
    hasBody: Boolean(body),
    ...(op.cursor ? { pagination: op.cursor } : {}),
    destructive: op.destructive,
    ...(op.destructive && describedBy(op) ? { describedBy: describedBy(op) } : {}),
    ...(op.secrets.length ? { secrets: op.secrets } : {}),
    ...(op.times.length ? { times: op.times } : {}),
    target: targetOf(op),
    example,
  });
}

/**
 * `list` as JSON text, one item per line, in a template literal for JSON.parse: every command reads
 * the manifest at start-up, and V8 takes a large JSON string in about half the time it takes the
 * same object literal (about 3 ms of each command).
 */
function jsonText(list) {
  const text = `[\n${list.map((item) => JSON.stringify(item)).join(",\n")}\n]`;
  return `JSON.parse(\`${text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${")}\`)`;
}

const content = `${generatedHeader("//", spec)}import type { Operation, Resource } from "../manifest/types.js";

export const operations: readonly Operation[] = ${jsonText(operations)};

export const resources: readonly Resource[] = ${jsonText([...resources.values()])};
`;

emit(resolve(here, "../src/generated/manifest.ts"), content);
finish();
