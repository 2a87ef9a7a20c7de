// How many rows are in flight at once, and when each request may go: a few rows at first, one
// more after each round that met no 429, half as many on a 429 (and no request starts until its
// Retry-After has passed). The client itself retries the 429; its attempts pass through `turn`
// too (the pacer sits under the client's retry loop, as its fetch), so a retry does not run into
// the same wall as the rows behind it. When the server's x-ratelimit-* headers say the budget is
// nearly spent, requests are spaced at the rate they imply, so a long file runs at the limit
// instead of bouncing off it.

export interface PacerOptions {
  start: number;
  max: number;
  now?: () => number;
}

// Near the limit, requests follow the server's refill rate while a couple stay in reserve; below
// that they are spaced a quarter wider until the reserve is back. Arrivals jitter (a busy machine,
// a slow response): the reserve, not luck, absorbs that.
const RESERVE = 2;
const REFILL = 1.25;

/** `1s`, `20ms`, `6m0s`, `1.5s` (the API's x-ratelimit-reset-* format) in milliseconds. */
export function durationMs(text: string | null): number | undefined {
  if (!text) return undefined;
  let total = 0;
  let matched = false;
  for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
    matched = true;
    const n = Number(amount);
    total += unit === "ms" ? n : unit === "s" ? n * 1000 : unit === "m" ? n * 60_000 : n * 3_600_000;
  }
  return matched ? total : undefined;
}

/** What a 429 asks to wait: `retry-after-ms`, else `retry-after` seconds; a second when neither says. */
function retryAfterMs(headers: Headers): number {
  const ms = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const seconds = Number.parseFloat(headers.get("retry-after") ?? "");
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal.removeEventListener("abort", done);
      clearTimeout(timer);
      if (signal.aborted) reject(signal.reason);
      else resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });

export class Pacer {
  limit: number;
  inFlight = 0;
  /** Requests answered 429 (each retried by the client, or its row sent again). */
  rateLimited = 0;
  #max: number;
  #now: () => number;
  #calmStreak = 0;
  #pausedUntil = 0;
  #lastCut = Number.NEGATIVE_INFINITY;
  #spacing = 0;
  #nextStart = 0;
  #wake: (() => void) | undefined;

  constructor(options: PacerOptions) {
    this.limit = Math.max(1, Math.min(options.start, options.max));
    this.#max = Math.max(1, options.max);
    this.#now = options.now ?? (() => performance.now());
  }

  /** Waits for a free row slot; the caller must `release()` it. */
  async acquire(signal: AbortSignal): Promise<void> {
    while (this.inFlight >= this.limit) {
      signal.throwIfAborted();
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
    }
    this.inFlight++;
  }

  release(): void {
    this.inFlight--;
    this.#poke();
  }

  #poke(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }

  /** Waits for this request's turn: after any Retry-After, and spaced when the budget is low. */
  async turn(signal: AbortSignal): Promise<void> {
    for (;;) {
      signal.throwIfAborted();
      const now = this.#now();
      const at = Math.max(this.#pausedUntil, this.#nextStart);
      if (at <= now) {
        this.#nextStart = now + this.#spacing;
        return;
      }
      await pause(at - now, signal);
    }
  }

  /** Every answer, retries' included: its rate-limit headers, and whether it was a 429. */
  answered(response: Response): void {
    this.#readBudget(response.headers);
    if (response.status === 429) this.#limited(retryAfterMs(response.headers));
  }

  /** A row finished without a 429: grow after a calm round. */
  rowDone(): void {
    if (++this.#calmStreak >= this.limit && this.limit < this.#max) {
      this.limit++;
      this.#calmStreak = 0;
      this.#poke();
    }
  }

  // Halve (once per wave: the other requests of the same wave meet the same 429) and hold everyone.
  #limited(waitMs: number): void {
    this.rateLimited++;
    const now = this.#now();
    this.#pausedUntil = Math.max(this.#pausedUntil, now + waitMs);
    this.#calmStreak = 0;
    if (now - this.#lastCut >= Math.max(waitMs, 100)) {
      this.limit = Math.max(1, Math.floor(this.limit / 2));
      this.#lastCut = now;
    }
  }

  // The server's budget: `reset` is how long until `limit - remaining` spent requests come back.
  #readBudget(headers: Headers): void {
    const limit = Number(headers.get("x-ratelimit-limit-requests"));
    const remaining = Number(headers.get("x-ratelimit-remaining-requests"));
    const reset = durationMs(headers.get("x-ratelimit-reset-requests"));
    if (!headers.has("x-ratelimit-limit-requests") || !Number.isFinite(limit) || limit <= 0) return;
    if (!Number.isFinite(remaining) || reset === undefined) return;
    const spent = limit - remaining;
    const perRequest = spent > 0 ? reset / spent : 0;
    if (remaining > this.limit + RESERVE) this.#spacing = 0;
    else this.#spacing = remaining < RESERVE ? perRequest * REFILL : perRequest;
  }
}
