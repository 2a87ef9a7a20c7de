import { operations, resources } from "../generated/manifest.js";
import type { Operation, Resource } from "./types.js";

export { operations, resources };

const FULL_PREFIX = "admin:organization:";

/** Accepts both `users:roles` and the official `admin:organization:users:roles`. */
export function findResource(name: string): Resource | undefined {
  const short = name.startsWith(FULL_PREFIX) ? name.slice(FULL_PREFIX.length) : name;
  return resources.find((r) => r.name === short);
}

export function operationsOf(resource: string): Operation[] {
  return operations.filter((o) => o.resource === resource);
}

/** Short verbs people type, as in most CLIs: `get`, `ls`, `rm`. */
export const VERB_ALIASES: Readonly<Record<string, string>> = { get: "retrieve", ls: "list", rm: "delete" };

/** The alias a verb answers to, if it has one (`retrieve` -> `get`). */
export function aliasOf(verb: string): string | undefined {
  return Object.keys(VERB_ALIASES).find((alias) => VERB_ALIASES[alias] === verb);
}

export function findOperation(resource: string, verb: string): Operation | undefined {
  const own = operations.find((o) => o.resource === resource && o.verb === verb);
  const aliased = VERB_ALIASES[verb];
  return own ?? (aliased ? operations.find((o) => o.resource === resource && o.verb === aliased) : undefined);
}

/**
 * The operation the official CLI calls `<resource> <verb>` where its name differs from ours:
 * `admin:organization:usage costs` is `costs list`, `projects:rate-limits list-rate-limits` is
 * `projects:rate-limits list`.
 */
export function findOfficialOperation(resource: string, verb: string): Operation | undefined {
  const full = resource.startsWith(FULL_PREFIX) ? resource : `${FULL_PREFIX}${resource}`;
  return operations.find((o) => o.fullResource === full && (o.fullVerb ?? o.verb) === verb);
}

/** Every name a resource answers to, for suggestions and completion. */
export function resourceNames(): string[] {
  return resources.flatMap((r) => [r.name, r.fullName]);
}
