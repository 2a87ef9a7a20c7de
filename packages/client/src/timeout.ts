/** One attempt's deadline, joined with the caller's signal so either can cancel the request. */
export interface Deadline {
  signal: AbortSignal;
  /** True once the deadline, not the caller, cancelled the attempt. */
  readonly expired: boolean;
  /** Stops the timer and stops following the caller; call it once the attempt is over. */
  clear(): void;
}

export function startDeadline(caller: AbortSignal, timeoutMs: number): Deadline {
  // One controller that follows the caller through a listener: AbortSignal.any costs about as much
  // as all the rest of an attempt's bookkeeping together.
  const controller = new AbortController();
  const follow = () => controller.abort(caller.reason);
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException("Request timed out", "TimeoutError"));
  }, timeoutMs);
  // An attempt that never settles (a later middleware threw) must not keep the process alive.
  if (typeof timer === "object") timer.unref?.();
  if (caller.aborted) follow();
  else caller.addEventListener("abort", follow, { once: true });
  return {
    signal: controller.signal,
    get expired() {
      return expired;
    },
    clear() {
      clearTimeout(timer);
      caller.removeEventListener("abort", follow);
    },
  };
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const done = () => {
      signal.removeEventListener("abort", abort);
      resolve();
    };
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", abort, { once: true });
  });
}
