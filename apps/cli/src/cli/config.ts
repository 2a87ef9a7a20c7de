// Global settings from flags and the environment (flags win), checked before anything is sent.

import { TIME_FORMATS, type TimeFormat } from "../output/present.js";
import { isSet, last, type ParsedArgs } from "./argv.js";
import { FORMATS, type Format } from "./global-flags.js";
import type { Profile } from "./profile.js";
import { didYouMean } from "./suggest.js";
import { UsageError } from "./usage-error.js";

export interface Config {
  format: Format;
  query: string | undefined;
  apiKey: string | undefined;
  /** Where the key came from, for messages about it: `--admin-api-key`, `OPENAI_ADMIN_KEY`, `profile "prod"`. */
  apiKeySource: string | undefined;
  /** The profile in use, if any (its label names the organization in prompts). */
  profile: Pick<Profile, "name" | "label"> | undefined;
  baseUrl: string | undefined;
  timeoutMs: number | undefined;
  maxRetries: number | undefined;
  headers: Record<string, string>;
  mock: boolean;
  debug: boolean;
  timeFormat: TimeFormat;
}

/** `--timeout`: seconds (`30`, `2.5`, `30s`) or milliseconds with a suffix (`500ms`). */
export function parseTimeout(raw: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)?\s*$/.exec(raw);
  const amount = match ? Number(match[1]) : Number.NaN;
  const ms = match?.[2] === "ms" ? amount : amount * 1000;
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new UsageError(
      `--timeout: must be a positive number of seconds (e.g. 30, 2.5 or 500ms), got "${raw}".`,
      {
        flag: "--timeout",
      },
    );
  }
  return Math.round(ms);
}

export function parseCount(raw: string, flag: string, min: number): number {
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min) {
    throw new UsageError(`${flag}: must be an integer ≥ ${min}, got "${raw}".`, { flag });
  }
  return Number(raw);
}

function parseHeaders(raws: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const raw of raws) {
    const colon = raw.indexOf(":");
    const name = colon > 0 ? raw.slice(0, colon).trim() : "";
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new UsageError(`--header: expected "Name: value", got "${raw}".`, { flag: "--header" });
    }
    headers[name] = raw.slice(colon + 1).trim();
  }
  return headers;
}

/** The first value that is set, with its source: flags, then the chosen profile, the environment, the default profile. */
function firstSet(...candidates: [string | undefined, string][]): [string, string] | [undefined, undefined] {
  for (const [value, source] of candidates) if (value !== undefined) return [value, source];
  return [undefined, undefined];
}

export function resolveConfig(args: ParsedArgs, env: NodeJS.ProcessEnv, profile?: Profile): Config {
  const format = (last(args, "format") ?? "auto") as Format;
  if (!FORMATS.includes(format)) {
    throw new UsageError(
      `--format: must be one of ${FORMATS.join(", ")}; got "${format}".${didYouMean(format, FORMATS)}`,
      {
        flag: "--format",
      },
    );
  }
  const chosen = profile?.explicit ? profile : undefined;
  const fallback = profile?.explicit ? undefined : profile;
  const from = `profile "${profile?.name}"`;
  const [baseUrl] = firstSet(
    [last(args, "base-url"), "--base-url"],
    [chosen?.baseUrl, from],
    [env.OPENAI_BASE_URL || undefined, "OPENAI_BASE_URL"],
    [fallback?.baseUrl, from],
  );
  const [apiKey, apiKeySource] = firstSet(
    [last(args, "admin-api-key"), "--admin-api-key"],
    [chosen?.apiKey, from],
    [env.OPENAI_ADMIN_KEY || undefined, "OPENAI_ADMIN_KEY"],
    [fallback?.apiKey, from],
  );
  if (baseUrl !== undefined && !URL.canParse(baseUrl)) {
    throw new UsageError(`--base-url: not a URL: "${baseUrl}".`, { flag: "--base-url" });
  }
  if (baseUrl !== undefined && !/^https?:$/.test(new URL(baseUrl).protocol)) {
    throw new UsageError(`--base-url: must be an http:// or https:// URL, got "${baseUrl}".`, {
      flag: "--base-url",
    });
  }
  const timeFormat = (last(args, "time-format") ?? "iso") as TimeFormat;
  if (!TIME_FORMATS.includes(timeFormat)) {
    throw new UsageError(`--time-format: must be iso or unix; got "${timeFormat}".`, {
      flag: "--time-format",
    });
  }
  const timeout = last(args, "timeout");
  const retries = last(args, "max-retries");
  return {
    format,
    query: last(args, "query"),
    apiKey,
    apiKeySource,
    profile: profile && { name: profile.name, label: profile.label },
    baseUrl,
    timeoutMs: timeout === undefined ? undefined : parseTimeout(timeout),
    maxRetries: retries === undefined ? undefined : parseCount(retries, "--max-retries", 0),
    headers: parseHeaders(args.flags.get("header") ?? []),
    mock: isSet(args, "mock"),
    debug: isSet(args, "debug"),
    timeFormat,
  };
}
