// What a person reads differs from what the API returns in two ways, both derived from the spec:
// bucketed reports (usage, costs) become one row per (bucket, result), and Unix times become
// ISO 8601 UTC in tables and CSV (`--time-format unix` keeps seconds).
import { isoTime } from "../input/time.js";
import type { Operation } from "../manifest/types.js";
import { isRow, type Row } from "./columns.js";
import type { OutputFormat } from "./render.js";

export type TimeFormat = "iso" | "unix";
export const TIME_FORMATS: readonly TimeFormat[] = ["iso", "unix"];

type Present = (value: unknown) => unknown;

/** Top-level keys of a row that hold Unix times, from the spec's `format: unixtime` fields. */
function timeKeys(op: Operation, bucketed: boolean): Set<string> {
  const prefixes = op.pagination ? (bucketed ? ["data[].results[].", "data[]."] : ["data[]."]) : [""];
  const keys = new Set<string>();
  for (const path of op.times ?? []) {
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (prefix === undefined) continue;
    const key = path.slice(prefix.length);
    if (!/[.[]/.test(key)) keys.add(key);
  }
  return keys;
}

/** `{start_time, end_time, results: [r1, r2]}` -> two rows, each with the bucket's times. */
function bucketRows(bucket: unknown): unknown[] {
  if (!isRow(bucket) || !Array.isArray(bucket.results)) return [bucket];
  const times = { start_time: bucket.start_time, end_time: bucket.end_time };
  if (bucket.results.length === 0) return [times];
  return bucket.results.map((result) => {
    const row: Row = { ...times };
    if (!isRow(result)) return { ...row, result };
    for (const [key, value] of Object.entries(result)) {
      if (key === "object") continue;
      // `amount: {value, currency}` reads as two columns.
      if (isRow(value)) for (const [sub, v] of Object.entries(value)) row[`${key}.${sub}`] = v;
      else row[key] = value;
    }
    return row;
  });
}

/**
 * How one item (or a whole non-list result) is shown in `format`; for bucketed lists an item may
 * become several rows, so the result is always an array of rows for lists.
 */
export function presenter(
  op: Operation,
  format: OutputFormat,
  timeFormat: TimeFormat,
): {
  rows: (items: readonly unknown[]) => unknown[];
  value: Present;
} {
  const bucketed = op.pagination === "next_page";
  const flatten = bucketed && (format === "table" || format === "csv" || format === "jsonl");
  const iso = timeFormat === "iso" && (format === "table" || format === "csv");
  const keys = iso ? timeKeys(op, bucketed) : new Set<string>();
  const times: Present = (value) => {
    if (keys.size === 0 || !isRow(value)) return value;
    const out: Row = { ...value };
    for (const key of keys) {
      const v = out[key];
      if (typeof v === "number" && Number.isInteger(v) && v >= 0) out[key] = isoTime(v);
    }
    return out;
  };
  return {
    rows: (items) => (flatten ? items.flatMap(bucketRows) : items).map(times),
    value: op.pagination ? (value) => value : times,
  };
}
