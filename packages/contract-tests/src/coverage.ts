// Which (operation, status) pairs the spec documents, whether the fixture table can exercise
// them, and the table printed at the end of a run.

import type { Operation } from "./spec.js";
import type { RequestInput } from "./validate.js";

/** One valid request per operation: from the spec's examples, or hand-written. */
export interface FixtureLike {
  required: RequestInput;
  all?: RequestInput;
}

export interface CoverageGaps {
  /** Operations of the spec that have no fixture, so none of their statuses can be exercised. */
  missing: Operation[];
  /** Fixtures for operations the spec no longer has. */
  stale: string[];
}

export function findGaps(operations: Operation[], fixtures: Record<string, FixtureLike>): CoverageGaps {
  const ids = new Set(operations.map((op) => op.operationId));
  return {
    missing: operations.filter((op) => !Object.hasOwn(fixtures, op.operationId)),
    stale: Object.keys(fixtures).filter((id) => !ids.has(id)),
  };
}

export function describeOperation(op: Operation): string {
  const statuses = op.responses.map((r) => r.status).join(", ");
  return `${op.operationId} (${op.method.toUpperCase()} ${op.path}; statuses ${statuses})`;
}

/**
 * Throws a message naming every operation the suite cannot exercise (with the example it lacks,
 * when known), and every stale fixture.
 */
export function assertFullCoverage(
  operations: Operation[],
  fixtures: Record<string, FixtureLike>,
  lacking: Record<string, string> = {},
): void {
  const { missing, stale } = findGaps(operations, fixtures);
  const lines = [
    ...missing.map((op) => {
      const why = lacking[op.operationId];
      return `no fixture for operation ${describeOperation(op)}${why ? `: the spec has no ${why}` : ""}`;
    }),
    ...stale.map((id) => `fixture for ${id}, which is not an operation of the spec`),
  ];
  if (lines.length) {
    throw new Error(
      `The contract suite does not cover the spec:\n  ${lines.join("\n  ")}\nAdd examples to the spec, or a fixture to test/fixtures/.`,
    );
  }
}

/** The line that says which operations still rely on a hand-written fixture. */
export function handWrittenNote(table: { handWritten: string[] }): string {
  const list = table.handWritten.length ? table.handWritten.join(", ") : "none";
  return `Hand-written fixtures (operations whose spec examples cannot make a request): ${list}`;
}

export type Outcome = "passed" | "failed" | "skipped";

/** Outcomes of the cases run, keyed by `pairKey`. */
export type Tally = Map<string, Record<Outcome, number>>;

export const pairKey = (operationId: string, status: string) => `${operationId} ${status}`;

export function record(tally: Tally, key: string, outcome: Outcome): void {
  const counts = tally.get(key) ?? { passed: 0, failed: 0, skipped: 0 };
  counts[outcome] += 1;
  tally.set(key, counts);
}

/**
 * One row per operation, one column per status any operation documents. A cell is the number of
 * cases that passed (`✓3`), `✗` when one failed, `untested` when the spec documents the status
 * but nothing ran for it, and `·` when the operation does not document it.
 */
export function coverageTable(operations: Operation[], tally: Tally, title: string): string {
  const statuses = [...new Set(operations.flatMap((op) => op.responses.map((r) => r.status)))].sort();
  const header = ["operation", ...statuses];
  let documented = 0;
  let tested = 0;
  const rows = operations.map((op) => [
    op.operationId,
    ...statuses.map((status) => {
      if (!op.responses.some((r) => r.status === status)) return "·";
      documented += 1;
      const counts = tally.get(pairKey(op.operationId, status));
      if (counts?.failed) return `✗${counts.failed}`;
      if (counts?.passed) {
        tested += 1;
        return `✓${counts.passed}`;
      }
      return "untested";
    }),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [
    `${title}: ${tested}/${documented} documented (operation, status) pairs tested, ${operations.length} operations`,
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
  ].join("\n");
}
