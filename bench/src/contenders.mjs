// @ts-check
// Where the contenders live, and whether they are there: our client and CLI are built by turbo
// before the bench runs; when one is missing, its rows say "not available" instead of a number.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./harness.mjs";

export const clientEntry = join(repoRoot, "packages/client/dist/index.js");
export const cliEntry = join(repoRoot, "apps/cli/dist/openai-admin.js");
export const sdkUsersListScript = join(repoRoot, "bench/src/sdk-users-list.mjs");
export const ADMIN_KEY = "sk-admin-bench";

/** The names every table and results.json use. */
export const names = {
  floor: "node -e 0",
  cliVersion: "openai-admin --version",
  cliUsersList: "openai-admin users list",
  cliUsersListMock: "openai-admin users list --mock",
  sdkScript: "openai SDK one-shot script",
  rawFetch: "raw fetch",
  client: "@openai-admin/client",
  openapiFetch: "openapi-fetch alone",
  sdk: "openai SDK",
};

/** @returns {Promise<typeof import("@openai-admin/client") | string>} the module, or why it is not available */
export async function loadClient() {
  if (!existsSync(clientEntry)) return "packages/client is not built (no dist/index.js)";
  try {
    return await import("@openai-admin/client");
  } catch (error) {
    return `@openai-admin/client failed to load: ${error instanceof Error ? error.message : error}`;
  }
}

/** @returns {string | undefined} why the CLI is not available, or nothing when it is */
export function cliMissing() {
  return existsSync(cliEntry) ? undefined : "apps/cli is not built (no dist/openai-admin.js)";
}

/**
 * Counts the users in a JSON or JSON Lines output, whatever its exact layout.
 * @param {string} stdout
 */
export function countUsers(stdout) {
  return stdout.match(/"object":\s*"organization\.user"/g)?.length ?? 0;
}
