// The line a person sees while the client waits to retry: `rate limited (429); retrying in 20 s,
// attempt 2 of 3`. Short waits pass silently; the client's own retry log is the source.

const REASONS: Readonly<Record<number, string>> = {
  408: "request timed out",
  409: "conflict",
  429: "rate limited",
};

/** The notice for one retry the client logged, or undefined when the wait is under a second. */
export function retryNotice(
  message: string,
  details: Record<string, unknown>,
  maxRetries: number,
): string | undefined {
  const wait = Number(details.waitMs);
  if (!Number.isFinite(wait) || wait < 1000) return undefined;
  const status = typeof details.status === "number" ? details.status : undefined;
  const reason =
    status === undefined
      ? (/failed \((.*)\); retry/.exec(message)?.[1] ?? "request failed")
      : `${REASONS[status] ?? (status >= 500 ? "server error" : "request failed")} (${status})`;
  const retry = Number(details.retry);
  const seconds = wait < 10_000 ? Math.round(wait / 100) / 10 : Math.round(wait / 1000);
  return `${reason}; retrying in ${seconds} s, attempt ${retry + 1} of ${maxRetries + 1}`;
}
