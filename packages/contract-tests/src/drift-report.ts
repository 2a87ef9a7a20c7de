// The drift a run saw, per operation, and the count printed at its end. Prism dynamic mode invents
// a few keys in every object it generates, so unknown fields are grouped by the object they are in.
import type { Drift } from "./classify-drift.js";

/** How many names or values one line shows before it only counts the rest. */
const SHOWN_PER_LINE = 5;

interface OperationDrift {
  /** `200 body /data/*` → unknown field names / `200 body /data/* /status` → unknown values, as JSON. */
  fields: Map<string, Set<string>>;
  values: Map<string, Set<string>>;
  count: number;
}

export class DriftReport {
  readonly #byOperation = new Map<string, OperationDrift>();
  #fields = 0;
  #values = 0;

  add(operationId: string, status: number | undefined, drift: Drift[]): void {
    if (!drift.length) return;
    let found = this.#byOperation.get(operationId);
    if (!found) {
      found = { fields: new Map(), values: new Map(), count: 0 };
      this.#byOperation.set(operationId, found);
    }
    for (const d of drift) {
      found.count++;
      // Array indices as `*`: the same field in every item of a page is one finding.
      const path = d.path.replace(/\/\d+(?=\/|$)/g, "/*");
      if (d.kind === "unknown field") {
        this.#fields++;
        const cut = path.lastIndexOf("/");
        add(found.fields, `${status ?? ""} body ${path.slice(0, cut) || "/"}`, path.slice(cut + 1));
      } else {
        this.#values++;
        add(found.values, `${status ?? ""} body ${path || "/"}`, JSON.stringify(d.value));
      }
    }
  }

  /** Unknown fields and unknown enum values seen (once per response they were in), and in how many operations. */
  get count(): { fields: number; values: number; operations: number } {
    return { fields: this.#fields, values: this.#values, operations: this.#byOperation.size };
  }

  /** The operation's drift, one line per object or enum; undefined when it had none. */
  forOperation(operationId: string): string | undefined {
    const found = this.#byOperation.get(operationId);
    if (!found) return undefined;
    const lines = [
      ...[...found.fields].map(([where, names]) => `  ${where}: unknown fields ${list(names)}`),
      ...[...found.values].map(([where, values]) => `  ${where}: unknown enum values ${list(values)}`),
    ].sort();
    return [`Drift in ${operationId} (${found.count}, not failures):`, ...lines].join("\n");
  }

  summary(): string {
    const { fields, values, operations } = this.count;
    if (!fields && !values) return "Drift: none (no unknown fields or enum values).";
    return `Drift: ${plural(fields, "unknown field")} and ${plural(values, "unknown enum value")} in ${plural(operations, "operation")} (reported, not failed).`;
  }
}

function add(map: Map<string, Set<string>>, key: string, item: string): void {
  map.set(key, (map.get(key) ?? new Set()).add(item));
}

function list(items: Set<string>): string {
  const shown = [...items].slice(0, SHOWN_PER_LINE).join(", ");
  return items.size > SHOWN_PER_LINE ? `${shown}, … (${items.size} in all)` : shown;
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? "" : "s"}`;
}
