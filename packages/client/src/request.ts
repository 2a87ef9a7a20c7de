import type { AdminClient } from "./create-client.js";
import { OpenAIAdminError } from "./errors.js";

/** An operation as callers generated from the spec know it: a method and a path template. */
export interface Operation {
  method: string;
  path: string;
}

/** The input of any operation, unchecked: the spec, not the types, says what fits. */
export interface OperationInput {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
  headers?: Record<string, string | null>;
  signal?: AbortSignal;
}

/** openapi-fetch's result: `data` on success, the parsed `error` body otherwise. */
export interface OperationResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

type Verb = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";
type UntypedVerb = (path: string, init: Record<string, unknown>) => Promise<OperationResult>;

/**
 * One call of any operation, untyped: the entry point for callers generated from the spec (the
 * CLI, the contract suite), where the typed `client.GET(path, …)` overloads cannot be used.
 */
export function request(
  client: Partial<Pick<AdminClient, Verb>>,
  operation: Operation,
  input: OperationInput = {},
): Promise<OperationResult> {
  const verb = operation.method.toUpperCase();
  const call = (client as Record<string, UntypedVerb | undefined>)[verb];
  if (!call) throw new OpenAIAdminError(`The client has no ${verb} method`);
  const { path, query, ...init } = input;
  return call.call(client, operation.path, { ...init, params: { path, query } });
}
