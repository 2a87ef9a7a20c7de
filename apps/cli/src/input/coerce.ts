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
 * The value of one field from every occurrence of its flag. Arrays take one item per flag
 * (`--model-ids a --model-ids b`); a JSON array (`--model-ids '["a","b"]'`) is accepted too, and is
 * the way to send an empty array.
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
      return [scalar(raw, items, flag)];
    });
  }
  if (raws.length > 1 && schema.type !== "object") {
    // Repeating a scalar flag is almost always a mistake in a script; say so rather than pick one.
    throw new UsageError(`${flag} was given ${raws.length} times; it takes one value.`, { flag });
  }
  return scalar(raws.at(-1) as string, schema, flag);
}
