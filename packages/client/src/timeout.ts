/** One attempt's deadline, joined with the caller's signal so either can cancel the request. */
export interface Deadline {
  signal: AbortSignal;
  /** True once the deadline, not the caller, cancelled the attempt. */
  readonly expired: boolean;
  clear(): void;
}

export function startDeadline(callerSignal: AbortSignal, timeoutMs: number): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException("Request timed out", "TimeoutError")),
    timeoutMs,
  );
  // An attempt that never settles (a later middleware threw) must not keep the process alive.
  if (typeof timer === "object") timer.unref?.();
  return {
    signal: AbortSignal.any([callerSignal, controller.signal]),
    get expired() {
      return controller.signal.aborted;
    },
    clear: () => clearTimeout(timer),
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
