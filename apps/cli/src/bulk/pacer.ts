// How many rows are in flight at once, and how fast they start: a few at first, one more after
// each round that met no 429, half as many on a 429 (and nobody starts until its Retry-After has
// passed). The client itself retries the 429; this only keeps the next rows from running into the
// same wall. When the server's x-ratelimit-* headers say the budget is nearly spent, starts are
// spaced to the rate they imply, so a long file runs at the limit instead of bouncing off it.

export interface PacerOptions {
  start: number;
  max: number;
  now?: () => number;
}

// Near the limit, starts follow the server's refill rate while a couple of requests stay in
// reserve; below that they are spaced a quarter wider until the reserve is back. Arrivals jitter
// (a busy machine, a slow response): the reserve, not luck, absorbs that.
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

export class Pacer {
  limit: number;
  inFlight = 0;
  /** 429s the client met and retried. */
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

  /** Waits for a free slot and this start's turn; the caller must `release()` it. */
  async acquire(signal: AbortSignal): Promise<void> {
    for (;;) {
      signal.throwIfAborted();
      const now = this.#now();
      const wait = Math.max(this.#pausedUntil, this.#nextStart) - now;
      if (this.inFlight < this.limit && wait <= 0) {
        this.inFlight++;
        this.#nextStart = now + this.#spacing;
        return;
      }
      await new Promise<void>((resolve) => {
        const timer = wait > 0 ? setTimeout(done, wait) : undefined;
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.#wake = done;
      });
    }
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

  /** A request finished without a 429 (after its retries): grow after a calm round. */
  succeeded(headers: Headers | undefined): void {
    if (headers) this.#readBudget(headers);
    if (++this.#calmStreak >= this.limit && this.limit < this.#max) {
      this.limit++;
      this.#calmStreak = 0;
      this.#poke();
    }
  }

  /** The client met a 429 and waits `waitMs` before retrying: halve (once per wave) and hold everyone. */
  rateLimitedFor(waitMs: number): void {
    this.rateLimited++;
    const now = this.#now();
    this.#pausedUntil = Math.max(this.#pausedUntil, now + waitMs);
    this.#calmStreak = 0;
    // The other requests of the same wave meet the same 429; one wave halves once.
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
    if (!Number.isFinite(limit) || !Number.isFinite(remaining) || reset === undefined || limit <= 0) return;
    const spent = limit - remaining;
    const perRequest = spent > 0 ? reset / spent : 0;
    if (remaining > this.limit + RESERVE) this.#spacing = 0;
    else this.#spacing = remaining < RESERVE ? perRequest * REFILL : perRequest;
  }
}
