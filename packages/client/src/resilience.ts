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
}

interface Flight {
  /** An unsent copy, so every retry can send the same body again. */
  pristine: Request;
  caller: AbortSignal;
  deadline: Deadline;
  started: number;
}

type Outcome = { response: Response } | { error: unknown };

// Bodies are only allowed for these statuses when rebuilding a Response.
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * Timeouts, retries and connection-error mapping as one openapi-fetch middleware. It buffers each
 * response body so a connection that breaks mid-body is retried like any other connection error.
 */
export function resilience(options: ResilienceOptions): Middleware {
  const { secret, timeout, maxRetries, log } = options;
  // Keyed by openapi-fetch's request id, which survives a later middleware replacing the Request.
  const flights = new Map<string, Flight>();

  async function settle(
    id: string,
    first: Outcome,
    merged: MergedOptions,
  ): Promise<Response | Error | undefined> {
    const flight = flights.get(id);
    if (!flight) return undefined;
    // openapi-fetch calls onResponse again after onError recovered; the second call must pass through.
    flights.delete(id);
    const method = flight.pristine.method;
    const url = redact(flight.pristine.url, secret);
    let outcome = first;
    for (let retriesDone = 0; ; retriesDone++) {
      const result = await finish(outcome, flight, `${method} ${url}`);
      flight.deadline.clear();
      const isResponse = result instanceof Response;
      const status = isResponse ? result.status : undefined;
      const requestId = isResponse ? result.headers.get("x-request-id") : null;
      const summary = isResponse ? `${result.status} ${result.statusText}`.trim() : result.message;
      log("debug", `${method} ${url} -> ${summary}`, {
        method,
        url,
        status,
        attempt: retriesDone + 1,
        ms: Date.now() - flight.started,
        requestId,
      });
      const retryable = isResponse ? shouldRetry(result) : !(result instanceof APIUserAbortError);
      if (!retryable || retriesDone >= maxRetries) {
        return isResponse ? checkJson(result, merged.parseAs, secret) : result;
      }
      const wait = isResponse ? retryDelay(result.headers, retriesDone) : backoff(retriesDone);
      log(
        "warn",
        `${method} ${url} failed (${summary}); retry ${retriesDone + 1} of ${maxRetries} in ${Math.round(wait)} ms`,
        {
          method,
          url,
          status,
          retry: retriesDone + 1,
          waitMs: wait,
          requestId,
        },
      );
      try {
        await options.sleep(wait, flight.caller);
      } catch (cause) {
        return new APIUserAbortError(undefined, { cause });
      }
      flight.deadline = startDeadline(flight.caller, timeout);
      flight.started = Date.now();
      try {
        const retry = new Request(flight.pristine.clone(), { signal: flight.deadline.signal });
        outcome = { response: await merged.fetch(retry) };
      } catch (error) {
        outcome = { error };
      }
    }
  }

  /** Reads the whole body inside the attempt's deadline; any failure becomes a typed connection error. */
  async function finish(outcome: Outcome, flight: Flight, what: string): Promise<Response | APIError> {
    try {
      if ("error" in outcome) throw outcome.error;
      const { response } = outcome;
      const bytes = await response.arrayBuffer();
      // Error bodies and headers reach people (messages, logs); a server that echoes the key must not leak it.
      const headers = new Headers(response.headers);
      for (const [name, value] of [...headers]) {
        const clean = redact(value, secret);
        if (clean !== value) headers.set(name, clean);
      }
      const init = { status: response.status, statusText: response.statusText, headers };
      if (NULL_BODY_STATUSES.has(response.status)) return new Response(null, init);
      return new Response(response.ok ? bytes : redact(new TextDecoder().decode(bytes), secret), init);
    } catch (cause) {
      if (flight.caller.aborted) return new APIUserAbortError(undefined, { cause });
      if (flight.deadline.expired) {
        return new APIConnectionTimeoutError(`Request timed out after ${timeout} ms: ${what}`, { cause });
      }
      return new APIConnectionError(redact(`Connection error: ${what}: ${rootMessage(cause)}`, secret), {
        cause,
      });
    }
  }

  return {
    onRequest({ request, id }) {
      const deadline = startDeadline(request.signal, timeout);
      const pristine = request.clone();
      const sent = new Request(request, { signal: deadline.signal });
      flights.set(id, { pristine, caller: request.signal, deadline, started: Date.now() });
      return sent;
    },
    async onResponse({ id, response, options: merged }) {
      const result = await settle(id, { response }, merged);
      if (result instanceof Error) throw result;
      return result;
    },
    onError({ id, error, options: merged }) {
      return settle(id, { error }, merged);
    },
  };
}

// openapi-fetch would throw a bare SyntaxError with no status or request id; say what happened instead.
async function checkJson(response: Response, parseAs: string, secret: string): Promise<Response | APIError> {
  if (!response.ok || parseAs !== "json") return response;
  const text = await response.clone().text();
  try {
    if (text) JSON.parse(text);
    return response;
  } catch {
    const requestId = response.headers.get("x-request-id");
    const message = `${response.status} ${response.statusText}: the response body is not valid JSON${requestId ? ` (request id: ${requestId})` : ""}`;
    return new APIError(response.status, redact(text.slice(0, 200), secret), message, response.headers);
  }
}

function rootMessage(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}
