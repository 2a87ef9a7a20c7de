export { type AdminClient, type AdminClientOptions, createAdminClient } from "./create-client.js";
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  errorFromResponse,
  InternalServerError,
  NotFoundError,
  OpenAIAdminError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./errors.js";
export type { ListInit, ListPath, Page, PageItem } from "./list-types.js";
export type { Logger } from "./logger.js";
export { type ListArgs, type PagesOptions, type PaginateOptions, pages, paginate } from "./paginate.js";
export { REDACTED, redact } from "./redact.js";
export { type Operation, type OperationInput, type OperationResult, request } from "./request.js";
export { unwrap } from "./unwrap.js";
