import type { OperationModel } from "./types.js";

export type * from "./types.js";

/** Reads an OpenAPI document (YAML or JSON) and derives the operation model from it. */
export function buildModel(specFile: string): Promise<OperationModel>;

/** The repo's spec/openapi.yaml. */
export declare const repoSpec: string;

/** The committed model for the repo's spec; for another file, the model derived from it. */
export function modelOf(specFile: string): Promise<OperationModel>;
