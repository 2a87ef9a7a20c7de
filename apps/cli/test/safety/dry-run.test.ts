// --dry-run prints the exact request and sends nothing, for every mutating command.
import { describe, expect, it } from "vitest";
import { operations } from "../../src/manifest/lookup.js";
import { CANARY, run } from "../helpers/cli.js";
import { simulatorPerFile } from "../helpers/server.js";

// Nothing may reach the simulator's request log.
const sim = simulatorPerFile();

const mutating = operations.filter((op) => op.method !== "GET");

describe("--dry-run", () => {
  it("covers every mutating command", () => {
    expect(mutating.length).toBeGreaterThanOrEqual(17);
  });

  it.each(mutating.map((op) => [op.example.slice(0, 2).join(" "), op] as const))(
    "%s prints the request and sends nothing",
    async (_, op) => {
      const result = await run([
        ...op.example,
        "--dry-run",
        "--format",
        "table",
        "--base-url",
        sim.current.url,
      ]);
      expect(result.code).toBe(0);
      expect(sim.current.requests).toHaveLength(0);
      const url = `${sim.current.url}${op.example.slice(2).reduce((path, id) => path.replace(/\{[^}]+\}/, id), op.path)}`;
      expect(result.stdout.split("\n")[0]).toBe(`${op.method} ${url}`);
      expect(result.stdout).toMatch(/^authorization: Bearer \[REDACTED\]$/m);
      expect(result.stdout + result.stderr).not.toContain(CANARY);
      if (op.hasBody) {
        const body = JSON.parse(result.stdout.slice(result.stdout.indexOf("\n\n") + 2));
        expect(Object.keys(body).length).toBeGreaterThan(0);
      }
    },
  );

  it("prints a JSON description with --format json", async () => {
    const result = await run([
      "invites",
      "create",
      "--email",
      "a@example.com",
      "--role",
      "reader",
      "--dry-run",
      "--format",
      "json",
      "--base-url",
      sim.current.url,
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      dry_run: true,
      method: "POST",
      url: `${sim.current.url}/organization/invites`,
      headers: { authorization: "Bearer [REDACTED]", "content-type": "application/json" },
      body: { email: "a@example.com", role: "reader" },
    });
    expect(sim.current.requests).toHaveLength(0);
  });

  it("needs no confirmation for delete and sends nothing", async () => {
    const result = await run([
      "users",
      "delete",
      "user_abc",
      "--dry-run",
      "--format",
      "table",
      "--base-url",
      sim.current.url,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`DELETE ${sim.current.url}/organization/users/user_abc`);
    expect(sim.current.requests).toHaveLength(0);
  });
});
