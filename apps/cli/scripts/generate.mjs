// @ts-check
// Derives the CLI's command manifest (src/generated/manifest.ts) from spec/openapi.yaml: one
// command per operation, with its flags, their schemas and an example taken from the spec.
// `--check` compares instead of writing (CI proves the committed manifest is current).

import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { emit, finish, generatedHeader, specPath } from "../../../scripts/codegen.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const spec = specPath();
const doc = parse(readFileSync(spec, "utf8"));

/** @param {any} node */
function deref(node) {
  let current = node;
  while (current && typeof current === "object" && typeof current.$ref === "string") {
    const parts = current.$ref.replace(/^#\//, "").split("/");
    current = parts.reduce(
      (/** @type {any} */ at, part) => at?.[part.replace(/~1/g, "/").replace(/~0/g, "~")],
      doc,
    );
    if (current === undefined) throw new Error(`unresolved $ref ${node.$ref}`);
  }
  return current;
}

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
  const schema = deref(input);
  /** @type {Record<string, any>} */
  let out = {};
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    const members = (schema.anyOf ?? schema.oneOf).map(deref);
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
  if (out.format === "unixtime") delete out.format;
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
const singular = (/** @type {string} */ word) => word.replace(/_/g, " ").replace(/s$/, "");

const paths = Object.keys(doc.paths);
/** @param {string} path */
const isCollection = (path) => paths.some((other) => other.startsWith(`${path}/{`));

/** Splits `/organization/users/{user_id}/roles` into `[{ segment: "users", param: "user_id" }, { segment: "roles" }]`. */
function segmentsOf(/** @type {string} */ path) {
  const parts = path.split("/").filter(Boolean);
  if (parts[0] !== "organization") throw new Error(`path outside /organization: ${path}`);
  /** @type {{ segment: string, param?: string }[]} */
  const out = [];
  for (const part of parts.slice(1)) {
    const param = /^\{(.+)\}$/.exec(part)?.[1];
    const last = out.at(-1);
    if (param && last) last.param = param;
    else out.push({ segment: part });
  }
  return out;
}

/** @param {any} example */
function exampleValue(example) {
  return deref(example).value;
}

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

const METHODS = /** @type {const} */ (["get", "post", "delete"]);
const operations = [];
const resources = new Map();

for (const [path, item] of Object.entries(doc.paths)) {
  const shared = item.parameters ?? [];
  for (const method of METHODS) {
    const op = item[method];
    if (!op) continue;
    const segs = segmentsOf(path);
    const isArchive = segs.at(-1)?.segment === "archive" && method === "post";
    const own = isArchive ? segs.slice(0, -1) : segs;
    const resource = own.map((s) => kebab(s.segment)).join(":");
    const endsWithParam = own.at(-1)?.param !== undefined;

    const okSchema = deref(deref(op.responses["200"]).content["application/json"].schema);
    const listy = okSchema.properties?.data?.type === "array" && okSchema.properties?.has_more;
    /** @type {string} */
    let verb;
    if (isArchive) verb = "archive";
    else if (method === "delete") verb = "delete";
    else if (method === "get") verb = !endsWithParam && isCollection(path) ? "list" : "retrieve";
    else verb = !endsWithParam && isCollection(path) ? "create" : "update";
    if ((verb === "list") !== Boolean(listy)) throw new Error(`${op.operationId}: list detection disagrees`);

    const params = [...shared, ...(op.parameters ?? [])].map(deref);
    const pathParams = params.filter((p) => p.in === "path");
    const order = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    pathParams.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
    if (pathParams.length !== order.length)
      throw new Error(`${op.operationId}: path params do not match ${path}`);

    const fields = [];
    for (const p of [...pathParams, ...params.filter((q) => q.in === "query")]) {
      fields.push({
        name: p.name,
        flag: kebab(p.name),
        in: p.in,
        required: Boolean(p.required),
        description: p.description ?? deref(p.schema).description,
        schema: reduce(p.schema),
      });
    }
    const body = op.requestBody ? deref(op.requestBody) : undefined;
    const media = body?.content?.["application/json"];
    if (media) {
      const bodySchema = deref(media.schema);
      const required = new Set(bodySchema.required ?? []);
      for (const [name, sub] of Object.entries(bodySchema.properties ?? {})) {
        fields.push({
          name,
          flag: kebab(name),
          in: "body",
          required: required.has(name),
          description: deref(sub).description,
          schema: reduce(sub),
        });
      }
    }
    const flags = fields.map((f) => f.flag);
    const dup = flags.find((f, i) => flags.indexOf(f) !== i);
    if (dup) throw new Error(`${op.operationId}: two inputs map to --${dup}`);

    const example = [resource, verb];
    for (const p of pathParams) {
      if (p.example === undefined)
        throw new Error(`${op.operationId}: path parameter ${p.name} has no example`);
      example.push(String(p.example));
    }
    if (media) {
      const first = Object.values(media.examples ?? {})[0];
      if (!first) throw new Error(`${op.operationId}: request body has no named example`);
      for (const [name, value] of Object.entries(exampleValue(first)))
        example.push(...flagArgs(kebab(name), value));
    }

    const last = own.at(-1);
    if (!last) throw new Error(`${op.operationId}: no resource in ${path}`);
    const parent = own.at(-2);
    const lastNoun = last.param ? singular(last.segment) : last.segment.replace(/_/g, " ");
    let target = last.param ? `${lastNoun} {${last.param}}` : lastNoun;
    if (parent?.param) target += ` of ${singular(parent.segment)} {${parent.param}}`;

    const tag = (doc.tags ?? []).find((/** @type {any} */ t) => t.name === op.tags?.[0]);
    if (!resources.has(resource)) {
      resources.set(resource, {
        name: resource,
        fullName: `admin:organization:${resource}`,
        description: tag?.description ?? op.tags?.[0] ?? "",
      });
    }

    operations.push({
      operationId: op.operationId,
      resource,
      verb,
      fullResource: `admin:organization:${resource}`,
      method: method.toUpperCase(),
      path,
      summary: op.summary ?? op.operationId,
      ...(op.description ? { description: op.description } : {}),
      fields,
      hasBody: Boolean(media),
      ...(verb === "list" ? { pagination: okSchema.properties.next ? "next" : "last_id" } : {}),
      destructive: verb === "delete" || verb === "archive",
      target,
      example,
    });
  }
}

const keys = operations.map((o) => `${o.resource} ${o.verb}`);
const clash = keys.find((k, i) => keys.indexOf(k) !== i);
if (clash) throw new Error(`two operations map to the command "${clash}"`);

const content = `${generatedHeader("//", spec)}import type { Operation, Resource } from "../manifest/types.js";

export const operations: readonly Operation[] = ${JSON.stringify(operations, null, 2)};

export const resources: readonly Resource[] = ${JSON.stringify([...resources.values()], null, 2)};
`;

emit(resolve(here, "../src/generated/manifest.ts"), content);
finish();
