import type { OperationModel } from "./types.js";

export type * from "./types.js";

/** Reads an OpenAPI document (YAML or JSON) and derives the operation model from it. */
export function buildModel(specFile: string): Promise<OperationModel>;
