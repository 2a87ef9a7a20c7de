// How `org` talks to the API: every call is an operation of the model (the CLI's manifest, by
// operationId) sent through @openai-admin/client, whose retries (429 with Retry-After, 5xx,
// dropped connections) stay as they are. Two things are added on top, for apply:
// - a throttle under the client (its fetch): bounded concurrency for every attempt, that halves
//   and waits out Retry-After on a 429, and grows back;
// - createOnce: a create is not blindly resent (a lost answer may hide a create that happened);
//   after a failure the object is looked up by its natural key first, so nothing is made twice.
import {
  type AdminClient,
  APIConnectionError,
  APIError,
  ConflictError,
  NotFoundError,
  paginate,
  request,
  unwrap,
} from "@openai-admin/client";
import { operations } from "../manifest/lookup.js";
import type { Operation } from "../manifest/types.js";

export function operation(operationId: string): Operation {
  const op = operations.find((o) => o.operationId === operationId);
  if (!op) throw new Error(`org: the spec has no operation ${operationId}`);
  return op;
}

export interface CallInput {
  path?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
}

export interface OrgApi {
  /** Reads, updates and deletes: the client with its retries. */
  client: AdminClient;
  /** Creates: the same client without retries (createOnce decides what a failure means). */
  once: AdminClient;
  signal: AbortSignal;
}

export async function listAll<T>(api: OrgApi, operationId: string, input: CallInput = {}): Promise<T[]> {
  const op = operation(operationId);
  const query = { ...input.query };
  if (op.fields.some((f) => f.in === "query" && f.name === "limit")) query.limit = 100;
  const items: T[] = [];
  const init = { params: { path: input.path, query }, signal: api.signal };
  for await (const item of paginate(api.client, op.path as never, init as never)) items.push(item as T);
  return items;
}

export async function call<T = unknown>(api: OrgApi, operationId: string, input: CallInput = {}): Promise<T> {
  return (await unwrap(request(api.client, operation(operationId), { ...input, signal: api.signal }))) as T;
}

/** A delete whose object is already gone (a retry after a lost answer, a second apply) is done. */
export async function remove(api: OrgApi, operationId: string, input: CallInput): Promise<void> {
  try {
    await call(api, operationId, input);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
}

const transient = (error: unknown) =>
  error instanceof APIConnectionError ||
  (error instanceof APIError &&
    (error.status === undefined || error.status >= 500 || error.status === 408 || error.status === 429));

/**
 * Creates an object at most once: `find` looks it up by its natural key. A 429 was not acted on, so
 * it is sent again after Retry-After; any other transient failure may hide a create that happened,
 * so the object is looked up before it is sent again; a 409 (it exists) is looked up too.
 */
export async function createOnce<T>(
  api: OrgApi,
  operationId: string,
  input: CallInput,
  find: () => Promise<T | undefined>,
  attempts = 6,
): Promise<T> {
  for (let failures = 0, limited = 0; ; ) {
    try {
      return (await unwrap(request(api.once, operation(operationId), { ...input, signal: api.signal }))) as T;
    } catch (error) {
      const rateLimited = error instanceof APIError && error.status === 429;
      const conflict = error instanceof ConflictError;
      if (rateLimited ? ++limited > RATE_LIMITED_ATTEMPTS : ++failures >= attempts) throw error;
      if (!rateLimited && !conflict && !transient(error)) throw error;
      await sleep(waitFor(error, rateLimited ? limited : failures), api.signal);
      if (rateLimited) continue;
      const found = await find();
      if (found !== undefined) return found;
      if (conflict) throw error;
    }
  }
}

/** A create meets this many 429s in a row before it gives up (each one waits its Retry-After). */
const RATE_LIMITED_ATTEMPTS = 30;

/** What the server asked for (Retry-After), else a short doubling backoff. */
function waitFor(error: unknown, attempt: number): number {
  const asked = retryAfterMs(error instanceof APIError ? error.headers : undefined);
  return asked ?? Math.min(250 * 2 ** (attempt - 1), 8000);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

/**
 * At most `limit` requests in flight, for every attempt the client makes (its retries included),
 * started at most one per `spacing` ms. A 429 halves the limit, doubles the spacing (at least the
 * Retry-After) and starts nothing until its Retry-After has passed; answers that are not 429 give
 * slots back and shorten the spacing again. Fewer requests in flight alone would not do: answers
 * come in a millisecond, so one request at a time can still outrun a rate limit.
 */
export class Throttle {
  #limit: number;
  #active = 0;
  #streak = 0;
  #spacing = 0;
  #nextStart = 0;
  #waiting: (() => void)[] = [];

  constructor(readonly max: number) {
    this.#limit = max;
  }

  get limit(): number {
    return this.#limit;
  }

  backOff(retryAfterMs: number): void {
    const wait = Math.min(retryAfterMs, 60_000);
    this.#limit = Math.max(1, Math.floor(this.#limit / 2));
    this.#streak = 0;
    this.#spacing = Math.min(Math.max(this.#spacing * 2, wait, 5), 10_000);
    this.#nextStart = Math.max(this.#nextStart, Date.now() + wait);
  }

  recover(): void {
    this.#spacing = this.#spacing < 1 ? 0 : this.#spacing * 0.95;
    if (++this.#streak >= this.#limit && this.#limit < this.max) {
      this.#limit++;
      this.#streak = 0;
    }
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    while (this.#active >= this.#limit) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#active++;
    try {
      for (let wait = this.#nextStart - Date.now(); wait > 0; wait = this.#nextStart - Date.now())
        await new Promise((resolve) => setTimeout(resolve, wait));
      this.#nextStart = Date.now() + this.#spacing;
      return await task();
    } finally {
      this.#active--;
      for (const wake of this.#waiting.splice(0, Math.max(0, this.#limit - this.#active))) wake();
    }
  }
}

/** The fetch the clients send through: each attempt waits for a slot, and a 429 slows everything down. */
export function throttledFetch(fetch: typeof globalThis.fetch, throttle: Throttle): typeof globalThis.fetch {
  return (input, init) =>
    throttle.run(async () => {
      const response = await fetch(input, init);
      if (response.status === 429) throttle.backOff(retryAfterMs(response.headers) ?? 1000);
      else throttle.recover();
      return response;
    });
}

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = Number.parseFloat(headers?.get("retry-after-ms") ?? "");
  if (ms >= 0 && ms <= 60_000) return ms;
  const seconds = Number.parseFloat(headers?.get("retry-after") ?? "");
  if (seconds >= 0 && seconds <= 60) return seconds * 1000;
  return undefined;
}
