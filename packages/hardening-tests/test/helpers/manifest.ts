// The CLI's commands, read from its generated manifest (itself generated from the spec), so the
// suites cover every command the CLI has, including ones added after these tests were written.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { cliBinary } from "./cli.js";

export interface CliOperation {
  operationId: string;
  resource: string;
  verb: string;
  method: "GET" | "POST" | "DELETE";
  path: string;
  fields: { name: string; flag: string; in: "path" | "query" | "body"; required: boolean }[];
  destructive: boolean;
  pagination?: "last_id" | "next" | null;
  /** A working command line from the spec's examples, without the binary name. */
  example: string[];
}

const manifestFile = join(dirname(cliBinary), "..", "src", "generated", "manifest.ts");

export function cliOperations(): CliOperation[] {
  const source = readFileSync(manifestFile, "utf8");
  const literal = /export const operations[^=]*=\s*(\[[\s\S]*?\n\]);/.exec(source)?.[1];
  if (!literal) throw new Error(`no operations array in ${manifestFile}`);
  return JSON.parse(literal) as CliOperation[];
}

/** Path segments the example's ids should produce, e.g. ["organization", "users", "user_abc"]. */
export function expectedSegments(op: CliOperation, ids: string[]): string[] {
  let k = 0;
  return op.path
    .split("/")
    .slice(1)
    .map((segment) => (segment.startsWith("{") ? (ids[k++] ?? "") : segment));
}

/** The positional ids of an example (the arguments after resource and verb, before the first flag). */
export function exampleIds(op: CliOperation): string[] {
  const rest = op.example.slice(2);
  const firstFlag = rest.findIndex((a) => a.startsWith("-"));
  return firstFlag === -1 ? rest : rest.slice(0, firstFlag);
}
