// Completion scripts for bash, zsh and fish mention every resource; bash's is exercised for real.
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { resources } from "../../src/manifest/lookup.js";
import { run } from "../helpers/cli.js";

const exec = promisify(execFile);

async function has(shell: string): Promise<boolean> {
  try {
    await exec(shell, ["-c", "exit 0"]);
    return true;
  } catch {
    return false;
  }
}

describe.each(["bash", "zsh", "fish"])("completion %s", (shell) => {
  it("prints a script naming every resource, verbs and flags", async () => {
    const { code, stdout } = await run(["completion", shell]);
    expect(code).toBe(0);
    for (const r of resources) {
      expect(stdout).toContain(r.name);
      expect(stdout).toContain(r.fullName);
    }
    expect(stdout).toMatch(/(--|-l )threshold-amount/);
    expect(stdout).toContain("archive");
  });

  it("is valid syntax for the shell (when installed)", async (context) => {
    if (!(await has(shell))) context.skip();
    const { stdout } = await run(["completion", shell]);
    const file = join(tmpdir(), `openai-admin-completion-${process.pid}.${shell}`);
    writeFileSync(file, stdout);
    await expect(exec(shell, ["-n", file])).resolves.toBeDefined();
  });
});

describe("bash completion at work", () => {
  const complete = async (line: string) => {
    const { stdout: script } = await run(["completion", "bash"]);
    const file = join(tmpdir(), `openai-admin-completion-${process.pid}.bash`);
    writeFileSync(file, script);
    const words = line.split(" ");
    const driver = [
      `source ${file}`,
      `COMP_LINE=${JSON.stringify(line)}; COMP_POINT=${line.length}`,
      `COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(" ")}); COMP_CWORD=${words.length - 1}`,
      "_openai_admin",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash array expansion, not a template
      'printf "%s\\n" "${COMPREPLY[@]}"',
    ].join("\n");
    const { stdout } = await exec("bash", ["-c", driver]);
    return stdout.trim().split("\n").filter(Boolean);
  };

  it("completes resources", async () => {
    expect(await complete("openai-admin user")).toEqual(["users", "users:roles"]);
  });

  it("completes verbs of a resource", async () => {
    expect(await complete("openai-admin projects ar")).toEqual(["archive"]);
  });

  it("completes a command's flags", async () => {
    expect(await complete("openai-admin invites create --ro")).toEqual(["--role"]);
  });

  it("completes enum values", async () => {
    expect(await complete("openai-admin invites create --role ")).toEqual(["reader", "owner"]);
  });

  it("completes the enum values of the command at hand, not another command's flag of that name", async () => {
    expect(await complete("openai-admin costs list --group-by ")).toEqual([
      "project_id",
      "line_item",
      "api_key_id",
    ]);
    const usage = await complete("openai-admin usage completions --group-by ");
    expect(usage).toContain("model");
    expect(usage).not.toContain("line_item");
  });

  it("rejects an unknown shell with exit 2", async () => {
    const { code, stderr } = await run(["completion", "powershell"]);
    expect(code).toBe(2);
    expect(stderr).toContain("bash, zsh, fish");
  });
});
