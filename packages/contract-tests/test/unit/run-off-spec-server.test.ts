// The case runner against a real server that answers off-spec: what the validator finds must come
// out of runCase as a failure (what breaks a user) or as drift (what the API may add any day),
// never be dropped. Same path as a live run: planCases("live"), LiveIds, runCase, DriftReport.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Case, planCases } from "../../src/cases.js";
import { DriftReport } from "../../src/drift-report.js";
import { LiveIds } from "../../src/live.js";
import { runCase } from "../../src/run.js";
import { loadSpec } from "../../src/spec.js";
import { startTarget, type Target } from "../../src/target.js";
import { SpecValidator } from "../../src/validate.js";
import { fixturesById } from "../fixtures/index.js";

const spec = await loadSpec();
const example = (operationId: string): Record<string, unknown> => {
  const value = spec.operations.find((op) => op.operationId === operationId)?.responses[0]?.examples[0]
    ?.value;
  if (typeof value !== "object" || value === null) throw new Error(`${operationId} has no 200 example`);
  return value as Record<string, unknown>;
};
const invite = example("retrieve-invite");
const invitePage = example("list-invites");

const retrieveInvite: Case = (() => {
  const plan = planCases(spec.operations, fixturesById, "live");
  const found = plan
    .find((p) => p.operation.operationId === "retrieve-invite")
    ?.cases.find((c) => c.expectStatus === 200);
  if (!found) throw new Error("the live plan has no 200 case for retrieve-invite");
  return found;
})();

/** What GET /organization/invites/{invite_id} answers next. */
let answer: unknown = invite;
let server: Server;
let target: Target;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const body =
      path === "/v1/organization/invites"
        ? invitePage
        : path.startsWith("/v1/organization/invites/")
          ? answer
          : {
              error: {
                message: `no route for ${path}`,
                type: "invalid_request_error",
                param: null,
                code: null,
              },
            };
    res.writeHead(body === answer || body === invitePage ? 200 : 404, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  target = await startTarget("live", spec.file, {
    CONTRACT_BASE_URL: `http://127.0.0.1:${port}/v1`,
    OPENAI_ADMIN_KEY: "sk-admin-off-spec-test",
  });
});
afterAll(async () => {
  await target?.stop();
  await new Promise((closed) => server?.close(closed));
});

async function run(body: unknown, on: Target = target) {
  answer = body;
  const result = await runCase(retrieveInvite, on, new SpecValidator(), new LiveIds(on, spec.operations));
  expect(result.status, JSON.stringify(result.problems)).toBe(200);
  return result;
}

describe("runCase against a server that answers off-spec (not Prism: drift-tolerant)", () => {
  const report = new DriftReport();
  const { email: _, ...withoutEmail } = invite;

  test.each([
    ["the documented answer", { given: invite, failures: [], drift: [] }],
    [
      "a wrong type",
      {
        given: { ...invite, created_at: "yesterday" },
        failures: [/ \/created_at: must be integer$/],
        drift: [],
      },
    ],
    [
      "a missing required field",
      { given: withoutEmail, failures: [/ \/: must have required property 'email'$/], drift: [] },
    ],
    [
      "an unknown field",
      {
        given: { ...invite, seat_type: "standard" },
        failures: [],
        drift: [{ kind: "unknown field", path: "/seat_type" }],
      },
    ],
    [
      "an unknown enum value",
      {
        given: { ...invite, status: "revoked" },
        failures: [],
        drift: [{ kind: "unknown enum value", path: "/status", value: "revoked" }],
      },
    ],
    [
      "all four at once",
      {
        given: { ...withoutEmail, created_at: "yesterday", seat_type: "standard", status: "revoked" },
        failures: [/ \/created_at: must be integer$/, / \/: must have required property 'email'$/],
        drift: [
          { kind: "unknown field", path: "/seat_type" },
          { kind: "unknown enum value", path: "/status", value: "revoked" },
        ],
      },
    ],
  ])("%s", async (_, { given, failures, drift }) => {
    const result = await run(given);
    report.add("retrieve-invite", result.status, result.drift);
    expect(result.problems, result.problems.join("\n")).toHaveLength(failures.length);
    for (const failure of failures)
      expect(
        result.problems.some((p) => failure.test(p)),
        String(failure),
      ).toBe(true);
    expect(result.drift).toEqual(expect.arrayContaining(drift));
    expect(result.drift).toHaveLength(drift.length);
    expect(result.violations).toEqual([]);
  });

  test("the drift is counted for the end of the run, and listed under its operation", () => {
    expect(report.count).toEqual({ fields: 2, values: 2, operations: 1 });
    expect(report.summary()).toBe(
      "Drift: 2 unknown fields and 2 unknown enum values in 1 operation (reported, not failed).",
    );
    expect(report.forOperation("retrieve-invite")).toBe(
      [
        "Drift in retrieve-invite (4, not failures):",
        "  200 body /: unknown fields seat_type",
        '  200 body /status: unknown enum values "revoked"',
      ].join("\n"),
    );
  });
});

test("the same answers checked as Prism's static examples are (strict): unknown field and enum value fail", async () => {
  const result = await run(
    { ...invite, seat_type: "standard", status: "revoked" },
    { ...target, mode: "static" },
  );
  expect(result.drift).toEqual([]);
  expect(result.problems).toHaveLength(2);
  expect(result.problems.join("\n")).toMatch(/must NOT have additional properties \(seat_type\)/);
  expect(result.problems.join("\n")).toMatch(/\/status: must be equal to one of the allowed values/);
});
