// This file is generated from spec/openapi.yaml (sha256 ebb6a32982dda63b).
// Do not edit it by hand: change the spec and run `pnpm generate`.
import type { CursorStyle } from "../list-types.js";

/** Lists that do not page by `after` = `last_id`, by path. */
export const cursors: Readonly<Record<string, CursorStyle>> = {
  "/organization/users/{user_id}/roles": "next",
  "/organization/roles": "next"
};
