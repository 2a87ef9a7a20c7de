// The generated types are the source of truth; this file only re-exports them under stable names.
import type { components, operations, paths } from "./generated/openapi.js";

export type { components, operations, paths };

/** Every schema of the spec by name, e.g. `Schemas["User"]`. */
export type Schemas = components["schemas"];
/** The error envelope every failing call returns: `{ error: { message, type, param, code } }`. */
export type ErrorResponse = components["schemas"]["ErrorResponse"];
/** Operation ids of the spec, e.g. `"list-users"`. */
export type OperationId = keyof operations;
