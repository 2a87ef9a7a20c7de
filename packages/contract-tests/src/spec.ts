// Reads the OpenAPI document and lists what the suite must exercise: every operation, and for
// each one its documented responses with their named examples.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type JsonSchema = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: JsonSchema;
}

export interface DocumentedResponse {
  /** The status key as written in the spec: "200", "404", also "default" or "4XX". */
  status: string;
  /** Media type of the body, `undefined` for a response without content. */
  contentType: string | undefined;
  schema: JsonSchema | undefined;
  /** Named examples in document order; Prism answers with the first one unless told otherwise. */
  examples: { name: string; value: unknown }[];
  headers: { name: string; required: boolean; schema: JsonSchema }[];
}

export interface Operation {
  operationId: string;
  method: HttpMethod;
  path: string;
  parameters: Parameter[];
  requestBody:
    | { required: boolean; schema: JsonSchema; examples: { name: string; value: unknown }[] }
    | undefined;
  responses: DocumentedResponse[];
}

export interface Spec {
  /** Where the document was read from. */
  file: string;
  /** The whole document with every local `$ref` replaced by what it points to. */
  document: Record<string, unknown>;
  operations: Operation[];
}

/** The repo's spec, unless CONTRACT_SPEC names another file (the coverage self-test uses that). */
export function specPath(): string {
  return process.env.CONTRACT_SPEC || fileURLToPath(new URL("../../../spec/openapi.yaml", import.meta.url));
}

export function loadSpec(file = specPath()): Spec {
  const raw = parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const document = dereference(raw) as Record<string, unknown>;
  return { file, document, operations: listOperations(document) };
}

/**
 * Inlines every local `$ref` ("#/components/..."). Keys beside a `$ref` (3.1 allows e.g. a
 * `description` there) override the target's. A recursive schema cannot be inlined and throws.
 */
export function dereference(root: unknown): unknown {
  const resolving = new Set<string>();
  const cache = new Map<string, unknown>();
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isRecord(node)) return node;
    const { $ref, ...rest } = node;
    if (typeof $ref === "string") {
      if (!$ref.startsWith("#/")) throw new Error(`Only local $refs are supported, found ${$ref}`);
      if (resolving.has($ref)) throw new Error(`Recursive $ref cannot be inlined: ${$ref}`);
      let target = cache.get($ref);
      if (target === undefined) {
        resolving.add($ref);
        target = walk(pointer(root, $ref));
        resolving.delete($ref);
        cache.set($ref, target);
      }
      return Object.keys(rest).length && isRecord(target) ? { ...target, ...walkValues(rest) } : target;
    }
    return walkValues(node);
  };
  const walkValues = (record: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(record).map(([key, value]) => [key, walk(value)]));
  return walk(root);
}

function pointer(root: unknown, ref: string): unknown {
  let node = root;
  for (const token of ref.slice(2).split("/")) {
    const key = decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isRecord(node) || !(key in node)) throw new Error(`Unresolvable $ref ${ref}`);
    node = node[key];
  }
  return node;
}

export function listOperations(document: Record<string, unknown>): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(asRecord(document.paths))) {
    const pathItem = asRecord(item);
    for (const method of HTTP_METHODS) {
      const op = pathItem[method];
      if (!isRecord(op)) continue;
      const operationId =
        typeof op.operationId === "string" ? op.operationId : `${method.toUpperCase()} ${path}`;
      operations.push({
        operationId,
        method,
        path,
        parameters: mergeParameters(pathItem.parameters, op.parameters),
        requestBody: requestBodyOf(op.requestBody),
        responses: Object.entries(asRecord(op.responses)).map(([status, response]) =>
          responseOf(status, asRecord(response)),
        ),
      });
    }
  }
  return operations;
}

// Operation-level parameters replace path-level ones with the same name and location.
function mergeParameters(pathLevel: unknown, operationLevel: unknown): Parameter[] {
  const merged = new Map<string, Parameter>();
  for (const list of [pathLevel, operationLevel]) {
    for (const p of Array.isArray(list) ? list : []) {
      const param = asRecord(p);
      const parameter: Parameter = {
        name: String(param.name),
        in: param.in as Parameter["in"],
        required: param.required === true,
        schema: asRecord(param.schema),
      };
      merged.set(`${parameter.in}:${parameter.name}`, parameter);
    }
  }
  return [...merged.values()];
}

function requestBodyOf(body: unknown): Operation["requestBody"] {
  if (!isRecord(body)) return undefined;
  const json = asRecord(asRecord(body.content)["application/json"]);
  const examples = Object.entries(asRecord(json.examples)).map(([name, example]) => ({
    name,
    value: asRecord(example).value,
  }));
  return { required: body.required === true, schema: asRecord(json.schema), examples };
}

function responseOf(status: string, response: Record<string, unknown>): DocumentedResponse {
  const [contentType, media] = Object.entries(asRecord(response.content))[0] ?? [];
  const mediaType = asRecord(media);
  const examples = Object.entries(asRecord(mediaType.examples)).map(([name, example]) => ({
    name,
    value: asRecord(example).value,
  }));
  if (!examples.length && "example" in mediaType)
    examples.push({ name: "example", value: mediaType.example });
  const headers = Object.entries(asRecord(response.headers)).map(([name, header]) => ({
    name: name.toLowerCase(),
    required: asRecord(header).required === true,
    schema: asRecord(asRecord(header).schema),
  }));
  return {
    status,
    contentType,
    schema: isRecord(mediaType.schema) ? mediaType.schema : undefined,
    examples,
    headers,
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
