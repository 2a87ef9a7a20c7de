// The validator the contract cases rely on, and the spec's own examples checked with it: a
// named example that does not match its schema would make Prism serve an invalid body.
import { describe, expect, test } from "vitest";
import { loadSpec } from "../../src/spec.js";
import { SpecValidator } from "../../src/validate.js";

const spec = await loadSpec();
const validator = new SpecValidator();

describe("the spec's named examples match their schemas", () => {
  for (const op of spec.operations) {
    for (const response of op.responses) {
      for (const example of response.examples) {
        test(`${op.operationId} ${response.status} ${example.name}`, () => {
          expect(validator.response(op, response, example.value)).toEqual([]);
          if (Number(response.status) >= 400)
            expect(validator.errorEnvelope(op, 0, example.value)).toEqual([]);
        });
      }
    }
    for (const example of op.requestBody?.examples ?? []) {
      test(`${op.operationId} request ${example.name}`, () => {
        expect(validator.request(op, { path: pathExample(op), body: example.value })).toEqual([]);
      });
    }
  }
});

function pathExample(op: (typeof spec.operations)[number]): Record<string, string> {
  return Object.fromEntries(op.parameters.filter((p) => p.in === "path").map((p) => [p.name, "x"]));
}

describe("SpecValidator", () => {
  const op = spec.operations.find((o) => o.operationId === "retrieve-user");
  const ok = op?.responses.find((r) => r.status === "200");
  if (!op || !ok) throw new Error("retrieve-user 200 is missing from the spec");
  const user = { object: "organization.user", id: "user_abc", added_at: 1711471533 };

  test.each([
    ["a valid user", { given: user, want: [] }],
    [
      "an unknown property",
      { given: { ...user, extra: 1 }, want: [/must NOT have additional properties \(extra\)/] },
    ],
    [
      "a negative unixtime",
      { given: { ...user, added_at: -1 }, want: [/added_at: must be >= 0/, /unixtime/] },
    ],
    ["a fractional unixtime", { given: { ...user, added_at: 1.5 }, want: [/must be integer/, /unixtime/] }],
    ["a bad email", { given: { ...user, email: "nope" }, want: [/email: must match format "email"/] }],
    ["a wrong const", { given: { ...user, object: "user" }, want: [/object: must be equal to constant/] }],
  ])("%s", (_, { given, want }) => {
    const problems = validator.response(op, ok, given);
    expect(problems).toHaveLength(want.length);
    for (const pattern of want)
      expect(
        problems.some((p) => pattern.test(p)),
        problems.join("\n"),
      ).toBe(true);
  });

  test.each([
    ["the envelope", { given: { error: { message: "m", type: "t", param: null, code: null } }, valid: true }],
    ["a bare error object", { given: { message: "m", type: "t", param: null, code: null }, valid: false }],
    ["a missing code", { given: { error: { message: "m", type: "t", param: null } }, valid: false }],
    [
      "a numeric code",
      { given: { error: { message: "m", type: "t", param: null, code: 404 } }, valid: false },
    ],
  ])("error envelope: %s", (_, { given, valid }) => {
    expect(validator.errorEnvelope(op, 404, given).length === 0).toBe(valid);
  });

  test("request inputs: missing required, unknown and wrongly typed parameters", () => {
    const list = spec.operations.find((o) => o.operationId === "list-users");
    if (!list) throw new Error("list-users is missing from the spec");
    expect(validator.request(list, { query: { limit: 20 } })).toEqual([]);
    expect(validator.request(list, { query: { limit: 0 } })).toEqual([
      "list-users query parameter limit /: must be >= 1",
    ]);
    expect(validator.request(list, { query: { colour: "red" } })).toEqual([
      "list-users: query parameter colour is not in the spec",
    ]);
    expect(validator.request(op, {})).toEqual(["retrieve-user path parameter user_id: required but missing"]);
  });
});
