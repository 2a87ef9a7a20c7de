// What can go wrong with one request, and the deterministic schedules that decide when it does.
import type { RecordedRequest } from "./record.js";

/** One injected failure. Every HTTP fault carries `retry-after-ms` so retrying clients stay fast in tests. */
export type Fault =
  /** 429 with `Retry-After` (seconds) and `retry-after-ms`. */
  | { kind: "rate-limit"; retryAfterMs?: number; retryAfter?: string }
  /** A JSON error body with a 5xx status. */
  | { kind: "server-error"; status?: 500 | 502 | 503 | 504 }
  /** The connection is destroyed: `mid-body` after the headers and half the body, `before-headers` at once. */
  | { kind: "reset"; when?: "mid-body" | "before-headers" }
  /** No answer for `ms` (default: the server's `stallMs`), then the connection is destroyed. */
  | { kind: "stall"; ms?: number }
  /** A 200 (or `status`) whose body is cut-off JSON. */
  | { kind: "malformed-json"; status?: number }
  /** An HTML error page, as a proxy or load balancer sends it. */
  | { kind: "html"; status?: number };

export type FaultKind = Fault["kind"];

/** Decides the fault for request number `n` (1-based, every attempt counts), or none. */
export type FaultSchedule = (n: number, request: RecordedRequest) => Fault | undefined;

/** The faults a well-behaved retrying client recovers from. */
export const transientFaults: readonly Fault[] = [
  { kind: "rate-limit" },
  { kind: "server-error", status: 500 },
  { kind: "server-error", status: 502 },
  { kind: "server-error", status: 503 },
  { kind: "html", status: 502 },
  { kind: "reset", when: "before-headers" },
  { kind: "reset", when: "mid-body" },
  { kind: "stall" },
];

/** A fixed plan: request number (1-based) to fault; an array is read as requests 1, 2, 3, ... */
export function faultPlan(
  plan: Readonly<Record<number, Fault>> | readonly (Fault | undefined)[],
): FaultSchedule {
  if (Array.isArray(plan)) return (n) => plan[n - 1];
  const byNumber = plan as Readonly<Record<number, Fault>>;
  return (n) => byNumber[n];
}

/** The same fault for every request from number `from` on (default: all): faults that outlast any retries. */
export function always(fault: Fault, from = 1): FaultSchedule {
  return (n) => (n >= from ? fault : undefined);
}

/** Only requests that match `predicate` go through `schedule`; the rest are served normally. */
export function only(
  predicate: (request: RecordedRequest) => boolean,
  schedule: FaultSchedule,
): FaultSchedule {
  return (n, request) => (predicate(request) ? schedule(n, request) : undefined);
}

export interface SeededFaultsOptions {
  seed: number;
  /** Share of requests that fail, 0..1. */
  rate: number;
  /** Faults drawn from, uniformly; default `transientFaults`. */
  faults?: readonly Fault[];
  /**
   * At most this many failures in a row, so a client with that many retries always gets through:
   * the faults stay transient. Default: unlimited.
   */
  maxConsecutive?: number;
}

/** A seeded pseudo-random schedule: the same seed gives the same faults on the same request numbers. */
export function seededFaults(options: SeededFaultsOptions): FaultSchedule {
  const random = mulberry32(options.seed);
  const pool = options.faults ?? transientFaults;
  const maxConsecutive = options.maxConsecutive ?? Number.POSITIVE_INFINITY;
  let inARow = 0;
  return () => {
    // Both draws happen on every request so the sequence does not depend on the cap.
    const hit = random() < options.rate;
    const pick = pool[Math.floor(random() * pool.length)];
    if (!hit || inARow >= maxConsecutive || pick === undefined) {
      inARow = 0;
      return undefined;
    }
    inARow += 1;
    return pick;
  };
}

/** A small, fast, seedable PRNG (public domain); good enough to spread faults, not for secrets. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
