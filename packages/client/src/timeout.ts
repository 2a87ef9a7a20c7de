/** One attempt's deadline, joined with the caller's signal so either can cancel the request. */
export interface Deadline {
  signal: AbortSignal;
  /** True once the deadline, not the caller, cancelled the attempt. */
  readonly expired: boolean;
  /** Stops the timer and stops following the caller; call it once the attempt is over. */
  clear(): void;
}

export function startDeadline(caller: AbortSignal | undefined, timeoutMs: number): Deadline {
  // One controller and a listener, taken off when the attempt ends: AbortSignal.any costs about as
  // much as the rest of an attempt's bookkeeping together, and keeps its link to `caller` until
  // garbage collection, as fetch's Request does with the signal it is given.
  const controller = new AbortController();
  const abort = () => controller.abort(caller?.reason);
  if (caller?.aborted) abort();
  else caller?.addEventListener("abort", abort, { once: true });
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException("Request timed out", "TimeoutError"));
  }, timeoutMs);
  // An attempt that never settles must not keep the process alive (browsers' timers are numbers).
  (timer as { unref?: () => void }).unref?.();
  return {
    signal: controller.signal,
    get expired() {
      return expired;
    },
    clear() {
      clearTimeout(timer);
      caller?.removeEventListener("abort", abort);
    },
  };
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const done = () => {
      signal?.removeEventListener("abort", abort);
      resolve();
    };
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", abort, { once: true });
  });
}
