// Objects in the shape an operation returns: its example is the template, the stored object and
// the request fill it in. Keys come from the example, plus any the schema declares that the
// object has; `object` always comes from the example (a project user is not an organization user).
// A required field the object lacks takes the example's value.
/** A JSON Schema, as the operation model gives it. */
type JsonSchema = Record<string, unknown>;

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The object branch of a schema (`anyOf: [object, null]` included). */
function objectSchema(schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema) return undefined;
  if (isObject(schema.properties)) return schema;
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    const list = schema[key];
    if (Array.isArray(list)) {
      for (const branch of list) {
        const found = objectSchema(branch as JsonSchema);
        if (found) return found;
      }
    }
  }
  return undefined;
}

function propertySchema(schema: JsonSchema | undefined, key: string): JsonSchema | undefined {
  const properties = objectSchema(schema)?.properties;
  return isObject(properties) ? (properties[key] as JsonSchema | undefined) : undefined;
}

function itemsSchema(schema: JsonSchema | undefined): JsonSchema | undefined {
  const items = schema?.items;
  return isObject(items) ? (items as JsonSchema) : undefined;
}

export function shape(template: unknown, value: unknown, schema?: JsonSchema): unknown {
  if (Array.isArray(template)) {
    if (!Array.isArray(value)) return template;
    const first = template[0];
    return first === undefined ? value : value.map((v) => shape(first, v, itemsSchema(schema)));
  }
  if (!isObject(template)) return value === undefined ? template : value;
  if (!isObject(value)) return template;
  const out: Json = {};
  const declared = objectSchema(schema)?.properties;
  const required = (objectSchema(schema)?.required as string[] | undefined) ?? [];
  const keys = new Set(Object.keys(template));
  if (isObject(declared)) for (const key of Object.keys(value)) if (key in declared) keys.add(key);
  for (const key of keys) {
    if (key === "object" && typeof template.object === "string") {
      out.object = template.object;
      continue;
    }
    const t = template[key];
    const v = value[key];
    // An optional field the object does not have is left out, not filled in from the example.
    if (v === undefined && schema && !required.includes(key)) continue;
    out[key] = t === undefined ? v : shape(t, v, propertySchema(schema, key));
  }
  return out;
}

/** Sets a dotted path (`api_key.value`, `data[].value`) wherever it exists. */
export function setPath(target: unknown, path: string, make: (old: unknown) => unknown): void {
  const [head, ...rest] = path.split(".");
  if (head === undefined) return;
  const array = head.endsWith("[]");
  const key = array ? head.slice(0, -2) : head;
  if (!isObject(target) || !(key in target)) return;
  if (array) {
    const list = target[key];
    if (Array.isArray(list)) for (const item of list) setPath(item, rest.join("."), make);
    return;
  }
  if (rest.length === 0) target[key] = make(target[key]);
  else setPath(target[key], rest.join("."), make);
}
