// Commands that create a key (an admin API key, a service account, a service-account key) get its
// secret back once. The CLI must print it on stdout (that is the point), say on stderr that it will
// not be shown again, and never write it anywhere else: not in --debug output, not with --query
// picking another field, not in an error. The simulator makes each secret; every run has an
// organization of its own.
import { startSimulator } from "@openai-admin/simulator";
import { model } from "@openai-admin/spec/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportCases } from "../helpers/cases.js";
import { Exit, runCli } from "../helpers/cli.js";
import { liveExamples, ORG } from "../helpers/live-examples.js";
import { cliOperations } from "../helpers/manifest.js";

/** A secret as the simulator makes it: the example's `sk-<kind>-` prefix and 32 random characters. */
const SECRET = /sk-[a-z]+-[A-Za-z0-9]{32}(?![A-Za-z0-9])/g;
const env = { OPENAI_ADMIN_KEY: "sk-admin-created-secret-tests" };
const withSecrets = model.operations.filter((op) => op.secrets.length > 0);
const byId = Object.fromEntries(withSecrets.map((op) => [op.operationId, op]));
let examples: Map<string, string[]>;
let cases = 0;
beforeAll(async () => {
  examples = await liveExamples(cliOperations().filter((op) => op.operationId in byId));
});
afterAll(() => {
  reportCases("created secrets", { commands: withSecrets.length, cases });
});

/** Runs the command's example on an organization of its own; `secrets` are the ones in stdout. */
const run = async (op: (typeof withSecrets)[number], extra: string[]) => {
  cases++;
  const sim = await startSimulator(ORG);
  try {
    const example = examples.get(op.operationId) ?? [];
    const result = await runCli([...example, "--base-url", sim.url, ...extra], { env });
    expect(sim.requests.map((r) => r.status)).toEqual([200]);
    return { ...result, secrets: result.stdout.match(SECRET) ?? [] };
  } finally {
    await sim.close();
  }
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
    expect(result.secrets).toHaveLength(1);
    const [secret] = result.secrets as [string];
    // It is the created key's secret, where the spec says it is.
    const body = JSON.parse(result.stdout) as Record<string, unknown>;
    const at = op.secrets[0]?.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], body);
    expect(at).toBe(secret);
    expect(result.stdout.split(secret)).toHaveLength(2);
    expect(result.stderr).toMatch(/shown only once/);
    expect(result.stderr).not.toMatch(SECRET);
  });

  it("--debug logs the response with the secret masked", async () => {
    const result = await run(op, ["--format", "json", "--debug"]);
    expect(result.code).toBe(Exit.ok);
    expect(result.stderr).toContain("[REDACTED]");
    expect(result.stderr).not.toMatch(SECRET);
    expect(result.secrets).toHaveLength(1);
  });

  it("YAML output shows it too, and stderr does not", async () => {
    const result = await run(op, ["--format", "yaml"]);
    expect(result.code).toBe(Exit.ok);
    expect(result.secrets).toHaveLength(1);
    expect(result.stderr).not.toMatch(SECRET);
  });
});
