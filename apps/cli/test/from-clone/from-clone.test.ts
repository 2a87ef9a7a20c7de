// The CLI as someone who just cloned the repo meets it, in a copy of the workspace (the files git
// knows, nothing built): `pnpm install` warns about no missing bin, `pnpm start -- <args>` prints
// exactly what the CLI prints (no pnpm banner on stdout, the top-level help included, the exit
// code kept), and the README's way of putting `openai-admin` on the PATH works. It is about the
// repository, not the Node major, so test:node22/24 exclude it.
import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ESM script without types
import { copyWorkspace } from "../../../../scripts/workspace-copy.mjs";

const exec = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, "../../../..");
const env: NodeJS.ProcessEnv = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: "1",
  FORCE_COLOR: "0",
  NO_COLOR: "1",
};
delete env.OPENAI_ADMIN_KEY;
delete env.OPENAI_ADMIN_PROFILE;

let copy: string;
let install: { status: number | null; output: string };

function pnpm(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("pnpm", args, { cwd: copy, env, encoding: "utf8", timeout: 240_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), "openai-admin-clone-"));
  (copyWorkspace as (root: string, target: string) => void)(repoRoot, copy);
  // --offline: the packages come from the store the real install filled; nothing is downloaded.
  const result = pnpm(["install", "--frozen-lockfile", "--offline"]);
  install = { status: result.status, output: `${result.stdout}${result.stderr}` };
}, 240_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe("from a fresh clone", () => {
  it("pnpm install links every bin with no warning", () => {
    expect(install.status, install.output).toBe(0);
    expect(install.output).not.toContain("Failed to create bin");
    expect(install.output).not.toMatch(/\bWARN\b/);
  });

  it("pnpm start -- --help prints the CLI's top-level help, and nothing else", () => {
    const start = pnpm(["start", "--", "--help"]);
    expect(start.stderr).toBe("");
    expect(start.status).toBe(0);
    const cli = spawnSync(process.execPath, [join(copy, "apps/cli/dist/openai-admin.js"), "--help"], {
      env,
      encoding: "utf8",
    });
    expect(start.stdout).toBe(cli.stdout);
    expect(start.stdout).toMatch(/^openai-admin \d+\.\d+\.\d+: /);
  }, 240_000);

  it("pnpm start -- <command> gives stdout that parses as the CLI's JSON, and its stderr and exit code", () => {
    const listed = pnpm(["start", "--", "roles", "list", "--mock", "--format", "json", "--max-items", "1"]);
    expect(listed.status, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toHaveLength(1);

    const failed = pnpm(["start", "--", "users", "retrieve", "user_abc"]);
    expect(failed.status).toBe(2);
    expect(failed.stdout).toBe("");
    expect(failed.stderr).toMatch(/^error: no admin API key: /);
    expect(failed.stderr).not.toContain("ELIFECYCLE");
  }, 240_000);

  it("the README's symlink puts openai-admin on the PATH", async () => {
    const bin = join(copy, "path-bin");
    mkdirSync(bin);
    symlinkSync(join(copy, "apps/cli/bin/openai-admin.js"), join(bin, "openai-admin"));
    const { stdout } = await exec("bash", ["-c", "openai-admin --version"], {
      env: { ...env, PATH: `${bin}:${process.env.PATH}` },
    });
    expect(stdout).toMatch(/^openai-admin \d+\.\d+\.\d+\n$/);
  });
});
