// Runs the built binary the way a user would: a child process, no TTY, a controlled environment.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

export const BIN = fileURLToPath(new URL("../../dist/openai-admin.js", import.meta.url));

/** A fake admin key; no output may ever contain it. */
export const CANARY = "sk-admin-CANARY-5f0c9e7d3b1a4c2e8d6f";

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** Written to stdin, which is then closed. */
  input?: string;
  /** Leave OPENAI_ADMIN_KEY unset (by default it is the canary). */
  noKey?: boolean;
  /** The working directory (by default the test's). */
  cwd?: string;
}

const testStateHome = mkdtempSync(join(tmpdir(), "openai-admin-test-state-"));
process.once("exit", () => rmSync(testStateHome, { recursive: true, force: true }));

export function run(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  // --mock keeps its organization in the state directory: never the real one of whoever runs the tests.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "/tmp",
    XDG_STATE_HOME: testStateHome,
  };
  if (!options.noKey) env.OPENAI_ADMIN_KEY = CANARY;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env,
      cwd: options.cwd,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    // A command that fails fast exits before reading stdin; that is not the test's concern.
    child.stdin.on("error", () => {});
    child.stdin.end(options.input ?? "");
  });
}

/** Bad input as users must see it: exit 2, a message saying what to do, no stack trace. */
export function expectUsageError(result: RunResult, message: string): void {
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}
