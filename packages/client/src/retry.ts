// The retry policy of the official SDK (openai-node), so both clients behave the same under load.

const MAX_SERVER_WAIT_MS = 60_000;

/** The statuses below 500 worth sending again; every 5xx is too. */
export const RETRIED_STATUSES: readonly number[] = [408, 409, 429];

/** Whether a response is worth sending again; the server's `x-should-retry` has the last word. */
export function shouldRetry(response: Response): boolean {
  const verdict = response.headers.get("x-should-retry");
  if (verdict === "true") return true;
  if (verdict === "false") return false;
  const { status } = response;
  return status >= 500 || RETRIED_STATUSES.includes(status);
}

/** How long to wait before retry number `retriesDone + 1`: what the server asks for, if sane, else backoff. */
export function retryDelay(headers: Headers | undefined, retriesDone: number, now = Date.now()): number {
  let wait = Number.parseFloat(headers?.get("retry-after-ms") ?? "");
  if (Number.isNaN(wait)) {
    const retryAfter = headers?.get("retry-after") ?? "";
    const seconds = Number.parseFloat(retryAfter);
    wait = Number.isNaN(seconds) ? Date.parse(retryAfter) - now : seconds * 1000;
  }
  return wait >= 0 && wait <= MAX_SERVER_WAIT_MS ? wait : backoff(retriesDone);
}

/** 0.5 s doubling up to 8 s, minus up to 25 % jitter so many clients do not retry in step. */
export function backoff(retriesDone: number): number {
  return Math.min(0.5 * 2 ** retriesDone, 8) * (1 - Math.random() * 0.25) * 1000;
}
