// The error contract, in one place: HTTP status -> error class (errors.ts) -> the CLI's exit code ->
// the sentence `openai-admin --help` and the CLI README's table show for it. The CLI imports this
// and its README table is generated from it, so they cannot disagree. It is its own entry point,
// `@openai-admin/client/error-contract`: apps that bundle the client do not ship the CLI's sentences.
import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  errorClassByStatus,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./errors.js";
import { RETRIED_STATUSES } from "./retry.js";

export { errorClassFor } from "./errors.js";

/** The CLI's exit codes. Scripts branch on them, so a code never changes meaning. */
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

// Subclasses before their parents: the first match wins.
const exitCodeByClass: readonly (readonly [new (...args: never[]) => APIError, number])[] = [
  [APIUserAbortError, ExitCode.interrupted],
  [APIConnectionError, ExitCode.network],
  [AuthenticationError, ExitCode.auth],
  [PermissionDeniedError, ExitCode.auth],
  [NotFoundError, ExitCode.notFound],
  [BadRequestError, ExitCode.rejected],
  [ConflictError, ExitCode.rejected],
  [UnprocessableEntityError, ExitCode.rejected],
  [RateLimitError, ExitCode.rateLimited],
  [InternalServerError, ExitCode.server],
];

/** The exit code for anything a command threw. Any other 4xx is a rejected request. */
export function exitCodeFor(error: unknown): number {
  for (const [ErrorClass, code] of exitCodeByClass) if (error instanceof ErrorClass) return code;
  return error instanceof APIError && (error.status ?? 0) >= 400 ? ExitCode.rejected : ExitCode.unexpected;
}

/** The statuses that exit with `code`, as the sentences show them: "401, 403", "5xx". */
function statusesFor(code: number): string {
  const statuses = Object.entries(errorClassByStatus)
    .filter(([, ErrorClass]) => exitCodeByClass.find(([C]) => C === ErrorClass)?.[1] === code)
    .map(([status]) => status);
  if (code === ExitCode.server) statuses.push("5xx");
  return statuses.join(", ");
}

/** What is retried (up to `maxRetries`, honouring `Retry-After`) unless `x-should-retry` says otherwise. */
export const retriedFailures = `${RETRIED_STATUSES.join(", ")}, 5xx and connection errors`;

/** Every exit code and what it means, for `--help` and the README. */
export const exitCodeTable: readonly (readonly [number, string])[] = [
  [ExitCode.ok, "success"],
  [ExitCode.unexpected, "unexpected error"],
  [ExitCode.usage, "usage or validation error; nothing was sent"],
  [ExitCode.auth, `authentication or permission error (${statusesFor(ExitCode.auth)})`],
  [ExitCode.notFound, `not found (${statusesFor(ExitCode.notFound)})`],
  [ExitCode.rejected, `conflict or rejected request (${statusesFor(ExitCode.rejected)}, other 4xx)`],
  [ExitCode.rateLimited, `rate limited, after retries (${statusesFor(ExitCode.rateLimited)})`],
  [ExitCode.server, `server error (${statusesFor(ExitCode.server)}), after retries`],
  [ExitCode.network, "network error or timeout, after retries"],
  [ExitCode.interrupted, "interrupted (Ctrl-C), or declined at the prompt"],
];
