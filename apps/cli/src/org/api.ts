// How `org` talks to the API: every call is an operation of the model (the CLI's manifest, by
// operationId) sent through @openai-admin/client, whose retries (429 with Retry-After, 5xx,
// dropped connections) stay as they are. Two things are added on top, for apply:
// - a throttle: bounded concurrency that halves when the client reports a 429 and grows back;
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
  throttle: Throttle;
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
 * Creates an object at most once: `find` looks it up by its natural key. A create that fails for a
 * transient reason is looked up before it is sent again; a 409 (it exists) is looked up too.
 */
export async function createOnce<T>(
  api: OrgApi,
  operationId: string,
  input: CallInput,
  find: () => Promise<T | undefined>,
  attempts = 6,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await unwrap(request(api.once, operation(operationId), { ...input, signal: api.signal }))) as T;
    } catch (error) {
      const conflict = error instanceof ConflictError;
      if ((!conflict && !transient(error)) || attempt >= attempts) throw error;
      if (error instanceof APIError && error.status === 429) api.throttle.backOff();
      await sleep(waitFor(error, attempt), api.signal);
      const found = await find();
      if (found !== undefined) return found;
      if (conflict) throw error;
    }
  }
}

/** What the server asked for (Retry-After), else a short doubling backoff. */
function waitFor(error: unknown, attempt: number): number {
  const headers = error instanceof APIError ? error.headers : undefined;
  const ms = Number.parseFloat(headers?.get("retry-after-ms") ?? "");
  if (ms >= 0 && ms <= 60_000) return ms;
  const seconds = Number.parseFloat(headers?.get("retry-after") ?? "");
  if (seconds >= 0 && seconds <= 60) return seconds * 1000;
  return Math.min(250 * 2 ** (attempt - 1), 8000);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/**
 * At most `limit` calls in flight. A 429 (reported by the client's retry logger, or met by a
 * create) halves the limit; every `limit` successes in a row give one slot back, up to `max`.
 */
export class Throttle {
  #limit: number;
  #active = 0;
  #streak = 0;
  #waiting: (() => void)[] = [];

  constructor(readonly max: number) {
    this.#limit = max;
  }

  get limit(): number {
    return this.#limit;
  }

  backOff(): void {
    this.#limit = Math.max(1, Math.floor(this.#limit / 2));
    this.#streak = 0;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    while (this.#active >= this.#limit) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#active++;
    try {
      const result = await task();
      if (++this.#streak >= this.#limit && this.#limit < this.max) {
        this.#limit++;
        this.#streak = 0;
      }
      return result;
    } finally {
      this.#active--;
      for (const wake of this.#waiting.splice(0, Math.max(0, this.#limit - this.#active))) wake();
    }
  }

  /** `task` for every item, through the throttle; results in order. */
  map<I, T>(items: readonly I[], task: (item: I) => Promise<T>): Promise<T[]> {
    return Promise.all(items.map((item) => this.run(() => task(item))));
  }
}
