// This file is generated from spec/openapi.yaml (sha256 2c68abb63c1eeb3f).
// Do not edit it by hand: change the spec and run `pnpm generate`.
import type { CursorStyle } from "../list-types.js";

/** Lists that do not page by `after` = `last_id`, by path. */
export const cursors: Readonly<Record<string, CursorStyle>> = {
  "/organization/users/{user_id}/roles": "next",
  "/organization/roles": "next",
  "/organization/groups": "next",
  "/organization/groups/{group_id}/roles": "next",
  "/organization/groups/{group_id}/users": "next",
  "/organization/projects/{project_id}/groups": "next",
  "/projects/{project_id}/groups/{group_id}/roles": "next",
  "/projects/{project_id}/users/{user_id}/roles": "next",
  "/projects/{project_id}/roles": "next",
  "/organization/costs": "next_page",
  "/organization/usage/audio_speeches": "next_page",
  "/organization/usage/audio_transcriptions": "next_page",
  "/organization/usage/code_interpreter_sessions": "next_page",
  "/organization/usage/completions": "next_page",
  "/organization/usage/embeddings": "next_page",
  "/organization/usage/file_search_calls": "next_page",
  "/organization/usage/images": "next_page",
  "/organization/usage/moderations": "next_page",
  "/organization/usage/vector_stores": "next_page",
  "/organization/usage/web_search_calls": "next_page"
};
