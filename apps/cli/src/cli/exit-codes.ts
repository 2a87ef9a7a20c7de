// The exit-code contract, documented in README.md and `openai-admin --help`. Scripts branch on
// these, so they never change meaning.
export const ExitCode = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  auth: 3,
  notFound: 4,
  rejected: 5,
  rateLimited: 6,
  server: 7,
  network: 8,
  interrupted: 130,
} as const;

export const exitCodeTable: readonly (readonly [number, string])[] = [
  [ExitCode.ok, "success"],
  [ExitCode.unexpected, "unexpected error"],
  [ExitCode.usage, "usage or validation error; nothing was sent"],
  [ExitCode.auth, "authentication or permission error (401, 403)"],
  [ExitCode.notFound, "not found (404)"],
  [ExitCode.rejected, "conflict or rejected request (400, 409, 422)"],
  [ExitCode.rateLimited, "rate limited, after retries (429)"],
  [ExitCode.server, "server error (5xx)"],
  [ExitCode.network, "network error or timeout"],
  [ExitCode.interrupted, "interrupted (Ctrl-C), or declined at the prompt"],
];

/** Maps an HTTP status to the exit code for it. */
export function exitCodeForStatus(status: number): number {
  if (status === 401 || status === 403) return ExitCode.auth;
  if (status === 404) return ExitCode.notFound;
  if (status === 429) return ExitCode.rateLimited;
  if (status >= 500) return ExitCode.server;
  if (status >= 400) return ExitCode.rejected;
  return ExitCode.unexpected;
}
