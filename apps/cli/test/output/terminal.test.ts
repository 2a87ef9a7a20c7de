// On a terminal (util-linux script(1)): auto is a table, a progress line shows while paging and
// is cleared, and color follows NO_COLOR.
import { execFile, execFileSync } from "node:child_process";
import { type RunningSimulator, startSimulator } from "@openai-admin/simulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, CANARY } from "../helpers/cli.js";
import { ORG, seededUsers } from "../helpers/server.js";

const hasScript = (() => {
  try {
    execFileSync("script", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

let server: RunningSimulator;
beforeAll(async () => {
  server = await startSimulator({ ...ORG, users: 7 });
});
afterAll(async () => {
  await server?.close();
});

function onTty(args: string[], env: Record<string, string> = {}) {
  return new Promise<string>((resolve, reject) => {
    const command = [process.execPath, BIN, ...args, "--base-url", server.url].map((a) => `'${a}'`).join(" ");
    const child = execFile(
      "script",
      ["-qec", command, "/dev/null"],
      {
        env: { PATH: process.env.PATH ?? "", OPENAI_ADMIN_KEY: CANARY, TERM: "xterm", ...env },
        timeout: 15_000,
      },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
    child.stdin?.end();
  });
}

describe.skipIf(!hasScript)("on a terminal", () => {
  it("prints a table with a bold header, a progress line, and clears it", async () => {
    const out = await onTty(["users", "list", "--page-size", "3"]);
    expect(out).toContain("\x1b[1mID");
    expect(out).toContain("fetched 3 users (1 page)…");
    expect(out).toContain("fetched 6 users (2 pages)…");
    expect(out.trimEnd().endsWith("\r\x1b[2K")).toBe(true);
    const last = seededUsers(server).at(-1);
    expect(out).toMatch(new RegExp(`${last?.id}\\s+${last?.name}`));
  });

  it("has no color with NO_COLOR", async () => {
    const out = await onTty(["users", "list", "--page-size", "3"], { NO_COLOR: "1" });
    expect(out).toMatch(/^ID\s+NAME/m);
    expect(out).not.toContain("\x1b[1m");
  });
});
