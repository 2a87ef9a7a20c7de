// Runs one case and gathers everything wrong with the exchange, so a failing test shows it all.

import { isDeepStrictEqual } from "node:util";
import { unwrap } from "@openai-admin/client";
import { errorClassFor } from "@openai-admin/client/error-contract";
import type { Case } from "./cases.js";
import { checksStrictly, classifyFindings, type Drift } from "./classify-drift.js";
import type { LiveIds } from "./live.js";
import { bodyOf, send } from "./send.js";
import type { Target } from "./target.js";
import type { SpecValidator } from "./validate.js";

export interface CaseResult {
  /** Set when the case could not run against this target (live: nothing to read). */
  skipped?: string;
  status?: number;
  body?: unknown;
  /** Our own findings that fail the case: status, content type, schema, headers, client error mapping. */
  problems: string[];
  /** Unknown fields and enum values in the body: reported, never a failure (see classify-drift.ts). */
  drift: Drift[];
  /** What Prism reported as request/response violations while serving this case. */
  violations: string[];
}

export async function runCase(
  c: Case,
  target: Target,
  validator: SpecValidator,
  live?: LiveIds,
): Promise<CaseResult> {
  if (c.problem) throw new Error(c.problem);
  const { operation } = c;
  if (!c.response) throw new Error(`${operation.operationId}: case ${c.title} has no documented response`);
  const problems: string[] = [];
  const drift: Drift[] = [];

  let input = c.input;
  if (live && c.resolveIds) {
    const resolved = await live.resolve(c);
    if (typeof resolved === "string") return { skipped: resolved, problems, drift, violations: [] };
    input = resolved;
  }
  // Independent of Prism: what we send must be valid by the spec's own schemas.
  if (!c.expectViolation) problems.push(...validator.request(operation, input));

  let result: Awaited<ReturnType<typeof send>>;
  let violations: string[] = [];
  try {
    result = await send(target.client, operation, input, c.headers);
  } finally {
    // Always read Prism's log up to here, so the next case starts clean.
    violations = target.prism ? await target.prism.settle() : [];
  }
  const status = result.response.status;
  const body = await target.wire.lastBody();
  // The simulator's state may answer with another documented status (a duplicate, an id an
  // earlier case removed): checked against that status's own schema.
  const documented = c.anyDocumentedStatus
    ? operation.responses.find((r) => Number(r.status) === status)
    : undefined;
  const response = documented ?? c.response;
  if (status !== c.expectStatus && !documented) {
    problems.push(`expected status ${c.expectStatus}, got ${status}: ${excerpt(body)}`);
    return { status, body, problems, drift, violations };
  }

  const contentType = result.response.headers.get("content-type") ?? "";
  if (response.contentType && !contentType.startsWith(response.contentType)) {
    problems.push(`expected content-type ${response.contentType}, got ${contentType || "none"}`);
  }
  const findings = classifyFindings(
    validator.responseFindings(operation, response, body),
    checksStrictly(target.mode),
  );
  problems.push(...findings.failures);
  drift.push(...findings.drift);
  problems.push(...validator.headers(operation, response, result.response.headers));

  if (status >= 400) {
    problems.push(...validator.errorEnvelope(operation, status, body));
    // The client must turn this response into the error class the error contract gives its status.
    const expected = errorClassFor(status);
    const thrown = await unwrap(Promise.resolve(result)).then(
      () => undefined,
      (e: unknown) => e,
    );
    const envelope = (body as { error?: { type?: unknown; code?: unknown } } | undefined)?.error;
    if (!(thrown instanceof expected)) {
      problems.push(`client: expected ${expected.name} from unwrap(), got ${describe(thrown)}`);
    } else if (
      thrown.status !== status ||
      thrown.type !== (envelope?.type ?? null) ||
      thrown.code !== (envelope?.code ?? null)
    ) {
      problems.push(
        `client: ${expected.name} carries status ${thrown.status}, type ${thrown.type}, code ${thrown.code}; the body says ${excerpt(envelope)}`,
      );
    }
  } else {
    // What the caller gets from the client is what the server sent.
    if (!isDeepStrictEqual(bodyOf(result), body)) {
      problems.push(`client: data differs from the response body: ${excerpt(bodyOf(result))}`);
    }
    live?.observe(c, body);
  }
  return { status, body, problems, drift, violations };
}

function describe(value: unknown): string {
  return value instanceof Error ? `${value.name}: ${value.message}` : `no error (${excerpt(value)})`;
}

function excerpt(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}
