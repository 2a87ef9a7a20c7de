// `pnpm start [-- <command> [flags]]`: builds the CLI when needed (turbo's cache makes that quick)
// and runs it with exactly the arguments given, so it prints what `openai-admin <args>` prints.
// With no arguments it runs `openai-admin users list`, against the built-in mock when
// OPENAI_ADMIN_KEY is unset, so the first try needs no key. pnpm's own banner is silenced for
// `pnpm start` by .pnpmfile.cjs, so stdout carries the CLI's output alone (`| jq` works).
import { spawn, spawnSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = resolve(root, "apps/cli/dist/openai-admin.js");

const build = spawnSync(
  "pnpm",
  [
    "exec",
    "turbo",
    "run",
    "build",
    "--filter=@openai-admin/cli...",
    "--output-logs=errors-only",
    "--log-prefix=none",
  ],
  { cwd: root, encoding: "utf8", env: { TURBO_TELEMETRY_DISABLED: "1", ...process.env } },
);
if (build.status !== 0) {
  process.stderr.write(`${build.stdout ?? ""}${build.stderr ?? ""}`);
  process.stderr.write("start: building the CLI failed (see above).\n");
  process.exit(build.status ?? 1);
}

let args = process.argv.slice(2);
if (args[0] === "--") args = args.slice(1);
if (args.length === 0) {
  args = ["users", "list"];
  if (!process.env.OPENAI_ADMIN_KEY) {
    process.stderr.write(
      "OPENAI_ADMIN_KEY is not set: running against the built-in mock of the API (--mock).\n",
    );
    args.push("--mock");
  }
}

const child = spawn(process.execPath, [bin, ...args], { stdio: "inherit" });
// Ctrl-C reaches the CLI directly (same process group); wait for it to clean up and exit.
process.on("SIGINT", () => {});
child.on("exit", (code, signal) => process.exit(code ?? (signal === "SIGINT" ? 130 : 1)));
