// Runs the built binary on a real terminal through util-linux script(1), when it is installed:
// stdin, stdout and stderr are all the pty, so `out` holds both streams as a person sees them.
import { execFile, execFileSync } from "node:child_process";
import { BIN, CANARY } from "./cli.js";

export const hasScript = (() => {
  try {
    execFileSync("script", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** Asynchronous, so a server in the test's own process keeps answering while the CLI runs. */
export function onTty(args: readonly string[], reply = ""): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
    const child = execFile(
      "script",
      ["-qec", command, "/dev/null"],
      {
        env: { PATH: process.env.PATH ?? "", OPENAI_ADMIN_KEY: CANARY, NO_COLOR: "1", TERM: "dumb" },
        timeout: 15_000,
      },
      (error, stdout) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, out: stdout }),
    );
    child.stdin?.end(reply);
  });
}
