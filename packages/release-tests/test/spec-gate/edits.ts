// Edits made to a copy of the released spec, each a change a maintainer might make.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export const repoRoot = join(import.meta.dirname, "..", "..", "..", "..");
export const releasedSpecPath = join(repoRoot, "spec", "released", "openapi.yaml");

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document edited by hand in tests.
export type Spec = any;
export type Edit = (spec: Spec) => void;

export function releasedSpec(): Spec {
  return parse(readFileSync(releasedSpecPath, "utf8"));
}

/** The first operation of the spec, found rather than named so the tests survive spec edits. */
export function firstOperation(spec: Spec): { route: string; method: string; op: Spec } {
  for (const [route, item] of Object.entries<Spec>(spec.paths)) {
    for (const method of ["get", "post", "delete", "patch", "put"]) {
      if (item[method]) return { route, method, op: item[method] };
    }
  }
  throw new Error("the spec has no operation");
}

/** A request-body schema with properties (and `wanted` of them), resolved from components. */
export function requestSchema(
  spec: Spec,
  wanted: (schema: Spec) => boolean = () => true,
): { name: string; schema: Spec } {
  for (const item of Object.values<Spec>(spec.paths)) {
    for (const op of Object.values<Spec>(item)) {
      const ref = op?.requestBody?.content?.["application/json"]?.schema?.$ref;
      if (typeof ref !== "string") continue;
      const name = ref.split("/").at(-1) as string;
      const schema = spec.components.schemas[name];
      if (schema?.properties && wanted(schema)) return { name, schema };
    }
  }
  throw new Error("the spec has no JSON request body");
}

/** An optional query parameter with an enum of at least two values. */
export function enumQueryParameter(spec: Spec): Spec {
  const found = Object.values<Spec>(spec.components.parameters ?? {}).find(
    (p) => p.in === "query" && !p.required && Array.isArray(p.schema?.enum) && p.schema.enum.length > 1,
  );
  if (!found) throw new Error("the spec has no enum query parameter in components.parameters");
  return found;
}

/** An optional query parameter. */
export function optionalQueryParameter(spec: Spec): Spec {
  const found = Object.values<Spec>(spec.components.parameters ?? {}).find(
    (p) => p.in === "query" && !p.required,
  );
  if (!found) throw new Error("the spec has no optional query parameter in components.parameters");
  return found;
}

/** A property with a plain `type` in the schema a first-operation 200 response refers to. */
export function responseProperty(spec: Spec): Spec {
  const seen = new Set<string>();
  const visit = (schema: Spec): Spec | undefined => {
    if (!schema || typeof schema !== "object") return undefined;
    if (typeof schema.$ref === "string") {
      if (seen.has(schema.$ref)) return undefined;
      seen.add(schema.$ref);
      return visit(spec.components.schemas[schema.$ref.split("/").at(-1)]);
    }
    for (const prop of Object.values<Spec>(schema.properties ?? {})) {
      if (typeof prop.type === "string" && prop.type !== "object" && prop.type !== "array") return prop;
    }
    for (const prop of Object.values<Spec>(schema.properties ?? {})) {
      const found = visit(prop.items ?? prop);
      if (found) return found;
    }
    return undefined;
  };
  for (const item of Object.values<Spec>(spec.paths)) {
    for (const op of Object.values<Spec>(item)) {
      const found = visit(op?.responses?.["200"]?.content?.["application/json"]?.schema);
      if (found) return found;
    }
  }
  throw new Error("no response property with a plain type");
}
