// The mock is an optional dependency: a CLI installed without it must still run, and --mock must
// say what is missing. A copy of dist/ with no node_modules beside it is such an install.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../../dist", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "openai-admin-no-mock-"));
cpSync(dist, join(dir, "dist"), { recursive: true });
cpSync(fileURLToPath(new URL("../../package.json", import.meta.url)), join(dir, "package.json"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(dir, "dist", "openai-admin.js"), ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "" },
  });

describe("a CLI installed without @openai-admin/mock", () => {
  it("still runs commands that do not need the mock", () => {
    const result = cli("users", "delete", "user_abc", "--dry-run");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ method: "DELETE", dry_run: true });
    expect(cli("--version").status).toBe(0);
  });

  it("explains how to get --mock instead of failing with a module error", () => {
    const result = cli("users", "list", "--mock");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("--mock needs @openai-admin/mock");
    expect(result.stderr).toContain("npm install -g @openai-admin/mock");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
