// Usage and costs: time buckets summed from the seeded activity. Each seeded project API key has
// one activity row a day (two for costs: input and output) from its creation to its last use, so
// a key the seed made stale has no usage after it went quiet, and one never used has none.
import { mulberry32 } from "../faults.js";
import { DAY, type SeededKey } from "../org/seed.js";
import type { Json } from "./shape.js";

const MODELS = ["gpt-4.1", "gpt-4.1-mini", "o3", "text-embedding-3-small"];
const WIDTHS: Record<string, number> = { "1m": 60, "1h": 3_600, "1d": DAY };
/** Default and maximum buckets per page by width, as the API has them. */
const PAGE: Record<string, { default: number; max: number }> = {
  "1m": { default: 60, max: 1_440 },
  "1h": { default: 24, max: 168 },
  "1d": { default: 7, max: 180 },
};

export interface ActivityRow {
  time: number;
  weight: number;
  project_id: string;
  api_key_id: string;
  user_id: string | null;
  model: string;
  line_item: string;
  batch: boolean;
  service_tier: string;
  source: string;
  size: string;
  context_level: string;
  vector_store_id: string;
}

/** The organization's activity over `days` days before `now`. */
export function activity(keys: readonly SeededKey[], seed: number, now: number, days: number): ActivityRow[] {
  const random = mulberry32(seed ^ 0xc057);
  const rows: ActivityRow[] = [];
  const today = Math.floor(now / DAY) * DAY;
  for (let d = days - 1; d >= 0; d--) {
    const dayStart = today - d * DAY;
    for (const key of keys) {
      const scale = 0.3 + random();
      const hour = Math.floor(random() * 24);
      const model = MODELS[Math.floor(random() * MODELS.length)] as string;
      if (key.lastUsedAt === null || dayStart + DAY <= key.createdAt || dayStart > key.lastUsedAt) continue;
      const time = dayStart + hour * 3_600;
      for (const [part, share] of [
        ["input", 0.7],
        ["output", 0.3],
      ] as const) {
        rows.push({
          time,
          weight: scale * share,
          project_id: key.projectId,
          api_key_id: key.id,
          user_id: key.userId,
          model,
          line_item: `${model}, ${part}`,
          batch: false,
          service_tier: "default",
          source: "image.generation",
          size: "1024x1024",
          context_level: "medium",
          vector_store_id: "vs_seeded",
        });
      }
    }
  }
  return rows;
}

/** A numeric template value scaled by an activity weight: integers stay integers, money keeps cents. */
function scaled(template: unknown, weight: number): unknown {
  if (typeof template === "number") {
    const value = (template * weight) / 40;
    return Number.isInteger(template) ? Math.round(value) : Math.round(value * 100) / 100;
  }
  if (typeof template === "object" && template !== null && !Array.isArray(template)) {
    return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, scaled(v, weight)]));
  }
  return template;
}

function add(a: unknown, b: unknown): unknown {
  if (typeof a === "number" && typeof b === "number") return Math.round((a + b) * 100) / 100;
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null && !Array.isArray(a)) {
    return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, add(v, (b as Json)[k])]));
  }
  return a;
}

export type BucketQuery = Record<string, string[]>;
export type BucketResult = { ok: true; body: Json } | { ok: false; param: string; message: string };

const encodePage = (index: number) => `page_${Buffer.from(`bucket:${index}`).toString("base64url")}`;
function decodePage(cursor: string): number | undefined {
  if (!cursor.startsWith("page_")) return undefined;
  const m = /^bucket:(\d+)$/.exec(Buffer.from(cursor.slice(5), "base64url").toString());
  return m ? Number(m[1]) : undefined;
}

/**
 * One page of buckets. `template` is the example page (`data[0].results[0]` gives a result's
 * fields); a field the template has as null is a grouping field, filled only when grouped by.
 */
export function bucketPage(
  rows: readonly ActivityRow[],
  template: Json,
  query: BucketQuery,
  now: number,
): BucketResult {
  const first = (name: string) => query[name]?.[0];
  const data = template.data as Json[] | undefined;
  const bucketTemplate = data?.[0] ?? {};
  const resultTemplate = ((bucketTemplate.results as Json[] | undefined)?.[0] ?? {}) as Json;
  const width = first("bucket_width") ?? "1d";
  const seconds = WIDTHS[width];
  if (!seconds)
    return { ok: false, param: "bucket_width", message: `bucket_width must be one of 1m, 1h, 1d` };
  const startRaw = first("start_time");
  if (startRaw === undefined) return { ok: false, param: "start_time", message: "start_time is required" };
  const start = Math.floor(Number(startRaw) / seconds) * seconds;
  const end = first("end_time") === undefined ? now : Number(first("end_time"));
  const page = PAGE[width] ?? { default: 7, max: 180 };
  const limit = first("limit") === undefined ? page.default : Number(first("limit"));
  if (!Number.isInteger(limit) || limit < 1 || limit > page.max) {
    return {
      ok: false,
      param: "limit",
      message: `limit must be an integer from 1 to ${page.max} for ${width} buckets`,
    };
  }
  let from = 0;
  const cursor = first("page");
  if (cursor !== undefined && cursor !== "") {
    const decoded = decodePage(cursor);
    if (decoded === undefined) return { ok: false, param: "page", message: `invalid page cursor: ${cursor}` };
    from = decoded;
  }
  const groupBy = (query.group_by ?? []).flatMap((g) => g.split(","));
  const groupingFields = Object.keys(resultTemplate).filter((k) => resultTemplate[k] === null);
  for (const g of groupBy) {
    if (!groupingFields.includes(g)) return { ok: false, param: "group_by", message: `cannot group by ${g}` };
  }
  // Filters: `project_ids` filters `project_id`, `models` filters `model`, `batch` filters `batch`.
  const filters: [keyof ActivityRow, string[]][] = [];
  for (const [name, values] of Object.entries(query)) {
    if (["start_time", "end_time", "bucket_width", "limit", "page", "group_by"].includes(name)) continue;
    const field = (name.endsWith("s") ? name.slice(0, -1) : name) as keyof ActivityRow;
    filters.push([field, values.flatMap((v) => v.split(","))]);
  }
  const total = Math.max(0, Math.ceil((end - start) / seconds));
  const stop = Math.min(total, from + limit);
  const buckets: Json[] = [];
  for (let b = from; b < stop; b++) {
    const t0 = start + b * seconds;
    const t1 = t0 + seconds;
    const groups = new Map<string, { row: ActivityRow; sum: unknown }>();
    for (const row of rows) {
      if (row.time < t0 || row.time >= t1) continue;
      if (!filters.every(([field, values]) => values.includes(String(row[field])))) continue;
      const key = groupBy.map((g) => String(row[g as keyof ActivityRow])).join("\u0000");
      const value = scaled(resultTemplate, row.weight);
      const group = groups.get(key);
      if (group) group.sum = add(group.sum, value);
      else groups.set(key, { row, sum: value });
    }
    const results = [...groups.values()].map(({ row, sum }) => {
      const result: Json = { ...(sum as Json), object: resultTemplate.object };
      for (const field of groupingFields) {
        result[field] = groupBy.includes(field) ? (row[field as keyof ActivityRow] ?? null) : null;
      }
      return result;
    });
    buckets.push({ ...bucketTemplate, start_time: t0, end_time: t1, results });
  }
  const hasMore = stop < total;
  return {
    ok: true,
    body: { object: "page", data: buckets, has_more: hasMore, next_page: hasMore ? encodePage(stop) : null },
  };
}
