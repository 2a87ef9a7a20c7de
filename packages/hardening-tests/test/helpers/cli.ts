// Runs the built `openai-admin` binary as a user would: a child process with no terminal, on the
// same Node as the tests (so the node matrix covers the CLI too).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export const cliBinary = join(
  dirname(createRequire(import.meta.url).resolve("@openai-admin/cli/package.json")),
  "dist",
  "openai-admin.js",
);

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface CliOptions {
  /** Added to a clean environment (PATH, HOME, NO_COLOR=1; no OPENAI_* from the outer shell). */
  env?: Record<string, string>;
  /** Written to stdin, which is then closed; stdin is never a TTY. */
  input?: string;
  timeoutMs?: number;
}

export async function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const started = Date.now();
  const env: Record<string, string> = { NO_COLOR: "1" };
  for (const name of ["PATH", "HOME", "TMPDIR", "SystemRoot"]) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  Object.assign(env, options.env);
  const child = spawn(process.execPath, [cliBinary, ...args], { env, stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  child.stdin.on("error", () => {});
  child.stdin.end(options.input ?? "");
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** Exit codes of the CLI's contract: the one copy, which README and `openai-admin --help` show. */
export { ExitCode as Exit } from "@openai-admin/client/error-contract";
