// A token bucket per API key, as the API limits requests: `limit` requests a second, bursts up to
// `burst`. A request over the limit gets 429 with `Retry-After` (seconds) and `retry-after-ms`.

export interface RateLimitOptions {
  /** Requests per second each key may make. */
  perSecond: number;
  /** Requests a key may make at once after being idle. Default: `perSecond`. */
  burst?: number;
}

export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
  /** When not allowed: how long until one request would be. */
  retryAfterMs: number;
}

export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #capacity: number;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.#capacity = Math.max(1, options.burst ?? options.perSecond);
  }

  take(key: string): RateDecision {
    const now = this.clock();
    const rate = this.options.perSecond / 1000;
    const bucket = this.#buckets.get(key) ?? { tokens: this.#capacity, at: now };
    bucket.tokens = Math.min(this.#capacity, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    this.#buckets.set(key, bucket);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    const untilOne = allowed ? 0 : Math.ceil((1 - bucket.tokens) / rate);
    const untilFull = Math.ceil((this.#capacity - bucket.tokens) / rate);
    return {
      allowed,
      retryAfterMs: untilOne,
      headers: {
        "x-ratelimit-limit-requests": String(this.#capacity),
        "x-ratelimit-remaining-requests": String(Math.floor(bucket.tokens)),
        "x-ratelimit-reset-requests": `${untilFull}ms`,
      },
    };
  }
}
