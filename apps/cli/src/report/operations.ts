// The operations the reports call, and the commands they suggest, found in the command manifest
// (the operation model) by the names people type: no path or flag is spelled here.
import {
  type AdminClient,
  errorFromResponse,
  type ListInit,
  type ListPath,
  type OperationResult,
  paginate,
  request,
} from "@openai-admin/client";
import { commandLine } from "../help/help.js";
import { findOperation } from "../manifest/lookup.js";
import type { Operation } from "../manifest/types.js";

/** The operation `openai-admin <resource> <verb>` runs. */
export function operation(resource: string, verb: string): Operation {
  const op = findOperation(resource, verb);
  if (!op) throw new Error(`the spec has no "${resource} ${verb}" operation, which reports need`);
  return op;
}

type Params = Record<string, unknown>;

/** Every item of a list operation, one page in memory at a time. */
export function listAll(
  client: AdminClient,
  op: Operation,
  path: Params = {},
  query: Params = {},
  signal?: AbortSignal,
): AsyncGenerator<Record<string, unknown>> {
  const init = { params: { path, query }, signal } as ListInit<ListPath>;
  return paginate(client, op.path as ListPath, init) as AsyncGenerator<Record<string, unknown>>;
}

/** One call; a 404 is `undefined` (a singleton that is not set), any other failure throws. */
export async function fetchOptional(
  client: AdminClient,
  op: Operation,
  path: Params,
  signal?: AbortSignal,
): Promise<Record<string, unknown> | undefined> {
  const { data, error, response }: OperationResult = await request(client, op, { path, signal });
  if (response.status === 404) return undefined;
  if (!response.ok) throw errorFromResponse(response, error);
  return data as Record<string, unknown>;
}

/**
 * The command that would fix a finding: the operation's own example from the spec, with its path
 * ids replaced by the object's and some flags set (`--mode allow_list`).
 */
export function fixCommand(
  resource: string,
  verb: string,
  ids: readonly string[],
  flags: Readonly<Record<string, string>> = {},
): string {
  const op = operation(resource, verb);
  const example = op.example ?? [resource, verb];
  const pathCount = op.fields.filter((f) => f.in === "path").length;
  const rest = example.slice(2 + pathCount);
  const args: string[] = [resource, verb, ...ids];
  const set = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] as string;
    const name = word.startsWith("--") ? word.slice(2) : undefined;
    const value = rest[i + 1];
    if (name !== undefined && value !== undefined && !value.startsWith("--")) {
      args.push(word, flags[name] ?? value);
      set.add(name);
      i++;
    } else args.push(word);
  }
  for (const [name, value] of Object.entries(flags)) if (!set.has(name)) args.push(`--${name}`, value);
  return commandLine(args);
}
