// Our own check of every body against the spec's schemas, so the suite does not rely on Prism
// alone to say a response conforms. Response bodies are checked against the schema closed by the
// suite (see closeObjects): the spec leaves responses open for fields the API adds later, and
// classify-drift.ts decides, per target, whether an unknown field is a failure or drift.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { DocumentedResponse, JsonSchema, Operation, Parameter } from "./spec.js";

/**
 * The error envelope as the API documents it, written out here rather than read from the spec so
 * a spec that loosened its ErrorResponse schema would still be caught.
 */
export const ERROR_ENVELOPE: JsonSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["message", "type", "param", "code"],
      properties: {
        message: { type: "string" },
        type: { type: "string" },
        param: { type: ["string", "null"] },
        code: { type: ["string", "null"] },
      },
    },
  },
};

export function createAjv(): Ajv2020 {
  // verbose: errors carry the value they are about (drift reports the unknown enum value).
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, verbose: true });
  addFormats.default(ajv);
  // Unix seconds: the spec's own format for timestamps.
  ajv.addFormat("unixtime", { type: "number", validate: (n: number) => Number.isInteger(n) && n >= 0 });
  // OpenAPI keywords that are not JSON Schema; they carry no constraint.
  ajv.addVocabulary(["example", "discriminator", "xml", "externalDocs"]);
  return ajv;
}

/** One thing wrong with a response body, as Ajv found it against the closed schema. */
export interface SchemaFinding {
  /** The readable line the suite prints, e.g. `retrieve-user 200 body /added_at: must be integer`. */
  line: string;
  /** The Ajv keyword that failed (`type`, `required`, `enum`, `additionalProperties`, `anyOf`...). */
  keyword: string;
  /** JSON pointer into the body; "" for the body itself. */
  instancePath: string;
  /** Where in the schema, e.g. `#/properties/residency/anyOf/0/enum`. */
  schemaPath: string;
  params: Record<string, unknown>;
  /** The value at instancePath. */
  value: unknown;
  /** An unknown property refused only because the suite closed an object the spec leaves open. */
  closedBySuite: boolean;
}

export class SpecValidator {
  readonly #ajv = createAjv();
  readonly #compiled = new WeakMap<object, ValidateFunction>();
  readonly #compiledClosed = new WeakMap<object, { validate: ValidateFunction; open: unknown }>();

  /** Problems of `value` against `schema`, as readable lines; empty when it conforms. */
  check(schema: JsonSchema, value: unknown, where: string): string[] {
    let validate = this.#compiled.get(schema);
    if (!validate) {
      validate = this.#ajv.compile(withoutExtensions(schema) as JsonSchema);
      this.#compiled.set(schema, validate);
    }
    return validate(value) ? [] : format(validate.errors ?? [], where);
  }

  /** Strict: every finding of `responseFindings` is a problem, an unknown field included. */
  response(operation: Operation, response: DocumentedResponse, body: unknown): string[] {
    return this.responseFindings(operation, response, body).map((f) => f.line);
  }

  /**
   * The body against the response schema with every object closed, so unknown fields are found;
   * each finding says whether the spec itself refuses it or only the closing does.
   */
  responseFindings(operation: Operation, response: DocumentedResponse, body: unknown): SchemaFinding[] {
    const where = `${operation.operationId} ${response.status} body`;
    if (!response.schema) {
      if (body === undefined || body === "") return [];
      const line = `${where}: the spec declares no body`;
      return [
        {
          line,
          keyword: "body",
          instancePath: "",
          schemaPath: "#",
          params: {},
          value: body,
          closedBySuite: false,
        },
      ];
    }
    let compiled = this.#compiledClosed.get(response.schema);
    if (!compiled) {
      const open = withoutExtensions(response.schema);
      compiled = { validate: this.#ajv.compile(closeObjects(open) as JsonSchema), open };
      this.#compiledClosed.set(response.schema, compiled);
    }
    const { validate, open } = compiled;
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => ({
      line: format([e], where)[0] ?? where,
      keyword: e.keyword,
      instancePath: e.instancePath,
      schemaPath: e.schemaPath,
      params: e.params,
      value: e.data,
      closedBySuite: e.keyword === "additionalProperties" && closedHere(open, e.schemaPath),
    }));
  }

  errorEnvelope(operation: Operation, status: number, body: unknown): string[] {
    return this.check(ERROR_ENVELOPE, body, `${operation.operationId} ${status} error envelope`);
  }

  /** Declared response headers: required ones present, and any present one of the declared type. */
  headers(operation: Operation, response: DocumentedResponse, headers: Headers): string[] {
    const problems: string[] = [];
    for (const header of response.headers) {
      const raw = headers.get(header.name);
      const where = `${operation.operationId} ${response.status} header ${header.name}`;
      if (raw === null) {
        if (header.required) problems.push(`${where}: required but missing`);
        continue;
      }
      problems.push(...this.check(header.schema, coerce(raw, header.schema), where));
    }
    return problems;
  }

  /** The inputs a fixture gives, against the operation's parameter and body schemas. */
  request(operation: Operation, input: RequestInput): string[] {
    const problems: string[] = [];
    const given: Record<Parameter["in"], Record<string, unknown>> = {
      path: input.path ?? {},
      query: input.query ?? {},
      header: {},
      cookie: {},
    };
    for (const parameter of operation.parameters) {
      const value = given[parameter.in][parameter.name];
      const where = `${operation.operationId} ${parameter.in} parameter ${parameter.name}`;
      if (value === undefined) {
        if (parameter.required) problems.push(`${where}: required but missing`);
        continue;
      }
      problems.push(...this.check(parameter.schema, value, where));
    }
    for (const location of ["path", "query"] as const) {
      for (const name of Object.keys(given[location])) {
        if (!operation.parameters.some((p) => p.in === location && p.name === name)) {
          problems.push(`${operation.operationId}: ${location} parameter ${name} is not in the spec`);
        }
      }
    }
    const body = operation.requestBody;
    if (input.body !== undefined) {
      if (!body) problems.push(`${operation.operationId}: sends a body but the spec declares none`);
      else problems.push(...this.check(body.schema, input.body, `${operation.operationId} request body`));
    } else if (body?.required) {
      problems.push(`${operation.operationId} request body: required but missing`);
    }
    return problems;
  }
}

export interface RequestInput {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

function coerce(raw: string, schema: JsonSchema): unknown {
  const types = ([] as unknown[]).concat(schema.type);
  if (
    (types.includes("integer") || types.includes("number")) &&
    raw.trim() !== "" &&
    !Number.isNaN(Number(raw))
  ) {
    return Number(raw);
  }
  if (types.includes("boolean") && (raw === "true" || raw === "false")) return raw === "true";
  return raw;
}

// `x-` extensions are allowed anywhere in an OpenAPI schema; strict Ajv would reject them.
function withoutExtensions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutExtensions);
  if (typeof node !== "object" || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !key.startsWith("x-"))
      .map(([key, value]) => [key, withoutExtensions(value)]),
  );
}

// Keywords whose value is a schema, a list of schemas, or a map of name to schema. Only these are
// walked, so example values and property names are never mistaken for schemas.
const SCHEMA_KEYWORDS = [
  "items",
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
];
const SCHEMA_LIST_KEYWORDS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SCHEMA_MAP_KEYWORDS = ["properties", "patternProperties", "$defs", "dependentSchemas"];

/**
 * A copy of `schema` in which every object schema that lists `properties` and says nothing about
 * other properties gets `additionalProperties: false`. A free-form object (no `properties`) stays
 * open, and so does one built with `allOf`, whose properties live in its parts.
 */
export function closeObjects(schema: unknown, seen = new Map<object, unknown>()): unknown {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return schema;
  const known = seen.get(schema);
  if (known) return known;
  const out: Record<string, unknown> = { ...schema };
  seen.set(schema, out);
  for (const key of SCHEMA_KEYWORDS) if (key in out) out[key] = closeObjects(out[key], seen);
  for (const key of SCHEMA_LIST_KEYWORDS) {
    const list = out[key];
    if (Array.isArray(list)) out[key] = list.map((s) => closeObjects(s, seen));
  }
  for (const key of SCHEMA_MAP_KEYWORDS) {
    const map = out[key];
    if (typeof map === "object" && map !== null)
      out[key] = Object.fromEntries(Object.entries(map).map(([k, s]) => [k, closeObjects(s, seen)]));
  }
  const open = !(
    "additionalProperties" in out ||
    "unevaluatedProperties" in out ||
    "patternProperties" in out
  );
  if ("properties" in out && open && !("allOf" in out)) out.additionalProperties = false;
  return out;
}

/** Whether the `additionalProperties` at `schemaPath` was added by closeObjects, not written in the spec. */
function closedHere(open: unknown, schemaPath: string): boolean {
  let node = open;
  const segments = schemaPath.replace(/^#\/?/, "").split("/").slice(0, -1);
  for (const segment of segments) {
    if (typeof node !== "object" || node === null) return false;
    node = (node as Record<string, unknown>)[
      decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~")
    ];
  }
  return typeof node === "object" && node !== null && !("additionalProperties" in node);
}

function format(errors: ErrorObject[], where: string): string[] {
  return errors.map((e) => {
    const at = e.instancePath || "/";
    const extra = e.keyword === "additionalProperties" ? ` (${String(e.params.additionalProperty)})` : "";
    return `${where} ${at}: ${e.message ?? e.keyword}${extra}`;
  });
}
