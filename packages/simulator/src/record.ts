// What the server saw of one request, exactly as it arrived, so tests can assert on the wire.
import type { IncomingHttpHeaders } from "node:http";
import type { Fault } from "./faults.js";

export interface RecordedRequest {
  /** 1-based arrival number; every attempt of a retried request has its own. */
  n: number;
  method: string;
  /** The request target as sent (path and query, nothing decoded or normalized). */
  target: string;
  /** The raw path of the target (before `?`), not decoded. */
  rawPath: string;
  /** The path segments after the server's `basePath`, each percent-decoded (undecodable ones kept raw). */
  segments: string[];
  /** The raw query string, without `?` ("" when there is none). */
  rawQuery: string;
  /** Query parameters, decoded; a key sent twice has two values. */
  query: Record<string, string[]>;
  /** The Host header. */
  host: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The fault injected into this request, if any. */
  fault?: Fault;
  /** The status the simulator answered with, once served (unset for a fault that replaced the answer). */
  status?: number;
}

export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function parseTarget(
  target: string,
  basePath: string,
): Pick<RecordedRequest, "rawPath" | "segments" | "rawQuery" | "query"> {
  const q = target.indexOf("?");
  const rawPath = q === -1 ? target : target.slice(0, q);
  const rawQuery = q === -1 ? "" : target.slice(q + 1);
  const rest = basePath && rawPath.startsWith(basePath) ? rawPath.slice(basePath.length) : rawPath;
  const segments = rest.split("/").slice(1).map(decodeSegment);
  const query: Record<string, string[]> = {};
  for (const [key, value] of new URLSearchParams(rawQuery)) {
    const values = query[key] ?? [];
    values.push(value);
    query[key] = values;
  }
  return { rawPath, segments, rawQuery, query };
}
