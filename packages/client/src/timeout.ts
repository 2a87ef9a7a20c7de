/** A signal of our own that aborts when `caller` does, until `clear()` takes the listener away. */
export interface Follower {
  controller: AbortController;
  clear(): void;
}

export function follow(caller: AbortSignal): Follower {
  // One controller and a listener: AbortSignal.any costs about as much as the rest of an attempt's
  // bookkeeping together, and keeps its link to `caller` until garbage collection.
  const controller = new AbortController();
  const abort = () => controller.abort(caller.reason);
  if (caller.aborted) abort();
  else caller.addEventListener("abort", abort, { once: true });
  return { controller, clear: () => caller.removeEventListener("abort", abort) };
}

/** One attempt's deadline, joined with the caller's signal so either can cancel the request. */
export interface Deadline {
  signal: AbortSignal;
  /** True once the deadline, not the caller, cancelled the attempt. */
  readonly expired: boolean;
  /** Stops the timer and stops following the caller; call it once the attempt is over. */
  clear(): void;
}

export function startDeadline(caller: AbortSignal, timeoutMs: number): Deadline {
  const { controller, clear } = follow(caller);
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException("Request timed out", "TimeoutError"));
  }, timeoutMs);
  // An attempt that never settles must not keep the process alive.
  if (typeof timer === "object") timer.unref?.();
  return {
    signal: controller.signal,
    get expired() {
      return expired;
    },
    clear() {
      clearTimeout(timer);
      clear();
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
