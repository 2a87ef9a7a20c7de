// Request checks as the API makes them: query parameters against their schemas (400) and bodies
// against the spec's closed request schemas (422 where the operation documents it, else 400).
import type { JsonSchema, ModelOperation } from "@openai-admin/spec";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const ajv = new Ajv2020({ strict: false, allErrors: false, allowUnionTypes: true });
addFormats.default(ajv);
ajv.addFormat("unixtime", { type: "number", validate: (n: number) => Number.isInteger(n) && n >= 0 });
const compiled = new WeakMap<object, ValidateFunction>();

export interface Problem {
  param: string | null;
  message: string;
}

/** Everything wrong with `value` by `schema`, as `path: message` lines (empty when valid). */
export function schemaErrors(schema: JsonSchema, value: unknown): string[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? "is invalid"}`);
}

/** The first thing wrong with a body, or undefined. */
export function bodyProblem(schema: JsonSchema, body: unknown): Problem | undefined {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(body)) return undefined;
  const error = validate.errors?.[0];
  if (!error) return { param: null, message: "Invalid request body." };
  const field =
    error.keyword === "required"
      ? String(error.params.missingProperty)
      : error.keyword === "additionalProperties"
        ? String(error.params.additionalProperty)
        : error.instancePath.replace(/^\//, "").replace(/\//g, ".");
  const detail =
    error.keyword === "additionalProperties"
      ? `unknown parameter '${field}'`
      : `'${field || "body"}' ${error.message ?? "is invalid"}`;
  return { param: field || null, message: `Invalid request body: ${detail}.` };
}

/** Query parameters by name without the `[]` of bracket arrays; `a=1,2` stays one value. */
export function normalizeQuery(query: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(query)) {
    const name = key.endsWith("[]") ? key.slice(0, -2) : key;
    out[name] = [...(out[name] ?? []), ...values];
  }
  return out;
}

function scalarProblem(name: string, raw: string, schema: JsonSchema): Problem | undefined {
  const types = ([] as unknown[]).concat(schema.type);
  if (types.includes("integer")) {
    const n = Number(raw);
    if (!/^-?\d+$/.test(raw))
      return { param: name, message: `Invalid '${name}': expected an integer, got '${raw}'.` };
    if (typeof schema.minimum === "number" && n < schema.minimum)
      return { param: name, message: `Invalid '${name}': must be at least ${schema.minimum}.` };
    if (typeof schema.maximum === "number" && n > schema.maximum)
      return { param: name, message: `Invalid '${name}': must be at most ${schema.maximum}.` };
  }
  if (types.includes("boolean") && raw !== "true" && raw !== "false")
    return { param: name, message: `Invalid '${name}': expected true or false, got '${raw}'.` };
  if (Array.isArray(schema.enum) && !schema.enum.includes(raw))
    return { param: name, message: `Invalid '${name}': must be one of ${schema.enum.join(", ")}.` };
  return undefined;
}

/** The first query parameter the operation's schema refuses, or a required one missing. */
export function queryProblem(op: ModelOperation, query: Record<string, string[]>): Problem | undefined {
  for (const parameter of op.queryParams) {
    if (parameter.in !== "query") continue;
    const name = parameter.name.endsWith("[]") ? parameter.name.slice(0, -2) : parameter.name;
    const values = query[name];
    if (values === undefined) {
      // Deep-object parameters (`effective_at[gt]=...`) arrive under their own keys.
      const deep = Object.keys(query).some((k) => k.startsWith(`${name}[`));
      if (parameter.required && !deep)
        return { param: name, message: `Missing required parameter '${name}'.` };
      continue;
    }
    const schema = parameter.schema;
    const itemSchema = ([] as unknown[]).concat(schema.type).includes("array")
      ? ((schema.items as JsonSchema | undefined) ?? {})
      : schema;
    for (const value of values) {
      const parts = itemSchema === schema ? [value] : value.split(",");
      for (const part of parts) {
        const problem = scalarProblem(name, part, itemSchema);
        if (problem) return problem;
      }
    }
  }
  return undefined;
}
