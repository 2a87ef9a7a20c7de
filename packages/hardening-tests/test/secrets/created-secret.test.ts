// Commands that create a key (an admin API key, a service account, a service-account key) get its
// secret back once. The CLI must print it on stdout (that is the point), say on stderr that it will
// not be shown again, and never write it anywhere else: not in --debug output, not with --query
// picking another field, not in an error.
import { type FaultServer, startFaultServer } from "@openai-admin/fault-server";
import { model } from "@openai-admin/spec/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportCases } from "../helpers/cases.js";
import { Exit, runCli } from "../helpers/cli.js";
import { cliOperations } from "../helpers/manifest.js";

const SECRET = "sk-svcacct-SECRETCANARY5e1d7c3b9a2f";
const env = { OPENAI_ADMIN_KEY: "sk-admin-created-secret-tests" };
const withSecrets = model.operations.filter((op) => op.secrets.length > 0);
const examples = new Map(cliOperations().map((op) => [op.operationId, op.example]));

/** The operation's first 200 example, with the canary at every secret path (`api_key.value`). */
function answerWithSecret(op: (typeof withSecrets)[number]): unknown {
  const body = structuredClone(op.responses.find((r) => r.status === "200")?.examples[0]?.value) as Record<
    string,
    unknown
  >;
  for (const path of op.secrets) {
    const keys = path.split(".");
    let at: Record<string, unknown> = body;
    for (const key of keys.slice(0, -1)) {
      at[key] = (at[key] as Record<string, unknown> | null) ?? {};
      at = at[key] as Record<string, unknown>;
    }
    at[keys.at(-1) as string] = SECRET;
  }
  return body;
}

let servers: Map<string, FaultServer>;
let cases = 0;
beforeAll(async () => {
  servers = new Map();
  for (const op of withSecrets) {
    const body = answerWithSecret(op);
    servers.set(op.operationId, await startFaultServer({ respond: () => ({ status: 200, body }) }));
  }
});
afterAll(async () => {
  await Promise.all([...servers.values()].map((s) => s.close()));
  reportCases("created secrets", { commands: withSecrets.length, cases });
});

const run = (op: (typeof withSecrets)[number], extra: string[]) => {
  cases++;
  const example = examples.get(op.operationId) ?? [];
  return runCli([...example, "--base-url", servers.get(op.operationId)?.url ?? "", ...extra], { env });
};

describe("the spec marks the secrets of the three create-key operations", () => {
  it("admin keys, service accounts and service-account keys", () => {
    expect(withSecrets.map((op) => [op.operationId, op.secrets])).toEqual([
      ["admin-api-keys-create", ["value"]],
      ["create-project-service-account", ["api_key.value"]],
      ["CreateanAPIkeyforaserviceaccount", ["value"]],
    ]);
  });
});

describe.each(withSecrets.map((op) => [`${op.cli.resource} ${op.cli.verb}`, op] as const))("%s", (_, op) => {
  it("prints the secret on stdout once, and says on stderr that it will not be shown again", async () => {
    const result = await run(op, ["--format", "json"]);
    expect(result.code).toBe(Exit.ok);
    expect(result.stdout.split(SECRET)).toHaveLength(2);
    expect(result.stderr).toMatch(/shown only once/);
    expect(result.stderr).not.toContain(SECRET);
  });

  it("--debug logs the response with the secret masked", async () => {
    const result = await run(op, ["--format", "json", "--debug"]);
    expect(result.code).toBe(Exit.ok);
    expect(result.stderr).toContain("[REDACTED]");
    expect(result.stderr).not.toContain(SECRET);
    expect(result.stdout).toContain(SECRET);
  });

  it("YAML output shows it too, and stderr does not", async () => {
    const result = await run(op, ["--format", "yaml"]);
    expect(result.code).toBe(Exit.ok);
    expect(result.stdout).toContain(SECRET);
    expect(result.stderr).not.toContain(SECRET);
  });
});
