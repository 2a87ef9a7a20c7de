// The operations under test, read from the spec itself (not from the CLI), so a command the
// manifest forgot cannot go unnoticed.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const SPEC = fileURLToPath(new URL("../../../../spec/openapi.yaml", import.meta.url));

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
}

export function specOperations(): SpecOperation[] {
  const doc = parse(readFileSync(SPEC, "utf8")) as {
    paths: Record<string, Record<string, { operationId: string }>>;
  };
  const out: SpecOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ["get", "post", "put", "patch", "delete"]) {
      const op = item[method];
      if (op) out.push({ operationId: op.operationId, method: method.toUpperCase(), path });
    }
  }
  return out;
}
