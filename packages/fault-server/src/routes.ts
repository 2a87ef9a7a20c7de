// The routes the server answers, from the operation model (@openai-admin/spec): which paths exist,
// which of them are lists, and each list's cursor style and page-size limits.
import type { ModelOperation } from "@openai-admin/spec";
import { model } from "@openai-admin/spec/model";
import type { CursorStyle, Limits } from "./collections.js";

export interface Route {
  method: string;
  /** The path template's segments, `{param}` matching any one segment. */
  template: string[];
  /** Set for lists. */
  list?: { style: CursorStyle; limits: Limits; noun: string };
}

function limitsOf(op: ModelOperation): Limits {
  const schema = op.queryParams.find((p) => p.name === "limit")?.schema ?? {};
  const number = (value: unknown, fallback: number) => (typeof value === "number" ? value : fallback);
  return {
    min: number(schema.minimum, 0),
    max: number(schema.maximum, Number.MAX_SAFE_INTEGER),
    default: number(schema.default, 20),
  };
}

const routes: Route[] = model.operations.map((op) => {
  const template = op.path.split("/").slice(1);
  return {
    method: op.method.toUpperCase(),
    template,
    ...(op.kind === "list" && op.cursor
      ? { list: { style: op.cursor, limits: limitsOf(op), noun: template.at(-1) ?? "" } }
      : {}),
  };
});

const matches = (template: string[], segments: string[]) =>
  template.length === segments.length &&
  template.every((part, i) => part.startsWith("{") || part === segments[i]);

/** The spec's route for a request, or undefined when the spec has no such operation. */
export function routeOf(method: string, segments: string[]): Route | undefined {
  return routes.find((r) => r.method === method && matches(r.template, segments));
}

/** The limits the spec gives lists of a cursor style, for a list served in another style than its own. */
export function limitsFor(style: CursorStyle): Limits | undefined {
  return routes.find((r) => r.list?.style === style)?.list?.limits;
}
