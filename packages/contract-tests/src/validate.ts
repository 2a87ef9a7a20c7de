// Our own check of every body against the spec's schemas, so the suite does not rely on Prism
// alone to say a response conforms.
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
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats.default(ajv);
  // Unix seconds: the spec's own format for timestamps.
  ajv.addFormat("unixtime", { type: "number", validate: (n: number) => Number.isInteger(n) && n >= 0 });
  // OpenAPI keywords that are not JSON Schema; they carry no constraint.
  ajv.addVocabulary(["example", "discriminator", "xml", "externalDocs"]);
  return ajv;
}

export class SpecValidator {
  readonly #ajv = createAjv();
  readonly #compiled = new WeakMap<object, ValidateFunction>();

  /** Problems of `value` against `schema`, as readable lines; empty when it conforms. */
  check(schema: JsonSchema, value: unknown, where: string): string[] {
    let validate = this.#compiled.get(schema);
    if (!validate) {
      validate = this.#ajv.compile(withoutExtensions(schema) as JsonSchema);
      this.#compiled.set(schema, validate);
    }
    return validate(value) ? [] : format(validate.errors ?? [], where);
  }

  response(operation: Operation, response: DocumentedResponse, body: unknown): string[] {
    const where = `${operation.operationId} ${response.status} body`;
    if (!response.schema)
      return body === undefined || body === "" ? [] : [`${where}: the spec declares no body`];
    return this.check(response.schema, body, where);
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

function format(errors: ErrorObject[], where: string): string[] {
  return errors.map((e) => {
    const at = e.instancePath || "/";
    const extra = e.keyword === "additionalProperties" ? ` (${String(e.params.additionalProperty)})` : "";
    return `${where} ${at}: ${e.message ?? e.keyword}${extra}`;
  });
}
