// The shape of the command manifest that scripts/generate.mjs derives from the operation model. Only
// what the CLI needs to parse, validate, document and send a request: schemas are a resolved,
// reduced subset of JSON Schema (no $ref, nullability folded into `nullable`).

/** The usual verbs, or an action named by its path segment (`archive`, `activate`). */
export type Verb = "list" | "create" | "retrieve" | "update" | "delete" | (string & {});
export type HttpMethod = "GET" | "POST" | "DELETE";

export interface Schema {
  type?: "string" | "integer" | "number" | "boolean" | "array" | "object";
  nullable?: boolean;
  enum?: readonly (string | number | boolean)[];
  const?: string | number | boolean;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  items?: Schema;
  properties?: Readonly<Record<string, Schema>>;
  required?: readonly string[];
  additionalProperties?: false;
  /** Values the spec refuses, e.g. `.` and `..` as path ids. */
  not?: { enum: readonly (string | number | boolean)[] };
}

/** One input of an operation: a path parameter, a query parameter or a top-level body field. */
export interface Field {
  /** Name on the wire (`user_id`, `emails[]`, `threshold_amount`). */
  name: string;
  /** For a member of an object in the query (`effective_at[gt]`): the member's name (`gt`). */
  member?: string;
  /** Kebab-case flag name without dashes (`user-id`, `emails`, `threshold-amount`, `effective-at-gt`). */
  flag: string;
  /** Other spellings accepted, the official CLI's (`email`, `effective-at.gt`). */
  aliases?: readonly string[];
  in: "path" | "query" | "body";
  required: boolean;
  description?: string;
  schema: Schema;
  /** Arrays whose items cannot hold a comma (ids, emails, enum values): `a,b` is two items. */
  commaSplits?: boolean;
  /** Path ids that may also be given by email or exact name, resolved with one list request. */
  lookup?: Lookup;
}

/** How a path id is found from an email or a name: the collection's list operation, filtered. */
export interface Lookup {
  /** Path of the list operation (`/organization/users`), its own ids filled from earlier arguments. */
  list: string;
  pagination?: "last_id" | "next" | "next_page";
  /** The item field matched exactly: `email` (values with an @) or `name`. */
  by: "email" | "name";
  /** The list's query parameter that filters on that field server-side (`emails[]`), if any. */
  filter?: string;
  /** Values starting with this (`user_`, from the spec's example) are ids already. */
  prefix: string;
  /** What is looked for, in messages: `user`, `project`. */
  noun: string;
}

export interface Operation {
  operationId: string;
  /** `users`, `users:roles`, `projects:spend-alerts` ... */
  resource: string;
  verb: Verb;
  /** The official CLI's resource name, `admin:organization:users:roles`. */
  fullResource: string;
  /** The official CLI's verb where it differs from ours (`list-rate-limits`). */
  fullVerb?: string;
  method: HttpMethod;
  /** Path template relative to the base URL, `/organization/users/{user_id}`. */
  path: string;
  summary: string;
  description?: string;
  fields: readonly Field[];
  /** Whether a JSON body is sent (POST with a requestBody). */
  hasBody: boolean;
  /** Set for list operations: which cursor the next page uses (see @openai-admin/spec). */
  pagination?: "last_id" | "next" | "next_page";
  /** Cannot be undone (deletes, and what the spec marks destructive): confirmation required. */
  destructive: boolean;
  /** For destructive operations: the GET path of the object acted on, to name it in the prompt. */
  describedBy?: string;
  /** Response fields shown once and never again (a created key's `value`): dotted paths. */
  secrets?: readonly string[];
  /** Response fields that hold Unix times, shown as ISO 8601 in tables and CSV: dotted paths. */
  times?: readonly string[];
  /** What the command acts on, for prompts: `role {role_id} of user {user_id}`. */
  target: string;
  /** A valid invocation built from the spec's examples (arguments after `openai-admin`). */
  example: readonly string[];
}

export interface Resource {
  name: string;
  fullName: string;
  description: string;
}
