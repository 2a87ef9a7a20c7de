// @ts-check
// Writes src/generated/cursors.ts from the operation model: which lists page by a cursor other
// than `after` = `last_id`, so `pages()` knows each list's style instead of guessing it per page.
// Only the exceptions are listed, to keep the client's bundle small.
import { fileURLToPath } from "node:url";
import { modelOf } from "@openai-admin/spec";
import { emit, finish, generatedHeader, specPath } from "../../../scripts/codegen.mjs";

const spec = specPath();
const { operations } = await modelOf(spec);
const cursors = Object.fromEntries(
  operations
    .filter((op) => op.method === "get" && op.cursor && op.cursor !== "last_id")
    .map((op) => [op.path, op.cursor]),
);

emit(
  fileURLToPath(new URL("../src/generated/cursors.ts", import.meta.url)),
  `${generatedHeader("//", spec)}import type { CursorStyle } from "../list-types.js";

/** Lists that do not page by \`after\` = \`last_id\`, by path. */
export const cursors: Readonly<Record<string, CursorStyle>> = ${JSON.stringify(cursors, null, 2)};
`,
);
finish();
