// @ts-check
// The committed operation model (generated/model.json, written by `pnpm generate`), read as JSON.
import { readFileSync } from "node:fs";

/** @type {{ $comment: string } & import("./types.js").OperationModel} */
const file = JSON.parse(readFileSync(new URL("../generated/model.json", import.meta.url), "utf8"));

/** @type {import("./types.js").OperationModel} */
export const model = { operations: file.operations };
