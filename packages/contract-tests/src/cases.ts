// Turns the model's (operation, status, example) list and the fixture table into test cases.
import type { FixtureLike } from "./coverage.js";
import type { DocumentedResponse, JsonSchema, Operation } from "./spec.js";
import type { RequestInput } from "./validate.js";

/** `static`/`dynamic`: a Prism mock on 127.0.0.1. `live`: CONTRACT_BASE_URL. */
/**
 * static/dynamic: Prism's mock; live: a real server (CONTRACT_BASE_URL); simulator: the
 * simulator behind `prism proxy`, where every operation runs, writes included.
 */
export type Mode = "static" | "dynamic" | "live" | "simulator";

export interface LiveOptions {
  /** CONTRACT_ALLOW_WRITES=1 together with CONTRACT_PROJECT_ID. */
  allowWrites: boolean;
  /** A disposable organization (the simulator): every write may be sent, anywhere. */
  disposable?: boolean;
}

export interface Case {
  title: string;
  operation: Operation;
  /** The spec's status key this case exercises, for the coverage table. */
  status: string;
  response: DocumentedResponse | undefined;
  input: RequestInput;
  headers: Record<string, string | null>;
  expectStatus: number;
  /** Static mode: the example Prism must return, byte for byte as parsed JSON. */
  expectBody?: { name: string; value: unknown };
  /** Cases that send an invalid request on purpose: the violation Prism must report. */
  expectViolation?: RegExp;
  /** Live: path ids are looked up on the server (the fixture's ids do not exist there). */
  resolveIds: boolean;
  /** Live: which path parameter to replace by an id that does not exist. */
  nonexistent?: string;
  /** A case that cannot be built; the test fails with this message. */
  problem?: string;
  /**
   * Simulator: the state decides the answer (a create may meet a duplicate, a delete an id a
   * earlier case removed), so any documented status passes, checked against that status's schema.
   */
  anyDocumentedStatus?: boolean;
}

export interface OperationPlan {
  operation: Operation;
  cases: Case[];
}

const NONEXISTENT_ID = "contract_test_nonexistent";

export function planCases(
  operations: Operation[],
  fixtures: Record<string, FixtureLike>,
  mode: Mode,
  live: LiveOptions = { allowWrites: false },
): OperationPlan[] {
  // Against the simulator the organization keeps what each case did: deletes, removals and
  // revocations go last, so the reads and updates before them find what the seed put there.
  const ordered =
    mode === "simulator"
      ? [...operations.filter((op) => !op.destructive), ...operations.filter((op) => op.destructive)]
      : operations;
  return ordered.map((operation) => {
    const fixture = fixtures[operation.operationId];
    if (!fixture) {
      const problem = `no fixture for operation ${operation.operationId} (${operation.method.toUpperCase()} ${operation.path}): add examples to the spec or a fixture to test/fixtures/`;
      const cases = operation.responses.map((response) =>
        blank(operation, response, `${response.status}: no fixture`, { problem }),
      );
      return { operation, cases };
    }
    return {
      operation,
      cases:
        mode === "live" || mode === "simulator"
          ? liveCases(
              operation,
              fixture,
              mode === "simulator" ? { allowWrites: true, disposable: true } : live,
            )
          : mockCases(operation, fixture, mode),
    };
  });
}

function blank(
  operation: Operation,
  response: DocumentedResponse,
  title: string,
  extra: Partial<Case> = {},
): Case {
  return {
    title,
    operation,
    status: response.status,
    response,
    input: {},
    headers: {},
    expectStatus: Number(response.status),
    resolveIds: false,
    ...extra,
  };
}

/** The fixture's requests: required-only and all-params, or one when they are the same. */
function variants(fixture: FixtureLike): [string, RequestInput][] {
  if (fixture.all && JSON.stringify(fixture.all) !== JSON.stringify(fixture.required)) {
    return [
      ["required params only", fixture.required],
      ["all params", fixture.all],
    ];
  }
  return [["valid request (required = all params)", fixture.required]];
}

function mockCases(operation: Operation, fixture: FixtureLike, mode: "static" | "dynamic"): Case[] {
  const cases: Case[] = [];
  const valid = variants(fixture);
  const full = valid.at(-1)?.[1] ?? {};
  const successes = operation.responses.filter((r) => /^2\d\d$/.test(r.status));
  for (const response of operation.responses) {
    const status = response.status;
    const first = response.examples[0];
    // Prism answers the first 2xx by itself; any other status has to be asked for.
    const prefer = response === successes[0] ? undefined : `code=${status}`;
    const withPrefer = (...parts: (string | undefined)[]): Record<string, string> => {
      const value = [prefer, ...parts].filter(Boolean).join(", ");
      return value ? { Prefer: value } : {};
    };
    const expectFirst = mode === "static" && first ? { expectBody: first } : {};

    if (/^2\d\d$/.test(status)) {
      for (const [title, input] of valid) {
        cases.push(
          blank(operation, response, `${status} ${title}`, { input, headers: withPrefer(), ...expectFirst }),
        );
      }
      for (const example of operation.requestBody?.examples ?? []) {
        cases.push(
          blank(operation, response, `${status} with the spec's request example ${example.name}`, {
            input: { ...full, body: example.value },
            headers: withPrefer(),
            ...expectFirst,
          }),
        );
      }
    } else if (/^[45]\d\d$/.test(status)) {
      cases.push(
        blank(operation, response, `${status} via Prefer: code=${status}`, {
          input: full,
          headers: withPrefer(),
          ...expectFirst,
        }),
      );
      const provoked = provoke(operation, full, status);
      if (provoked)
        cases.push(
          blank(operation, response, `${status} ${provoked.title}`, { ...provoked.extra, ...expectFirst }),
        );
    } else {
      cases.push(
        blank(operation, response, `${status}: unsupported`, {
          problem: `operation ${operation.operationId} documents status ${status}, which the contract suite has no strategy for (only 2xx, 4xx and 5xx codes): extend src/cases.ts`,
        }),
      );
      continue;
    }
    // Each named example, when there is a choice (Prism returns the first by itself).
    if (mode === "static" && response.examples.length > 1) {
      for (const example of response.examples) {
        cases.push(
          blank(operation, response, `${status} example ${example.name}`, {
            input: full,
            headers: withPrefer(`example=${example.name}`),
            expectBody: example,
          }),
        );
      }
    }
  }
  return cases;
}

/** A request Prism itself must reject with `status`, without any Prefer header. */
function provoke(
  operation: Operation,
  valid: RequestInput,
  status: string,
): { title: string; extra: Partial<Case> } | undefined {
  if (status === "401") {
    return {
      title: "provoked: no Authorization header",
      extra: { input: valid, headers: { Authorization: null }, expectViolation: /Invalid security scheme/ },
    };
  }
  // For an invalid request Prism answers the declared 422, else the declared 400, else its own
  // 422 problem (toolchain.md §5).
  const declared = new Set(operation.responses.map((r) => r.status));
  const invalidStatus = declared.has("422") ? "422" : declared.has("400") ? "400" : undefined;
  if (status !== invalidStatus) return undefined;
  const invalid = invalidInput(operation, valid);
  return (
    invalid && {
      title: `provoked: ${invalid.what}`,
      extra: { input: invalid.input, expectViolation: /Violation: request/ },
    }
  );
}

function invalidInput(
  operation: Operation,
  valid: RequestInput,
): { what: string; input: RequestInput } | undefined {
  for (const parameter of operation.parameters.filter((p) => p.in === "query")) {
    const wrong = wrongValue(parameter.schema);
    if (wrong !== undefined) {
      return {
        what: `query ${parameter.name}=${JSON.stringify(wrong)}`,
        input: { ...valid, query: { ...valid.query, [parameter.name]: wrong } },
      };
    }
  }
  if (operation.requestBody && typeof valid.body === "object" && valid.body !== null) {
    return {
      what: "body with a property the schema does not allow",
      input: { ...valid, body: { ...valid.body, contract_test_unknown: true } },
    };
  }
  return undefined;
}

function wrongValue(schema: JsonSchema): unknown {
  if (typeof schema.maximum === "number") return schema.maximum + 1;
  if (Array.isArray(schema.enum)) return "contract_test_not_in_enum";
  if (schema.type === "integer" || schema.type === "boolean") return "contract_test_not_a_value";
  return undefined;
}

/** Why a live run does not send this operation, or undefined when it may. */
export function liveExclusion(
  operation: Operation,
  live: LiveOptions = { allowWrites: false },
): string | undefined {
  if (operation.method === "get" || live.disposable) return undefined;
  if (!operation.path.startsWith("/organization/projects/{project_id}")) {
    return "writes outside the sandbox project are never sent to a live server";
  }
  // A destructive write other than a delete (archiving) cannot be undone, and would end every later
  // run against the sandbox project; deletes only remove what the run created.
  if (operation.destructive && operation.method !== "delete")
    return `${operation.cli.resource} ${operation.cli.verb} on the sandbox project cannot be undone`;
  if (!live.allowWrites) return "writes need CONTRACT_ALLOW_WRITES=1 and CONTRACT_PROJECT_ID";
  return undefined;
}

// Live: only what is safe on a real organization.
function liveCases(operation: Operation, fixture: FixtureLike, live: LiveOptions): Case[] {
  const write = operation.method !== "get";
  const allowed = liveExclusion(operation, live) === undefined;
  const cases: Case[] = [];
  const success = operation.responses.find((r) => /^2\d\d$/.test(r.status));
  if (success && allowed) {
    // Writes send only the required fields, so they change as little as possible.
    const chosen = write ? variants(fixture).slice(0, 1) : variants(fixture);
    for (const [title, input] of chosen) {
      cases.push(
        blank(operation, success, `${success.status} ${title}`, {
          input,
          resolveIds: true,
          ...(live.disposable ? { anyDocumentedStatus: true } : {}),
        }),
      );
    }
  }
  const notFound = operation.responses.find((r) => r.status === "404");
  const lastPathParam = [...operation.parameters].reverse().find((p) => p.in === "path");
  if (!write && notFound && lastPathParam) {
    cases.push(
      blank(operation, notFound, `404 provoked: ${lastPathParam.name}=${NONEXISTENT_ID}`, {
        input: variants(fixture)[0]?.[1] ?? {},
        resolveIds: true,
        nonexistent: lastPathParam.name,
      }),
    );
  }
  const unauthorized = operation.responses.find((r) => r.status === "401");
  if (!write && unauthorized && !lastPathParam) {
    cases.push(
      blank(operation, unauthorized, "401 provoked: a wrong admin key", {
        input: fixture.required,
        headers: { Authorization: "Bearer sk-admin-contract-test-invalid" },
      }),
    );
  }
  return cases;
}

export { NONEXISTENT_ID };
