// The fetch openapi-fetch calls: every attempt of one request, as one loop, in the order the
// official SDK's makeRequest takes them (send with a fresh per-attempt deadline, read the answer,
// decide, wait, send again). Middleware runs outside it, so it sees one request and its final outcome.
import { APIConnectionError, APIConnectionTimeoutError, type APIError, APIUserAbortError } from "./errors.js";
import type { Log } from "./logger.js";
import { redact } from "./redact.js";
import { backoff, retryDelay, shouldRetry } from "./retry.js";
import { startDeadline } from "./timeout.js";

export interface RetryingFetchOptions {
  secret: string;
  /** Milliseconds per attempt. */
  timeout: number;
  maxRetries: number;
  log: Log;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Sends `request` through `fetch` (the caller's, else the global one), retrying as the SDK does. */
export type RetryingFetch = (request: Request, fetch?: typeof globalThis.fetch) => Promise<Response>;

// Statuses whose Response must have no body.
const NULL_BODY_STATUSES = [101, 204, 205, 304];

export function retryingFetch(options: RetryingFetchOptions): RetryingFetch {
  const { secret, timeout, maxRetries, log } = options;

  return async (request, given) => {
    // openapi-fetch's Request follows the caller's signal: aborting it ends the attempt and the loop.
    const caller = request.signal;
    const { method } = request;
    // Only logs and errors show the URL; most requests need neither.
    let shownUrl: string | undefined;
    const url = () => (shownUrl ??= redact(request.url, secret));
    for (let retriesDone = 0; ; retriesDone++) {
      const started = Date.now();
      // A retry sends the Request again: while one may follow, send a copy so the body is not used up.
      const sent = retriesDone < maxRetries && request.body ? request.clone() : request;
      const deadline = startDeadline(caller, timeout);
      let result: Response | APIError;
      try {
        const { signal } = deadline;
        // The body is read inside the deadline, so a connection that breaks mid-body is retried too.
        result = await readWhole(
          await (given ? given(new Request(sent, { signal })) : fetch(sent, { signal })),
          secret,
        );
      } catch (cause) {
        result = caller.aborted
          ? new APIUserAbortError(undefined, { cause })
          : deadline.expired
            ? new APIConnectionTimeoutError(`Request timed out after ${timeout} ms: ${method} ${url()}`, {
                cause,
              })
            : new APIConnectionError(
                redact(`Connection error: ${method} ${url()}: ${rootMessage(cause)}`, secret),
                { cause },
              );
      } finally {
        deadline.clear();
      }
      const response = result instanceof Response ? result : undefined;
      const status = response?.status;
      const requestId = response ? response.headers.get("x-request-id") : null;
      const failure = result;
      const summary = () =>
        failure instanceof Response ? `${failure.status} ${failure.statusText}`.trim() : failure.message;
      if (log.wants("debug")) {
        log("debug", `${method} ${url()} -> ${summary()}`, {
          method,
          url: url(),
          status,
          attempt: retriesDone + 1,
          ms: Date.now() - started,
          requestId,
        });
      }
      const retryable = response ? shouldRetry(response) : !(result instanceof APIUserAbortError);
      if (!retryable || retriesDone >= maxRetries) {
        if (response) return response;
        throw result;
      }
      const wait = response ? retryDelay(response.headers, retriesDone) : backoff(retriesDone);
      log(
        "warn",
        `${method} ${url()} failed (${summary()}); retry ${retriesDone + 1} of ${maxRetries} in ${Math.round(wait)} ms`,
        { method, url: url(), status, retry: retriesDone + 1, waitMs: wait, requestId },
      );
      try {
        await options.sleep(wait, caller);
      } catch (cause) {
        throw new APIUserAbortError(undefined, { cause });
      }
    }
  };
}

/**
 * The response with its whole body read: as bytes, which a Response takes back without adding a
 * content type. An error's body and headers reach people (its message, `error`, `headers`, logs),
 * so a server that echoes the key must not leak it; a success goes only to the caller, who holds
 * the key anyway, and is not scanned.
 */
async function readWhole(response: Response, secret: string): Promise<Response> {
  const { ok, status, statusText } = response;
  const body = await response.arrayBuffer();
  const headers = ok ? response.headers : cleanHeaders(response.headers, secret);
  const init = { status, statusText, headers };
  if (NULL_BODY_STATUSES.includes(status)) return new Response(null, init);
  if (ok) return new Response(body, init);
  return new Response(new TextEncoder().encode(redact(new TextDecoder().decode(body), secret)), init);
}

// Copied only when one needs scrubbing: the Response copies them anyway.
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
