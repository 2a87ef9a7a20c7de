// One valid request per operation, taken from the spec's own examples: path and query parameter
// examples, the first named request body example. An operation whose examples cannot make a
// request (or whose success response has no example to compare with) needs a hand-written fixture
// in test/fixtures/; the suite lists those.
import type { FixtureLike } from "./coverage.js";
import type { Operation, Parameter } from "./spec.js";
import type { RequestInput } from "./validate.js";

export type Derived = { fixture: FixtureLike } | { missing: string };

function exampleOf(parameter: Parameter): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const examples = parameter.schema.examples;
  return Array.isArray(examples) ? examples[0] : undefined;
}

/** The operation's request built from its examples, or what example it lacks. */
export function fromExamples(operation: Operation): Derived {
  const path: Record<string, unknown> = {};
  for (const p of operation.pathParams) {
    const value = exampleOf(p);
    if (value === undefined) return { missing: `an example for path parameter ${p.name}` };
    path[p.name] = value;
  }
  const required: Record<string, unknown> = {};
  const all: Record<string, unknown> = {};
  for (const p of operation.queryParams.filter((q) => q.in === "query")) {
    const value = exampleOf(p);
    if (value === undefined && p.required) return { missing: `an example for query parameter ${p.name}` };
    if (value === undefined) continue;
    all[p.name] = value;
    if (p.required) required[p.name] = value;
  }
  let body: unknown;
  if (operation.requestBody) {
    const first = operation.requestBody.examples[0];
    if (!first) return { missing: "a named request body example" };
    body = first.value;
  }
  const success = operation.responses.find((r) => /^2\d\d$/.test(r.status));
  if (success?.contentType && !success.examples.length)
    return { missing: `an example of the ${success.status} response` };
  const input = (query: Record<string, unknown>): RequestInput => ({
    ...(operation.pathParams.length ? { path } : {}),
    ...(Object.keys(query).length ? { query } : {}),
    ...(body === undefined ? {} : { body }),
  });
  return { fixture: { required: input(required), all: input(all) } };
}

export interface FixtureTable {
  fixtures: Record<string, FixtureLike>;
  /** Operations that use a hand-written fixture because their examples cannot serve. */
  handWritten: string[];
  /** Operations with neither, and what example each lacks. */
  uncovered: Record<string, string>;
}

/**
 * Every operation's fixture: from its examples when they serve, else the hand-written one. A
 * hand-written fixture is never preferred, so the table cannot drift from the spec's examples.
 */
export function fixtureTable(
  operations: Operation[],
  handWritten: Record<string, FixtureLike>,
): FixtureTable {
  const table: FixtureTable = { fixtures: {}, handWritten: [], uncovered: {} };
  for (const operation of operations) {
    const id = operation.operationId;
    const derived = fromExamples(operation);
    if ("fixture" in derived) table.fixtures[id] = derived.fixture;
    else if (Object.hasOwn(handWritten, id)) {
      table.fixtures[id] = handWritten[id] as FixtureLike;
      table.handWritten.push(id);
    } else table.uncovered[id] = derived.missing;
  }
  // Kept so the coverage check reports a fixture left for an operation the spec dropped.
  const ids = new Set(operations.map((op) => op.operationId));
  for (const [id, fixture] of Object.entries(handWritten)) if (!ids.has(id)) table.fixtures[id] = fixture;
  return table;
}
