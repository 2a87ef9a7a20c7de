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

export function findOperation(resource: string, verb: string): Operation | undefined {
  return operations.find((o) => o.resource === resource && o.verb === verb);
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
