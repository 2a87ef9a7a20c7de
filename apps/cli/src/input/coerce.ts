// Turns the strings of a command line into typed values, by the field's schema.

import { UsageError } from "../cli/usage-error.js";
import type { Field, Schema } from "../manifest/types.js";
import { parseUnixTime } from "./time.js";

function scalar(raw: string, schema: Schema, flag: string): unknown {
  if (schema.nullable && raw === "null") return null;
  switch (schema.type) {
    case "integer":
      if (schema.format === "unixtime") return parseUnixTime(raw, flag);
      if (!/^[+-]?\d+$/.test(raw.trim()))
        throw new UsageError(`${flag}: must be an integer, got "${raw}".`, { flag });
      return Number(raw);
    case "number": {
      const n = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(n))
        throw new UsageError(`${flag}: must be a number, got "${raw}".`, { flag });
      return n;
    }
    case "boolean":
      if (raw === "true") return true;
      if (raw === "false") return false;
      throw new UsageError(`${flag}: must be true or false, got "${raw}".`, { flag });
    case "object":
    case "array":
      return json(raw, flag);
    default:
      return raw;
  }
}

function json(raw: string, flag: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${flag}: not valid JSON (${reason}).`, { flag });
  }
}

/**
 * `id=proj_abc,role=member`: an object of scalar members, each typed by its schema. Anything else
 * (nested objects, a comma inside a value) is written as JSON.
 */
function shorthand(raw: string, schema: Schema, flag: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of raw.split(",")) {
    const eq = pair.indexOf("=");
    const key = pair.slice(0, eq).trim();
    if (eq <= 0 || key === "") {
      throw new UsageError(
        `${flag}: expected JSON or key=value pairs separated by commas (e.g. ${shorthandExample(schema)}), got "${raw}".`,
        { flag },
      );
    }
    const member = schema.properties?.[key] ?? {};
    const value = pair.slice(eq + 1);
    out[key] =
      member.type === "object" || member.type === "array" ? value : scalar(value, member, `${flag} ${key}`);
  }
  return out;
}

function shorthandExample(schema: Schema): string {
  const names = schema.required?.length ? schema.required : Object.keys(schema.properties ?? {});
  return names.map((name) => `${name}=…`).join(",") || "key=value";
}

/** One array item as typed: JSON for an object (or the key=value shorthand), else by the item schema. */
function arrayItem(raw: string, field: Field, items: Schema, flag: string): unknown[] {
  if (items.type === "object") {
    if (raw.trimStart().startsWith("{")) return [json(raw, flag)];
    return [shorthand(raw, items, flag)];
  }
  if (raw.includes(",")) {
    if (field.commaSplits) return raw.split(",").map((part) => scalar(part.trim(), items, flag));
    // A comma here may belong to the value; sending it whole could lock a project to a model that
    // does not exist, so the user says which they meant.
    const parts = raw.split(",").map((part) => part.trim());
    throw new UsageError(
      `${flag}: "${raw}" has a comma, which an item of ${flag} may contain; give one item per flag (${parts.map((p) => `${flag} ${JSON.stringify(p).replace(/^"([\w.:@/-]+)"$/, "$1")}`).join(" ")}), or a JSON array.`,
      { flag },
    );
  }
  return [scalar(raw, items, flag)];
}

/**
 * The value of one field from every occurrence of its flag. Arrays take one item per flag
 * (`--model-ids a --model-ids b`), or comma-separated items where no item can hold a comma
 * (`--model-ids a,b`); a JSON array (`--model-ids '["a","b"]'`) is accepted too, and is the way to
 * send an empty array. Items that are objects take JSON or `key=value,key=value`.
 */
export function coerce(field: Field, raws: readonly string[]): unknown {
  const flag = `--${field.flag}`;
  const { schema } = field;
  if (schema.type === "array") {
    if (schema.nullable && raws.length === 1 && raws[0] === "null") return null;
    const items = schema.items ?? {};
    return raws.flatMap((raw) => {
      if (raw.trimStart().startsWith("[")) {
        const parsed = json(raw, flag);
        if (Array.isArray(parsed)) return parsed;
      }
      return arrayItem(raw, field, items, flag);
    });
  }
  if (raws.length > 1 && schema.type !== "object") {
    // Repeating a scalar flag is almost always a mistake in a script; say so rather than pick one.
    throw new UsageError(`${flag} was given ${raws.length} times; it takes one value.`, { flag });
  }
  return scalar(raws.at(-1) as string, schema, flag);
}
