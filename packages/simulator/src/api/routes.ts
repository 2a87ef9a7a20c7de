// The operations the simulator answers, read from the operation model (@openai-admin/spec): what
// each one does to the organization follows from its method, its path's shape and its CLI verb.
import type { ModelOperation } from "@openai-admin/spec";
import { model } from "@openai-admin/spec/model";

export type RouteKind =
  /** GET of a collection (`/organization/users`). */
  | "list"
  /** GET of time buckets (usage, costs), computed from the seeded activity. */
  | "buckets"
  /** POST to a collection. */
  | "create"
  /** GET, POST, DELETE of one object (`/organization/users/{user_id}`). */
  | "retrieve"
  | "update"
  | "delete"
  /** One object per parent (`/organization/projects/{id}/spend_limit`). */
  | "singleton-get"
  | "singleton-update"
  | "singleton-delete"
  /** POST named by a verb (`/archive`, `/activate`). */
  | "action";

export interface Route {
  op: ModelOperation;
  kind: RouteKind;
  /** Path segments, `{param}` matching any one segment. */
  template: string[];
  /** The first 2xx example: the shape of what the operation returns. */
  template200: Record<string, unknown>;
}

const isParam = (segment: string) => segment.startsWith("{");

function exampleOf(op: ModelOperation): Record<string, unknown> {
  const ok = op.responses.find((r) => r.status.startsWith("2"));
  const value = ok?.examples[0]?.value;
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

function kindOf(op: ModelOperation, all: readonly ModelOperation[]): RouteKind {
  const last = op.path.split("/").at(-1) ?? "";
  if (op.kind === "list") return op.cursor === "next_page" ? "buckets" : "list";
  if (isParam(last)) {
    return op.method === "get" ? "retrieve" : op.method === "delete" ? "delete" : "update";
  }
  const samePath = all.filter((o) => o.path === op.path);
  if (op.method === "post") {
    if (samePath.some((o) => o.kind === "list")) return "create";
    if (samePath.some((o) => o.method === "get")) return "singleton-update";
    return op.cli.verb === "create" ? "create" : "action";
  }
  return op.method === "delete" ? "singleton-delete" : "singleton-get";
}

export const routes: Route[] = model.operations.map((op) => ({
  op,
  kind: kindOf(op, model.operations),
  template: op.path.split("/").slice(1),
  template200: exampleOf(op),
}));

const matches = (template: string[], segments: string[]) =>
  template.length === segments.length && template.every((part, i) => isParam(part) || part === segments[i]);

/** The route for a request; `methodMismatch` when the path exists with other methods only. */
export function routeOf(method: string, segments: string[]): Route | "methodMismatch" | undefined {
  const onPath = routes.filter((r) => matches(r.template, segments));
  // A literal segment beats a parameter: `/certificates/activate` is not certificate "activate".
  const literalCount = (r: Route) => r.template.filter((s) => !isParam(s)).length;
  onPath.sort((a, b) => literalCount(b) - literalCount(a));
  const best = onPath.filter((r) => literalCount(r) === literalCount(onPath[0] as Route));
  return (
    best.find((r) => r.op.method === method.toLowerCase()) ?? (best.length ? "methodMismatch" : undefined)
  );
}

/** The list operation of a collection template, e.g. for `/organization/users/{user_id}` its list. */
export function listRouteOf(collectionTemplate: string[]): Route | undefined {
  const path = `/${collectionTemplate.join("/")}`;
  return routes.find((r) => r.kind === "list" && r.op.path === path);
}

/** The item a list holds, as its example shows it (`data[0]`). */
export function itemTemplate(route: Route | undefined): Record<string, unknown> | undefined {
  const data = route?.template200.data;
  const first = Array.isArray(data) ? data[0] : undefined;
  return typeof first === "object" && first !== null ? (first as Record<string, unknown>) : undefined;
}
