// The admin endpoints take admin keys only. The commonest mistake is a project key (from
// OPENAI_API_KEY, or pasted): say so before sending, rather than let a 401 leave people guessing.
import type { Config } from "./config.js";
import { UsageError } from "./usage-error.js";

const WHERE =
  "an organization owner creates one at https://platform.openai.com/settings/organization/admin-keys";
const HOW = "set OPENAI_ADMIN_KEY, pass --admin-api-key, or choose a profile with --profile";

/** Throws (exit 2, nothing sent) when the command would send no key, or a key that cannot work. */
export function checkAdminKey(config: Config, env: NodeJS.ProcessEnv, dryRun: boolean): void {
  if (config.mock) return;
  const key = config.apiKey;
  if (key !== undefined && key !== "") {
    const kind = /^sk-(proj|svcacct)-/.exec(key)?.[1];
    if (kind === undefined) return;
    throw new UsageError(
      `the key from ${config.apiKeySource} is a ${kind === "proj" ? "project" : "service account"} key (sk-${kind}-…); admin endpoints need an admin key (sk-admin-…): ${WHERE}.`,
      { flag: config.apiKeySource?.startsWith("--") ? config.apiKeySource : undefined, hint: "" },
    );
  }
  if (dryRun) return;
  const apiKey = env.OPENAI_API_KEY;
  if (apiKey?.startsWith("sk-admin-")) {
    throw new UsageError(
      `no admin API key: OPENAI_API_KEY holds an admin key, but openai-admin reads it from OPENAI_ADMIN_KEY: export OPENAI_ADMIN_KEY="$OPENAI_API_KEY".`,
      { flag: "--admin-api-key", hint: "" },
    );
  }
  const why = apiKey
    ? "OPENAI_API_KEY is set, but admin endpoints need an admin key (sk-admin-…), not a project or user key; " +
      `${WHERE}. Then ${HOW}.`
    : `${HOW}.`;
  throw new UsageError(`no admin API key: ${why} To try the CLI without a key, add --mock.`, {
    flag: "--admin-api-key",
    hint: "",
  });
}
