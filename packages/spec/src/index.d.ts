import type { OperationModel } from "./types.js";

export type * from "./types.js";

/** Reads an OpenAPI document (YAML or JSON) and derives the operation model from it. */
export function buildModel(specFile: string): Promise<OperationModel>;

/** The repo's spec/openapi.yaml. */
export declare const repoSpec: string;

/** The committed model for the repo's spec; for another file, the model derived from it. */
export function modelOf(specFile: string): Promise<OperationModel>;

/**
 * A path's nouns, each with the parameter that follows it, without the leading `organization`:
 * `/organization/users/{user_id}/roles` -> `[{ segment: "users", param: "user_id" }, { segment: "roles" }]`.
 */
export function segmentsOf(path: string): { segment: string; param?: string }[];
