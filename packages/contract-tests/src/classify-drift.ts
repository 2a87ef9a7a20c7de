// Which findings about a response body fail a case, and which are drift: the API adds fields and
// enum values every few weeks, and a client that reads what it knows keeps working. Only our own
// examples (Prism static mode) are held to the closed schema; any other server's extra fields and
// unknown enum values are reported, not failed.
import type { Mode } from "./cases.js";
import type { SchemaFinding } from "./validate.js";

export interface Drift {
  kind: "unknown field" | "unknown enum value";
  /** JSON pointer into the body, e.g. `/data/0/status`. */
  path: string;
  /** The unknown enum value. */
  value?: unknown;
}

export interface Classified {
  /** Readable lines; each one fails the case. */
  failures: string[];
  drift: Drift[];
}

/**
 * Prism static mode serves the spec's own examples: an unknown field there is a mistake in the
 * spec. Prism dynamic mode invents keys for open schemas, and a live server adds real ones.
 */
export function checksStrictly(mode: Mode): boolean {
  return mode === "static";
}

export function classifyFindings(findings: SchemaFinding[], strict: boolean): Classified {
  if (strict) return { failures: findings.map((f) => f.line), drift: [] };
  return classify(findings);
}

export function describeDrift(drift: Drift): string {
  const where = drift.path || "/";
  return drift.kind === "unknown field"
    ? `${where}: unknown field`
    : `${where}: unknown enum value ${JSON.stringify(drift.value)}`;
}

function classify(findings: SchemaFinding[]): Classified {
  // An anyOf/oneOf fails when every branch does; it is drift when one branch fails only on drift
  // (e.g. `residency: anyOf [enum, null]` with a new region). Nested ones are judged inside their branch.
  const composites = findings.filter(isComposite);
  const outer = composites.filter((c) => !composites.some((o) => o !== c && inBranch(c, o)));
  const failures: string[] = [];
  const drift: Drift[] = [];
  for (const composite of outer) {
    const branches = new Map<string, SchemaFinding[]>();
    for (const f of findings) {
      if (!inBranch(f, composite)) continue;
      const index = f.schemaPath.slice(composite.schemaPath.length + 1).split("/")[0] ?? "";
      branches.set(index, [...(branches.get(index) ?? []), f]);
    }
    // oneOf also fails when several branches match; that is not drift.
    const severalMatch = Array.isArray(composite.params.passingSchemas);
    const driftOnly = severalMatch
      ? undefined
      : [...branches.values()].map(classify).find((b) => b.failures.length === 0);
    if (driftOnly) drift.push(...driftOnly.drift);
    else failures.push(composite.line, ...[...branches.values()].flat().map((f) => f.line));
  }

  const leaves = findings.filter((f) => !isComposite(f) && !outer.some((c) => inBranch(f, c)));
  const failedAt = new Set<string>();
  for (const f of leaves) {
    if (f.keyword === "additionalProperties" && f.closedBySuite) {
      drift.push({ kind: "unknown field", path: `${f.instancePath}/${String(f.params.additionalProperty)}` });
    } else if (f.keyword !== "enum") {
      failures.push(f.line);
      failedAt.add(f.instancePath);
    }
  }
  // A value of the wrong type also misses the enum; the type error already says what is wrong.
  for (const f of leaves) {
    if (f.keyword !== "enum") continue;
    if (failedAt.has(f.instancePath)) failures.push(f.line);
    else drift.push({ kind: "unknown enum value", path: f.instancePath, value: f.value });
  }
  return { failures, drift };
}

function isComposite(f: SchemaFinding): boolean {
  return f.keyword === "anyOf" || f.keyword === "oneOf";
}

/** `f` comes from one of the branches of `composite`, for the same value or one inside it. */
function inBranch(f: SchemaFinding, composite: SchemaFinding): boolean {
  return (
    f.schemaPath.startsWith(`${composite.schemaPath}/`) &&
    (f.instancePath === composite.instancePath || f.instancePath.startsWith(`${composite.instancePath}/`))
  );
}
