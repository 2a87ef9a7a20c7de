// The contract suite: every (operation, documented status, named example) of the spec, with a
// request built from the spec's examples (or a hand-written fixture), against Prism (static or dynamic, per vitest project) or a live server.
import { afterAll, describe, expect, test } from "vitest";
import { type Case, liveExclusion, planCases } from "../src/cases.js";
import {
  assertFullCoverage,
  coverageTable,
  handWrittenNote,
  pairKey,
  record,
  type Tally,
} from "../src/coverage.js";
import { DriftReport } from "../src/drift-report.js";
import { fixtureTable } from "../src/fixtures.js";
import { LiveIds } from "../src/live.js";
import { runCase } from "../src/run.js";
import { loadSpec } from "../src/spec.js";
import { contractMode, liveOptions, startTarget, type Target } from "../src/target.js";
import { SpecValidator } from "../src/validate.js";
import { handWrittenById } from "./fixtures/index.js";

const spec = await loadSpec();
const mode = contractMode();
const fixtures = fixtureTable(spec.operations, handWrittenById);
const plan = planCases(spec.operations, fixtures.fixtures, mode, liveOptions());
const validator = new SpecValidator();
const tally: Tally = new Map();
const drift = new DriftReport();

// One target for the whole file, started by the first case that sends a request (a run filtered
// down to failing coverage cases, as in the coverage self-test, starts no Prism).
let started: Promise<{ target: Target; live: LiveIds | undefined }> | undefined;
const connect = () => {
  started ??= startTarget(mode, spec.file).then((target) => ({
    target,
    live: mode === "live" || mode === "simulator" ? new LiveIds(target, spec.operations) : undefined,
  }));
  return started;
};

afterAll(async () => {
  const target = await started?.then((s) => s.target);
  await target?.stop();
  // Printed through the reporter (console output of this file), after the last case.
  const where = target ? `${mode}, ${target.baseUrl}` : mode;
  console.log(`\n${coverageTable(spec.operations, tally, `Contract coverage (${where})`)}\n`);
  console.log(`${handWrittenNote(fixtures)}\n`);
  console.log(`${drift.summary()}\n`);
});

test("every operation of the spec has a fixture, and every fixture an operation", () => {
  assertFullCoverage(spec.operations, fixtures.fixtures, fixtures.uncovered);
});

for (const { operation, cases } of plan) {
  describe(`${operation.operationId} (${operation.method.toUpperCase()} ${operation.path})`, () => {
    for (const c of cases) test(c.title, (context) => check(c, context.skip));
    afterAll(() => {
      const found = drift.forOperation(operation.operationId);
      if (found) console.log(found);
    });
    // Live runs leave out writes (and may leave out everything for an operation); say so.
    if (!cases.length) test.skip(`not run against ${mode}: ${liveExclusion(operation, liveOptions())}`);
  });
}

async function check(c: Case, skip: (note?: string) => never): Promise<void> {
  const key = pairKey(c.operation.operationId, c.status);
  let outcome: "passed" | "failed" | "skipped" = "failed";
  try {
    if (c.problem) throw new Error(c.problem);
    const { target, live } = await connect();
    const result = await runCase(c, target, validator, live);
    drift.add(c.operation.operationId, result.status, result.drift);
    if (result.skipped) {
      outcome = "skipped";
      skip(result.skipped);
    }
    if (c.expectViolation) {
      expect(result.violations.join("\n"), "Prism should have reported the invalid request").toMatch(
        c.expectViolation,
      );
    } else {
      expect(result.violations, "Prism reported violations for this exchange").toEqual([]);
    }
    expect(result.problems).toEqual([]);
    if (c.expectBody)
      expect(result.body, `the spec's example ${c.expectBody.name}`).toEqual(c.expectBody.value);
    outcome = "passed";
  } finally {
    record(tally, key, outcome);
  }
}
