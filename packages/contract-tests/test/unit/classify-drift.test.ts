// What is drift and what is a failure, for the shapes the spec uses: nested lists, an enum or
// null (anyOf), free-form maps, and an object the spec itself closes.
import { describe, expect, test } from "vitest";
import { checksStrictly, classifyFindings } from "../../src/classify-drift.js";
import { loadSpec, type Operation } from "../../src/spec.js";
import { SpecValidator } from "../../src/validate.js";

const spec = await loadSpec();
const validator = new SpecValidator();

function responseOf(operationId: string) {
  const operation = spec.operations.find((o) => o.operationId === operationId);
  const response = operation?.responses.find((r) => r.status === "200");
  const value = response?.examples[0]?.value as Record<string, unknown> | undefined;
  if (!operation || !response || !value) throw new Error(`${operationId} 200 has no example`);
  const tolerant = (body: unknown) =>
    classifyFindings(validator.responseFindings(operation, response, body), false);
  return { example: value, tolerant };
}

describe("drift-tolerant classification", () => {
  const project = responseOf("retrieve-project");
  const projects = responseOf("list-projects");

  test("a new residency region (enum or null, as anyOf) is drift", () => {
    expect(project.tolerant({ ...project.example, residency: "MOON_STORAGE" })).toEqual({
      failures: [],
      drift: [{ kind: "unknown enum value", path: "/residency", value: "MOON_STORAGE" }],
    });
  });

  test("a residency of the wrong type is a failure, not drift", () => {
    const { failures, drift } = project.tolerant({ ...project.example, residency: 7 });
    expect(drift).toEqual([]);
    expect(failures.join("\n")).toMatch(/\/residency: must match a schema in anyOf/);
  });

  test("an unknown field inside a list item is drift, with its path", () => {
    const page = projects.example as { data: Record<string, unknown>[] };
    const [first, ...rest] = page.data;
    expect(projects.tolerant({ ...page, data: [{ ...first, tier: "gold" }, ...rest] })).toEqual({
      failures: [],
      drift: [{ kind: "unknown field", path: "/data/0/tier" }],
    });
  });

  test("an enum value of the wrong type is a failure, not drift", () => {
    const { failures, drift } = project.tolerant({ ...project.example, status: 1 });
    expect(drift).toEqual([]);
    expect(failures.join("\n")).toMatch(/\/status: must be string/);
  });
});

describe("closing the schemas", () => {
  const closedBySpec = {
    operationId: "closed-by-spec",
  } as Operation;
  const response = {
    status: "200",
    contentType: "application/json",
    examples: [],
    headers: [],
    schema: {
      type: "object",
      properties: {
        fixed: { type: "object", properties: { a: { type: "string" } }, additionalProperties: false },
        map: { type: "object", additionalProperties: { type: "string" } },
        free: { type: "object" },
      },
    },
  };
  const findings = (body: unknown) => validator.responseFindings(closedBySpec, response, body);

  test("an object the spec closes refuses an unknown field even from a live server", () => {
    expect(classifyFindings(findings({ fixed: { a: "x", b: "y" } }), false).failures).toEqual([
      "closed-by-spec 200 body /fixed: must NOT have additional properties (b)",
    ]);
  });

  test("free-form objects and maps stay open; the object that lists properties is closed", () => {
    expect(findings({ map: { any: "x" }, free: { any: 1 } })).toEqual([]);
    expect(classifyFindings(findings({ extra: 1 }), false)).toEqual({
      failures: [],
      drift: [{ kind: "unknown field", path: "/extra" }],
    });
  });

  test("only Prism's static examples are checked strictly", () => {
    expect(checksStrictly("static")).toBe(true);
    expect(checksStrictly("dynamic")).toBe(false);
    expect(checksStrictly("live")).toBe(false);
    expect(classifyFindings(findings({ extra: 1 }), true).failures).toEqual([
      "closed-by-spec 200 body /: must NOT have additional properties (extra)",
    ]);
  });
});
