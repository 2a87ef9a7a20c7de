import type { MergedOptions, Middleware } from "openapi-fetch";
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "./errors.js";
import type { Log } from "./logger.js";
import { redact } from "./redact.js";
import { backoff, retryDelay, shouldRetry } from "./retry.js";
import { type Deadline, startDeadline } from "./timeout.js";

export interface ResilienceOptions {
  secret: string;
  timeout: number;
  maxRetries: number;
  log: Log;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** The fetch the client was given, if any. */
  fetch: typeof globalThis.fetch | undefined;
}

export interface Resilience {
  middleware: Middleware;
  /** The fetch for openapi-fetch: it starts each first attempt's deadline. */
  fetch: (request: Request) => Promise<Response>;
}

interface Flight {
  /** What a retry sends again: a copy made before the first send when there is a body to re-send. */
  pristine: Request;
  /** Whether `pristine` has a body, so every retry must send a copy of it. */
  copy: boolean;
  caller: AbortSignal;
  /** Only when a fetch given for this one request bypassed `Resilience.fetch`. */
  deadline?: Deadline;
  started: number;
}

type Outcome = { response: Response } | { error: unknown };

// Bodies are only allowed for these statuses when rebuilding a Response.
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

// undici-types declares json() and text() as properties, which TypeScript lets no subclass override.
type BodyMethods = new (
  body: string,
  init: ResponseInit,
) => Omit<Response, "json" | "text"> & { json(): Promise<unknown>; text(): Promise<string> };

/**
 * An ok JSON response whose body was read once, inside the attempt's deadline, and parsed once, to
 * check it: the first `json()` or `text()` (openapi-fetch's) gets that text or parse instead of
 * streaming the text back out and parsing it again. Everything else is a plain Response of the text,
 * and once read it is used up like any other.
 */
class JsonResponse extends (Response as unknown as BodyMethods) {
  readonly #text: string;
  #data: unknown;

  constructor(text: string, init: { status: number; statusText: string; headers: Headers }) {
    super(text, init);
    this.#text = text;
    // A text body brings a default content type; the server's headers are the ones to show.
    if (!init.headers.has("content-type")) this.headers.delete("content-type");
  }

  /** The response, or an APIError saying its body is not JSON; parses it for `json()`. */
  static check(response: JsonResponse, secret: string): Response | APIError {
    try {
      if (response.#text) response.#data = JSON.parse(response.#text);
      return response;
    } catch {
      // openapi-fetch would throw a bare SyntaxError with no status or request id; say what happened instead.
      const requestId = response.headers.get("x-request-id");
      const message = `${response.status} ${response.statusText}: the response body is not valid JSON${requestId ? ` (request id: ${requestId})` : ""}`;
      return new APIError(
        response.status,
        redact(response.#text.slice(0, 200), secret),
        message,
        response.headers,
      );
    }
  }

  /** Whether this read may take the buffered body: the first, of an untouched body. */
  #take(): boolean {
    const { body } = this;
    if (!body || body.locked || this.bodyUsed) return false;
    // Cancelling marks the body used, as reading it would.
    void body.cancel();
    return true;
  }

  // An empty body goes to Response's own json(), which rejects it as Response always did.
  override json(): Promise<unknown> {
    return this.#text && this.#take() ? Promise.resolve(this.#data) : super.json();
  }

  override text(): Promise<string> {
    return this.#take() ? Promise.resolve(this.#text) : super.text();
  }
}

/**
 * Timeouts, retries and connection-error mapping: an openapi-fetch middleware and the fetch it calls.
 * Each response body is read inside the attempt's deadline, so a connection that breaks mid-body is
 * retried like any other connection error.
 */
export function resilience(options: ResilienceOptions): Resilience {
  const { secret, timeout, maxRetries, log, fetch: given } = options;
  const globalFetch = globalThis.fetch;
  // Keyed by openapi-fetch's request id, which survives a later middleware replacing the Request.
  const flights = new Map<string, Flight>();
  // Keyed by the Request as sent, which openapi-fetch hands to onResponse and onError.
  const deadlines = new WeakMap<Request, Deadline>();

  // The global fetch takes the deadline's signal in its init, which sets up the same request as
  // `new Request(request, { signal })` without building a Request more per attempt. A fetch the
  // caller gave gets the Request with the signal in it, as it always has.
  const attempt = (request: Request, { signal }: Deadline): Promise<Response> =>
    given ? given(new Request(request, { signal })) : globalFetch(request, { signal });

  const send = (request: Request): Promise<Response> => {
    const deadline = startDeadline(request.signal, timeout);
    deadlines.set(request, deadline);
    return attempt(request, deadline);
  };

  async function settle(
    id: string,
    request: Request,
    first: Outcome,
    merged: MergedOptions,
  ): Promise<Response | Error | undefined> {
    const flight = flights.get(id);
    if (!flight) return undefined;
    // openapi-fetch calls onResponse again after onError recovered; the second call must pass through.
    flights.delete(id);
    const { pristine, caller } = flight;
    const method = pristine.method;
    // Only logs and errors show the URL; most requests need neither.
    let redacted: string | undefined;
    const url = () => (redacted ??= redact(pristine.url, secret));
    let deadline = flight.deadline ?? deadlines.get(request);
    let outcome = first;
    for (let retriesDone = 0; ; retriesDone++) {
      const result = await finish(outcome, caller, deadline, merged.parseAs, () => `${method} ${url()}`);
      deadline?.clear();
      const isResponse = result instanceof Response;
      const status = isResponse ? result.status : undefined;
      const requestId = isResponse ? result.headers.get("x-request-id") : null;
      const summary = () => (isResponse ? `${result.status} ${result.statusText}`.trim() : result.message);
      if (log.wants("debug")) {
        log("debug", `${method} ${url()} -> ${summary()}`, {
          method,
          url: url(),
          status,
          attempt: retriesDone + 1,
          ms: Date.now() - flight.started,
          requestId,
        });
      }
      const retryable = isResponse ? shouldRetry(result) : !(result instanceof APIUserAbortError);
      if (!retryable || retriesDone >= maxRetries) {
        return result instanceof JsonResponse ? JsonResponse.check(result, secret) : result;
      }
      const wait = isResponse ? retryDelay(result.headers, retriesDone) : backoff(retriesDone);
      log(
        "warn",
        `${method} ${url()} failed (${summary()}); retry ${retriesDone + 1} of ${maxRetries} in ${Math.round(wait)} ms`,
        {
          method,
          url: url(),
          status,
          retry: retriesDone + 1,
          waitMs: wait,
          requestId,
        },
      );
      try {
        await options.sleep(wait, caller);
      } catch (cause) {
        return new APIUserAbortError(undefined, { cause });
      }
      deadline = startDeadline(caller, timeout);
      flight.started = Date.now();
      try {
        const again = flight.copy ? pristine.clone() : pristine;
        outcome = {
          response: await (merged.fetch === send
            ? attempt(again, deadline)
            : merged.fetch(new Request(again, { signal: deadline.signal }))),
        };
      } catch (error) {
        outcome = { error };
      }
    }
  }

  /** Reads the whole body inside the attempt's deadline; any failure becomes a typed connection error. */
  async function finish(
    outcome: Outcome,
    caller: AbortSignal,
    deadline: Deadline | undefined,
    parseAs: string,
    what: () => string,
  ): Promise<Response | APIError> {
    try {
      if ("error" in outcome) throw outcome.error;
      const { response } = outcome;
      const { ok, status } = response;
      // Read once, as text unless an ok body is not JSON: bytes then, as the caller asked for bytes.
      const body = ok && parseAs !== "json" ? await response.arrayBuffer() : await response.text();
      const init = {
        status,
        statusText: response.statusText,
        headers: cleanHeaders(response.headers, secret),
      };
      if (NULL_BODY_STATUSES.has(status)) return new Response(null, init);
      if (typeof body !== "string") return new Response(body, init);
      // Error bodies reach people (messages, logs); a server that echoes the key must not leak it.
      return ok ? new JsonResponse(body, init) : new Response(redact(body, secret), init);
    } catch (cause) {
      if (caller.aborted) return new APIUserAbortError(undefined, { cause });
      if (deadline?.expired) {
        return new APIConnectionTimeoutError(`Request timed out after ${timeout} ms: ${what()}`, { cause });
      }
      return new APIConnectionError(redact(`Connection error: ${what()}: ${rootMessage(cause)}`, secret), {
        cause,
      });
    }
  }

  const middleware: Middleware = {
    onRequest({ request, id, options: merged }) {
      // A retry re-sends the Request: one with a body must be copied before the first send uses it up.
      const copy = maxRetries > 0 && request.body !== null;
      const flight: Flight = {
        pristine: copy ? request.clone() : request,
        copy,
        caller: request.signal,
        started: Date.now(),
      };
      flights.set(id, flight);
      if (merged.fetch === send) return undefined;
      // A fetch given for this one request bypasses `send`: put the deadline in the Request itself.
      flight.deadline = startDeadline(request.signal, timeout);
      return new Request(request, { signal: flight.deadline.signal });
    },
    async onResponse({ id, request, response, options: merged }) {
      const result = await settle(id, request, { response }, merged);
      if (result instanceof Error) throw result;
      return result;
    },
    onError({ id, request, error, options: merged }) {
      return settle(id, request, { error }, merged);
    },
  };
  return { middleware, fetch: send };
}

// Headers reach people too. Copied only when one needs scrubbing: the Response copies them anyway.
function cleanHeaders(headers: Headers, secret: string): Headers {
  let clean: Headers | undefined;
  for (const [name, value] of headers) {
    const safe = redact(value, secret);
    if (safe === value) continue;
    clean ??= new Headers(headers);
    clean.set(name, safe);
  }
  return clean ?? headers;
}

function rootMessage(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}
