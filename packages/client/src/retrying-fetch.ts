// The fetch openapi-fetch calls: every attempt of one request, as one loop, in the order the
// official SDK's makeRequest takes them (send with a fresh per-attempt deadline, read the answer,
// decide, wait, send again). Middleware runs outside it, so it sees one request and its final outcome.
import { APIConnectionError, APIConnectionTimeoutError, type APIError, APIUserAbortError } from "./errors.js";
import type { Log } from "./logger.js";
import { redact } from "./redact.js";
import { retryDelay, shouldRetry } from "./retry.js";
import { startDeadline } from "./timeout.js";

export interface RetryingFetchOptions {
  secret: string;
  /** Milliseconds per attempt. */
  timeout: number;
  maxRetries: number;
  log: Log;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Sends `request` through `fetch` (the caller's, else the global one), retrying as the SDK does.
 * With `takeBody`, a success's body goes to it as text and the answer comes back already read,
 * instead of as a copy with the body put back (which, on undici, costs as much as the client's
 * other per-request work together).
 */
export type RetryingFetch = (
  request: Request,
  call: {
    fetch?: typeof globalThis.fetch | undefined;
    /** The caller's: aborting it ends the attempt and the loop. */
    signal?: AbortSignal | undefined;
    takeBody?: ((text: string) => void) | undefined;
  },
) => Promise<Response>;

const utf8 = new TextDecoder();

export function retryingFetch(options: RetryingFetchOptions): RetryingFetch {
  const { secret, timeout, maxRetries, log } = options;

  return async (request, { fetch: given, signal: caller, takeBody }) => {
    const { method } = request;
    // Only logs and errors show the URL; most requests need neither.
    let shownUrl: string | undefined;
    const url = () => (shownUrl ??= redact(request.url, secret));
    for (let retriesDone = 0; ; retriesDone++) {
      const started = Date.now();
      // A retry sends the Request again: while one may follow, send a copy so the body is not used up.
      // Asked of the method, not of `request.body`, a getter that may build a stream just to be
      // tested; a GET has no body, and a bodiless copy of anything else costs little.
      const sent = retriesDone < maxRetries && method !== "GET" ? request.clone() : request;
      const deadline = startDeadline(caller, timeout);
      let result: Response | APIError;
      let body: ArrayBuffer | string | undefined;
      try {
        const { signal } = deadline;
        result = await (given ? given(new Request(sent, { signal })) : fetch(sent, { signal }));
        // The body is read inside the deadline, so a connection that breaks mid-body is retried too.
        // As text when the caller takes it that way: fetch decodes it without the copy arrayBuffer makes.
        body = await (takeBody ? result.text() : result.arrayBuffer());
      } catch (cause) {
        result = caller?.aborted
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
      // Only logs show it, and the log scrubs the key from every string it is given.
      const requestId = () => response?.headers.get("x-request-id") ?? null;
      const summary = () =>
        response ? `${status} ${response.statusText}`.trim() : (result as APIError).message;
      if (log.wants("debug")) {
        log("debug", `${method} ${url()} -> ${summary()}`, {
          method,
          url: url(),
          status,
          attempt: retriesDone + 1,
          ms: Date.now() - started,
          requestId: requestId(),
        });
      }
      // As the SDK does, a success is final, whatever x-should-retry says.
      const retryable = response
        ? !response.ok && shouldRetry(response)
        : !(result instanceof APIUserAbortError);
      if (!retryable || retriesDone >= maxRetries) {
        if (!response) throw result;
        if (!takeBody || !response.ok) return rebuilt(response, body as ArrayBuffer | string, secret);
        takeBody(body as string);
        return response;
      }
      // With no response (a connection error) there is no server to ask, so this is plain backoff.
      const wait = retryDelay(response?.headers, retriesDone);
      log(
        "warn",
        `${method} ${url()} failed (${summary()}); retry ${retriesDone + 1} of ${maxRetries} in ${Math.round(wait)} ms`,
        { method, url: url(), status, retry: retriesDone + 1, waitMs: wait, requestId: requestId() },
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
 * The response again with its body, read already, put back: as bytes, which a Response takes back
 * without adding a content type, or none when it was empty (a 204 or 304 may have no body at all).
 * An error's body and headers reach people (its message, `error`, `headers`, logs), so a server
 * that echoes the key must not leak it; a success goes only to the caller, who holds the key
 * anyway, and is not scanned.
 */
function rebuilt(response: Response, body: ArrayBuffer | string, secret: string): Response {
  const { ok, status, statusText } = response;
  const bytes = ok
    ? (body as ArrayBuffer)
    : new TextEncoder().encode(redact(typeof body === "string" ? body : utf8.decode(body), secret));
  return new Response(bytes.byteLength ? bytes : null, {
    status,
    statusText,
    headers: ok ? response.headers : cleanHeaders(response.headers, secret),
  });
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
