// Checks a value against the manifest's reduced JSON Schema before anything is sent, so a typo
// costs a clear message and exit 2 instead of a round trip and a 400.
import { didYouMean } from "../cli/suggest.js";
import type { Schema } from "../manifest/types.js";

// Deliberately loose (one @, a dot in the domain, no spaces): catch typos, let the API decide the rest.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

const show = (value: unknown) => JSON.stringify(value);

function typeName(schema: Schema): string {
  if (schema.type === "integer") return "an integer";
  if (schema.type === "array") return "an array";
  if (schema.type === "object") return "an object";
  return `a ${schema.type}`;
}

/** Returns problems as `path: message` strings; an empty list means valid. `where` prefixes paths. */
export function validate(value: unknown, schema: Schema, where = ""): string[] {
  const at = (message: string) => (where ? `${where}: ${message}` : message);
  if (value === null) return schema.nullable ? [] : [at("must not be null")];
  if (schema.const !== undefined && value !== schema.const) {
    return [at(`must be ${show(schema.const)}, got ${show(value)}`)];
  }
  if (schema.enum && !schema.enum.includes(value as string)) {
    const options = schema.enum.map(String);
    const hint = typeof value === "string" ? didYouMean(value, options) : "";
    return [at(`must be one of ${options.join(", ")}; got ${show(value)}.${hint}`.replace(/\.\s*$/, ""))];
  }
  if (schema.not?.enum.includes(value as string)) {
    return [at(`must not be ${schema.not.enum.map(show).join(" or ")}`)];
  }
  switch (schema.type) {
    case "string":
      if (typeof value !== "string") return [at(`must be a string, got ${show(value)}`)];
      if (schema.minLength !== undefined && value.length < schema.minLength) {
        return [
          at(
            schema.minLength === 1 ? "must not be empty" : `must be at least ${schema.minLength} characters`,
          ),
        ];
      }
      if (schema.maxLength !== undefined && value.length > schema.maxLength) {
        return [at(`must be at most ${schema.maxLength} characters`)];
      }
      if (schema.format === "email" && !EMAIL.test(value))
        return [at(`must be an email address, got ${show(value)}`)];
      return [];
    case "integer":
    case "number": {
      if (
        typeof value !== "number" ||
        !Number.isFinite(value) ||
        (schema.type === "integer" && !Number.isInteger(value))
      ) {
        return [at(`must be ${typeName(schema)}, got ${show(value)}`)];
      }
      const { minimum: min, maximum: max } = schema;
      if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        const range =
          min !== undefined && max !== undefined
            ? `between ${min} and ${max}`
            : min !== undefined
              ? `at least ${min}`
              : `at most ${max}`;
        return [at(`must be ${range}, got ${value}`)];
      }
      return [];
    }
    case "boolean":
      return typeof value === "boolean" ? [] : [at(`must be true or false, got ${show(value)}`)];
    case "array": {
      if (!Array.isArray(value)) return [at(`must be an array, got ${show(value)}`)];
      if (schema.minItems !== undefined && value.length < schema.minItems) {
        return [at(`needs at least ${schema.minItems} item${schema.minItems === 1 ? "" : "s"}`)];
      }
      if (schema.maxItems !== undefined && value.length > schema.maxItems) {
        return [at(`takes at most ${schema.maxItems} items`)];
      }
      const items = schema.items;
      return items ? value.flatMap((item, i) => validate(item, items, `${where}[${i}]`)) : [];
    }
    case "object": {
      if (typeof value !== "object" || Array.isArray(value))
        return [at(`must be an object, got ${show(value)}`)];
      const record = value as Record<string, unknown>;
      const properties = schema.properties ?? {};
      const problems: string[] = [];
      const child = (key: string) => (where ? `${where}.${key}` : key);
      for (const key of schema.required ?? []) {
        if (record[key] === undefined) problems.push(`${child(key)}: is required`);
      }
      for (const [key, sub] of Object.entries(record)) {
        const propertySchema = properties[key];
        if (propertySchema) problems.push(...validate(sub, propertySchema, child(key)));
        else if (schema.additionalProperties === false) {
          problems.push(`${child(key)}: is not a known field.${didYouMean(key, Object.keys(properties))}`);
        }
      }
      return problems;
    }
    default:
      return [];
  }
}
