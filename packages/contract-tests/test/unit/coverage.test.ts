// The coverage check itself: a spec that gains an operation (or a status the suite cannot
// exercise) makes the suite fail with a message naming it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { parse, stringify } from "yaml";
import { planCases } from "../../src/cases.js";
import {
  assertFullCoverage,
  coverageTable,
  findGaps,
  pairKey,
  record,
  type Tally,
} from "../../src/coverage.js";
import { loadSpec, specPath } from "../../src/spec.js";
import { fixturesById } from "../fixtures/index.js";

const dir = mkdtempSync(join(tmpdir(), "contract-coverage-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the repo spec with one more operation, `list-login-sessions`, that has no fixture. */
function specWithExtraOperation(extra: Record<string, unknown> = {}): string {
  const document = parse(readFileSync(specPath(), "utf8")) as { paths: Record<string, unknown> };
  document.paths["/organization/login_sessions"] = {
    get: {
      operationId: "list-login-sessions",
      summary: "List login sessions",
      responses: {
        "200": {
          description: "A page of login sessions.",
          content: { "application/json": { schema: { type: "object" } } },
        },
        "401": { $ref: "#/components/responses/Unauthorized" },
      },
    },
  };
  Object.assign(document.paths["/organization/users"] as object, extra);
  const file = join(dir, `openapi-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, stringify(document));
  return file;
}

// Modelled up front: deriving a model is asynchronous, describe blocks are not.
const repoSpec = await loadSpec();
const extendedSpec = await loadSpec(specWithExtraOperation());

describe("coverage of the repo spec", () => {
  const spec = repoSpec;

  test("has no gaps", () => {
    expect(findGaps(spec.operations, fixturesById)).toEqual({ missing: [], stale: [] });
    expect(spec.operations).toHaveLength(119);
  });

  test("every documented (operation, status) pair gets at least one case in each mode", () => {
    for (const mode of ["static", "dynamic"] as const) {
      const planned = new Set(
        planCases(spec.operations, fixturesById, mode).flatMap((p) =>
          p.cases.filter((c) => !c.problem).map((c) => pairKey(c.operation.operationId, c.status)),
        ),
      );
      const documented = spec.operations.flatMap((op) =>
        op.responses.map((r) => pairKey(op.operationId, r.status)),
      );
      expect(documented.filter((pair) => !planned.has(pair))).toEqual([]);
    }
  });
});

describe("coverage of a spec with an operation the suite does not know", () => {
  const spec = extendedSpec;

  test("the check throws, naming the operation", () => {
    expect(() => assertFullCoverage(spec.operations, fixturesById)).toThrow(
      /no fixture for operation list-login-sessions \(GET \/organization\/login_sessions; statuses 200, 401\)/,
    );
  });

  test("each of its statuses becomes a failing case that names it", () => {
    const plan = planCases(spec.operations, fixturesById, "static").find(
      (p) => p.operation.operationId === "list-login-sessions",
    );
    expect(plan?.cases.map((c) => [c.status, c.problem])).toEqual([
      ["200", expect.stringContaining("no fixture for operation list-login-sessions")],
      ["401", expect.stringContaining("no fixture for operation list-login-sessions")],
    ]);
  });

  test("a fixture left for an operation the spec dropped is reported too", () => {
    const withoutListUsers = spec.operations.filter((op) => op.operationId !== "list-users");
    expect(() => assertFullCoverage(withoutListUsers, fixturesById)).toThrow(
      /fixture for list-users, which is not an operation of the spec/,
    );
  });

  test("a status the suite has no strategy for fails naming operation and status", async () => {
    const odd = await loadSpec(
      specWithExtraOperation({
        head: {
          operationId: "head-users",
          responses: { "304": { description: "Not modified." } },
        },
      }),
    );
    const plan = planCases(odd.operations, { ...fixturesById, "head-users": { required: {} } }, "static");
    const cases = plan.find((p) => p.operation.operationId === "head-users")?.cases ?? [];
    expect(cases.map((c) => c.problem)).toEqual([
      expect.stringMatching(/head-users documents status 304, which the contract suite has no strategy for/),
    ]);
  });

  test("the coverage table lists it as untested", () => {
    const tally: Tally = new Map();
    record(tally, pairKey("list-users", "200"), "passed");
    const table = coverageTable(spec.operations, tally, "t");
    expect(table).toMatch(/^list-users +✓1 /m);
    expect(table).toMatch(/^list-login-sessions +untested +· +untested/m);
  });

  test("a whole run of the suite against it fails and names the operation", () => {
    const report = join(dir, "report.json");
    // A nested mock run: none of this run's vitest state or live-target settings.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        ([key]) => !/^(VITEST|CONTRACT_)/.test(key) && key !== "OPENAI_ADMIN_KEY",
      ),
    );
    const run = spawnSync(
      process.execPath,
      [
        vitestBin(),
        "run",
        "--project=static",
        "--reporter=json",
        `--outputFile=${report}`,
        // Only the new operation's cases and the coverage test: the rest is proven elsewhere.
        "--testNamePattern=list-login-sessions|every operation of the spec",
      ],
      {
        cwd: fileURLToPath(new URL("../..", import.meta.url)),
        env: { ...env, CONTRACT_SPEC: spec.file },
        encoding: "utf8",
      },
    );
    expect(run.status, run.stderr).toBe(1);
    const result = JSON.parse(readFileSync(report, "utf8")) as {
      testResults: { assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
    };
    const failed = result.testResults.flatMap((f) => f.assertionResults).filter((t) => t.status === "failed");
    expect(failed.map((t) => t.fullName)).toEqual([
      "every operation of the spec has a fixture, and every fixture an operation",
      "list-login-sessions (GET /organization/login_sessions) 200: no fixture",
      "list-login-sessions (GET /organization/login_sessions) 401: no fixture",
    ]);
    for (const t of failed)
      expect(t.failureMessages.join("\n")).toMatch(/no fixture for operation list-login-sessions/);
  }, 60_000);
});

function vitestBin(): string {
  return fileURLToPath(new URL("../../node_modules/vitest/vitest.mjs", import.meta.url));
}
