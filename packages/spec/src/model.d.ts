import type { OperationModel } from "./types.js";

export type * from "./types.js";

/** The model of the repo's spec/openapi.yaml, as committed by `pnpm generate`. */
export declare const model: OperationModel;
