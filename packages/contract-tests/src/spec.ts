// What the suite must exercise, from the operation model (@openai-admin/spec): every operation,
// and for each one its documented responses with their named examples. The suite reads no spec
// file itself; another spec (CONTRACT_SPEC, used by the coverage self-tests) is modelled by the
// same package.
import { type ModelOperation, modelOf, type Parameter, repoSpec } from "@openai-admin/spec";
import { model } from "@openai-admin/spec/model";

export type { DocumentedResponse, HttpMethod, JsonSchema, Parameter } from "@openai-admin/spec";

export interface Operation extends ModelOperation {
  /** Path parameters in path order, then the others. */
  parameters: Parameter[];
}

export interface Spec {
  /** The spec file the model was derived from (Prism serves it). */
  file: string;
  operations: Operation[];
}

/** The repo's spec, unless CONTRACT_SPEC names another file (the coverage self-test uses that). */
export function specPath(): string {
  return process.env.CONTRACT_SPEC || repoSpec;
}

/** The model of `file`: the committed one for the repo's spec, derived on the spot for another. */
export async function loadSpec(file = specPath()): Promise<Spec> {
  const { operations } = await modelOf(file);
  return { file, operations: operations.map(withParameters) };
}

/** The committed model of the repo's spec, for code that cannot wait (fixture tables). */
export function repoOperations(): Operation[] {
  return model.operations.map(withParameters);
}

function withParameters(op: ModelOperation): Operation {
  return { ...op, parameters: [...op.pathParams, ...op.queryParams] };
}
