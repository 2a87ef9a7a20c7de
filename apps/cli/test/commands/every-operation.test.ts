// Runs every command, with the input the spec's examples give, against a real Prism mock of the
// spec: each must succeed and print JSON.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { operations } from "../../src/manifest/lookup.js";
import { CANARY, run } from "../helpers/cli.js";
import { prismUrl } from "../helpers/prism.js";

const mock = { url: prismUrl() };

describe("every operation against the Prism mock", () => {
  it.each(operations.map((op) => [op.example.slice(0, 2).join(" "), op] as const))("%s", async (_, op) => {
    const args = [...op.example, "--base-url", mock.url, "--format", "json"];
    if (op.destructive) args.push("--yes");
    const result = await run(args);
    // A created secret is printed once, with a note on stderr that it cannot be shown again.
    if (op.secrets?.length) expect(result.stderr).toMatch(/^note: .* is shown only once .*\n$/);
    else expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    if (op.pagination) {
      expect(Array.isArray(output)).toBe(true);
      expect(output.length).toBeGreaterThan(0);
    } else {
      expect(output).toBeTypeOf("object");
    }
    expect(result.stdout + result.stderr).not.toContain(CANARY);
  });

  it("accepts path ids as flags instead of arguments", async () => {
    const result = await run([
      "users:roles",
      "retrieve",
      "--user-id",
      "user_abc",
      "--role-id",
      "role_01J1F8ROLE01",
      "--base-url",
      mock.url,
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveProperty("id");
  });

  // --mock answers from a fake organization inside the CLI process.
  it("runs with --mock and no key at all", async () => {
    const state = mkdtempSync(join(tmpdir(), "openai-admin-mock-state-"));
    const result = await run(["roles", "list", "--mock", "--format", "json"], {
      noKey: true,
      env: { XDG_STATE_HOME: state },
    });
    rmSync(state, { recursive: true, force: true });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)[0]).toHaveProperty("object", "role");
  });
});
