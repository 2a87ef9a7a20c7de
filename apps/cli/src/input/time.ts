// Unix-time inputs as people write them: seconds (`1730419200`), an ISO 8601 date or time
// (`2026-11-01`, `2026-11-01T09:00:00Z`), or how long ago (`30d`, `12h`, `2w`).
import { UsageError } from "../cli/usage-error.js";

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** Seconds since the epoch for `raw`, relative durations counted back from `now` (ms). */
export function parseUnixTime(raw: string, flag: string, now = Date.now()): number {
  const text = raw.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const ago = /^(\d+)\s*([smhdw])$/.exec(text);
  if (ago) return Math.floor(now / 1000) - Number(ago[1]) * (UNIT_SECONDS[ago[2] as string] as number);
  // A date without a time is midnight UTC, as in the API's daily buckets; Date.parse agrees.
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) {
    const ms = Date.parse(/[T ]\d/.test(text) && !/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? `${text}Z` : text);
    if (Number.isFinite(ms)) return Math.floor(ms / 1000);
  }
  throw new UsageError(
    `${flag}: "${raw}" is not a time; give Unix seconds (1730419200), an ISO 8601 date or time (2026-11-01, 2026-11-01T09:00:00Z) or how long ago (30d, 12h, 90m, 2w).`,
    { flag },
  );
}

/** ISO 8601 in UTC without milliseconds: `2026-11-01T09:00:00Z`. */
export function isoTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.000Z$/, "Z");
}
