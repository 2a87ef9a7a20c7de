// The operation model: what every surface (types aside) needs to know about one operation of the
// spec. Schemas are plain JSON Schema with every `$ref` already resolved.

export type JsonSchema = Record<string, unknown>;

export type HttpMethod = "get" | "put" | "post" | "delete" | "patch" | "head" | "options" | "trace";

/**
 * How a list pages: `last_id` (send `after` = the page's `last_id`), `next` (send `after` = the
 * page's `next`), `next_page` (send `page` = the page's `next_page`; bucketed usage and costs).
 */
export type CursorStyle = "last_id" | "next" | "next_page";

export interface Example {
  name: string;
  value: unknown;
}

export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  description?: string;
  schema: JsonSchema;
  /** The parameter's own example, when the spec gives one. */
  example?: unknown;
  /**
   * Path parameters: the operationId of the list whose items this parameter names (what an id is
   * looked up in: the CLI's emails and names, the contract suite's live ids).
   */
  list?: string;
}

export interface RequestBody {
  required: boolean;
  mediaType: string;
  schema: JsonSchema;
  /** Named examples in document order. */
  examples: Example[];
}

export interface DocumentedResponse {
  /** The status key as written in the spec: "200", "404", also "default" or "4XX". */
  status: string;
  /** Media type of the body, `undefined` for a response without content. */
  contentType: string | undefined;
  schema: JsonSchema | undefined;
  /** Named examples in document order; Prism answers with the first one unless told otherwise. */
  examples: Example[];
  headers: { name: string; required: boolean; schema: JsonSchema }[];
}

export type ResponseKind = "object" | "list" | "none";

export interface ModelOperation {
  operationId: string;
  method: HttpMethod;
  /** Path template, `/organization/users/{user_id}`. */
  path: string;
  summary: string;
  description?: string;
  /** The first tag, with its description. */
  tag?: { name: string; description?: string };
  /** Path parameters in the order they appear in the path. */
  pathParams: Parameter[];
  /** Query (and header) parameters; operation-level ones replace path-level ones of the same name. */
  queryParams: Parameter[];
  requestBody: RequestBody | undefined;
  responses: DocumentedResponse[];
  /** What the first 2xx response carries. */
  kind: ResponseKind;
  /** Set for lists. */
  cursor?: CursorStyle;
  cli: {
    /** `users`, `users:roles`, `projects:service-accounts:api-keys` ... */
    resource: string;
    /** list, create, retrieve, update, delete, or an action's name (archive, activate ...). */
    verb: string;
    /** The official CLI's resource name, `admin:organization:users:roles`. */
    officialName: string;
    /** The official CLI's verb (`list-rate-limits` where it differs from ours). */
    officialVerb: string;
  };
  /** Cannot be undone: deletes, and operations the spec marks `x-openai-admin-destructive`. */
  destructive: boolean;
  /** Dotted paths of success-response fields marked `x-openai-admin-secret` (`value`, `data[].value`). */
  secrets: string[];
  /** Dotted paths of success-response fields that hold Unix times (`format: unixtime`): `data[].created_at`. */
  times: string[];
}

export interface OperationModel {
  operations: ModelOperation[];
}
