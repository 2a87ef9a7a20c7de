// `--query`: a JMESPath expression (JMESPath Community edition), compiled up front so a syntax
// error is a usage error (exit 2) before any request.
import { compile, type JSONValue, search } from "@jmespath-community/jmespath";
import { UsageError } from "../cli/usage-error.js";

export type Query = (value: unknown) => unknown;

export function compileQuery(expression: string): Query {
  try {
    compile(expression);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`--query: not a valid JMESPath expression (${reason}).`, { flag: "--query" });
  }
  return (value) => search(value as JSONValue, expression);
}
