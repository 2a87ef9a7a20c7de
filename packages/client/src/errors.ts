import { redact } from "./redact.js";

/** Root of every error this package throws. */
export class OpenAIAdminError extends Error {
  override name = "OpenAIAdminError";
}

/** A failed call: an HTTP error status, or (with `status: undefined`) no response at all. */
export class APIError extends OpenAIAdminError {
  override name = "APIError";
  // Declared, not defined: the constructor sets every one, so a definition would only add bytes.
  /** HTTP status; `undefined` when no response arrived. */
  declare readonly status: number | undefined;
  /** `error.type` of the response envelope, e.g. `invalid_request_error`. */
  declare readonly type: string | null;
  declare readonly code: string | null;
  declare readonly param: string | null;
  /** `x-request-id` of the response: quote it when asking OpenAI for help. */
  declare readonly requestId: string | null;
  /** The parsed response body (text when it was not JSON). */
  declare readonly error: unknown;
  declare readonly headers: Headers | undefined;

  constructor(
    status: number | undefined,
    error: unknown,
    message: string,
    headers?: Headers,
    options?: ErrorOptions,
  ) {
    super(message, options);
    const envelope = envelopeOf(error);
    this.status = status;
    this.type = stringField(envelope, "type");
    this.code = stringField(envelope, "code");
    this.param = stringField(envelope, "param");
    this.requestId = headers?.get("x-request-id") ?? null;
    this.error = error;
    this.headers = headers;
  }
}

export class BadRequestError extends APIError {
  override name = "BadRequestError";
}
export class AuthenticationError extends APIError {
  override name = "AuthenticationError";
}
export class PermissionDeniedError extends APIError {
  override name = "PermissionDeniedError";
}
export class NotFoundError extends APIError {
  override name = "NotFoundError";
}
export class ConflictError extends APIError {
  override name = "ConflictError";
}
export class UnprocessableEntityError extends APIError {
  override name = "UnprocessableEntityError";
}
export class RateLimitError extends APIError {
  override name = "RateLimitError";
}
export class InternalServerError extends APIError {
  override name = "InternalServerError";
}

/** No response: the connection failed or broke before the body was read. */
export class APIConnectionError extends APIError {
  override name = "APIConnectionError";
  constructor(message = "Connection error.", options?: ErrorOptions) {
    super(undefined, undefined, message, undefined, options);
  }
}
/** An attempt took longer than `timeout`. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = "APIConnectionTimeoutError";
}
/** The caller's AbortSignal fired; never retried. */
export class APIUserAbortError extends APIError {
  override name = "APIUserAbortError";
  constructor(message = "Request was aborted.", options?: ErrorOptions) {
    super(undefined, undefined, message, undefined, options);
  }
}

/** The server sent a cursor it had already sent, which would page forever. */
export class PaginationError extends OpenAIAdminError {
  override name = "PaginationError";
}

/** The statuses with an error class of their own; every 5xx is an InternalServerError. */
export const errorClassByStatus: Readonly<Record<number, typeof APIError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The class of the error an HTTP error status becomes. */
export function errorClassFor(status: number): typeof APIError {
  return status >= 500 ? InternalServerError : (errorClassByStatus[status] ?? APIError);
}

/** The error class for `response.status`, carrying the envelope fields of `body` (parsed JSON or text). */
export function errorFromResponse(response: Response, body: unknown): APIError {
  const { status, headers } = response;
  return new (errorClassFor(status))(status, body, describe(response, body), headers);
}

/** A 2xx whose body did not parse: openapi-fetch alone would throw a bare SyntaxError with no status. */
export function notJsonError(response: Response, cause: unknown): APIError {
  const message = describe(response, "the response body is not valid JSON");
  return new APIError(response.status, undefined, message, response.headers, { cause });
}

function describe(response: Response, body: unknown): string {
  const head = `${response.status} ${response.statusText}`.trim();
  const envelope = envelopeOf(body);
  const field = (key: string) => stringField(envelope, key);
  const detail = field("message") ?? field("detail") ?? field("title") ?? excerpt(body);
  const requestId = response.headers.get("x-request-id");
  const facts = [
    ...["type", "code", "param"].map((key) => field(key) && `${key}: ${field(key)}`),
    requestId && `request id: ${requestId}`,
  ].filter(Boolean);
  const text = detail && detail !== head ? `${head}: ${detail}` : head;
  return redact(facts.length ? `${text} (${facts.join(", ")})` : text);
}

// A proxy's HTML error page says nothing useful beyond its <title>; never put the page in a message.
function excerpt(body: unknown): string | null {
  if (typeof body !== "string") return null;
  const title = /<title[^>]*>([^<]*)</i.exec(body)?.[1];
  const text = (title ?? (/^\s*</.test(body) ? "" : body)).replace(/\s+/g, " ").trim();
  return text.length > 200 ? `${text.slice(0, 200)}…` : text || null;
}

function envelopeOf(body: unknown): Record<string, unknown> | undefined {
  if (!isRecord(body)) return undefined;
  return isRecord(body.error) ? body.error : body;
}

function stringField(record: Record<string, unknown> | undefined, key: string): string | null {
  const value = record?.[key];
  return typeof value === "string" || typeof value === "number" ? String(value) : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
