// Completion scripts for bash, zsh and fish, exercised in the real shells: bash through its
// completion function, zsh through zle and compinit in a pseudo-terminal (Tab pressed), fish
// through `complete -C`. The workflow commands (org, report, users offboard) complete from the flag
// lists they parse with. .ci/run installs the three shells (Debian's packages), so under CI a
// missing shell fails; elsewhere it skips, saying why.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it, type TestContext } from "vitest";
import { workflowCommands } from "../../src/cli/workflows.js";
import { resources } from "../../src/manifest/lookup.js";
import { run } from "../helpers/cli.js";

const exec = promisify(execFile);
const SHELLS = ["bash", "zsh", "fish"] as const;
type Shell = (typeof SHELLS)[number];

const dir = mkdtempSync(join(tmpdir(), "openai-admin-completion-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const available = new Map<Shell, Promise<boolean>>();
function has(shell: Shell): Promise<boolean> {
  let found = available.get(shell);
  if (!found) {
    found = exec(shell, ["-c", "exit 0"]).then(
      () => true,
      () => false,
    );
    available.set(shell, found);
  }
  return found;
}

/** A missing shell fails under CI (.ci/run installs it) and skips elsewhere, saying why. */
async function needShell(shell: Shell, context: TestContext): Promise<void> {
  if (await has(shell)) return;
  if (process.env.CI === "true") {
    throw new Error(
      `${shell} is not installed; .ci/run installs bash, zsh and fish (apt-get) before the tests`,
    );
  }
  context.skip(`${shell} is not installed here (apt-get install ${shell}, as .ci/run does)`);
}

const scripts = new Map<Shell, string>();
async function scriptFile(shell: Shell): Promise<string> {
  let file = scripts.get(shell);
  if (!file) {
    const { code, stdout } = await run(["completion", shell]);
    expect(code).toBe(0);
    file = join(dir, `openai-admin.${shell}`);
    writeFileSync(file, stdout);
    scripts.set(shell, file);
  }
  return file;
}

let calls = 0;
/** What the shell offers for `line` (the cursor at its end), sorted. */
async function complete(shell: Shell, line: string): Promise<string[]> {
  const file = await scriptFile(shell);
  let out: string;
  if (shell === "bash") {
    const words = line.split(" ");
    const driver = [
      `source ${file}`,
      `COMP_LINE=${JSON.stringify(line)}; COMP_POINT=${line.length}`,
      `COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(" ")}); COMP_CWORD=${words.length - 1}`,
      "_openai_admin",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash array expansion, not a template
      'printf "%s\\n" "${COMPREPLY[@]}"',
    ].join("\n");
    out = (await exec("bash", ["-c", driver])).stdout;
  } else if (shell === "zsh") {
    const matches = join(dir, `zsh-matches-${calls++}`);
    const driver = new URL("zsh-complete.zsh", import.meta.url).pathname;
    await exec("zsh", ["-f", driver, file, matches, line], { timeout: 30_000 });
    out = readFileSync(matches, "utf8").replace(/^__(READY|DONE)__$/gm, "");
  } else {
    const { stdout } = await exec("fish", [
      "--no-config",
      "-c",
      "source $argv[1]; complete -C $argv[2]",
      file,
      line,
    ]);
    out = stdout.replace(/\t.*$/gm, ""); // fish prints "value<Tab>description"
  }
  return [...new Set(out.split("\n").filter(Boolean))].sort();
}

const cases: [string, { line: string; want: string[] }][] = [
  ["resources", { line: "openai-admin user", want: ["users", "users:roles"] }],
  [
    "resources after a global flag and its value",
    { line: "openai-admin --format json user", want: ["users", "users:roles"] },
  ],
  ["verbs of a resource", { line: "openai-admin projects ar", want: ["archive"] }],
  ["a command's flags", { line: "openai-admin invites create --ro", want: ["--role"] }],
  ["enum values", { line: "openai-admin invites create --role ", want: ["owner", "reader"] }],
  [
    "the enum values of the command at hand, not another command's flag of that name",
    { line: "openai-admin costs list --group-by ", want: ["api_key_id", "line_item", "project_id"] },
  ],
  [
    "--format values",
    {
      line: "openai-admin users list --format ",
      want: ["auto", "csv", "json", "jsonl", "table", "text", "yaml"],
    },
  ],
  ["shells after completion", { line: "openai-admin completion ", want: ["bash", "fish", "zsh"] }],
  ["a write command's --from-file", { line: "openai-admin invites create --from", want: ["--from-file"] }],
  [
    "flags after a --no- boolean (which takes no value)",
    { line: "openai-admin projects list --no-include-archived --lim", want: ["--limit"] },
  ],
  ["workflow commands among the first words", { line: "openai-admin or", want: ["org"] }],
  ["a workflow's commands", { line: "openai-admin org ", want: ["apply", "export", "plan"] }],
  ["a workflow command beside a resource's verbs", { line: "openai-admin users off", want: ["offboard"] }],
  ["a workflow command's flags", { line: "openai-admin org plan --pr", want: ["--profile", "--prune"] }],
  [
    "a workflow command's flags after a short flag and its value",
    { line: "openai-admin org plan -f org.yaml --det", want: ["--detailed-exitcode"] },
  ],
  ["no global flag a workflow command does not take", { line: "openai-admin org plan --col", want: [] }],
  [
    "a workflow command's values",
    { line: "openai-admin report costs --by ", want: ["api_key", "line_item", "project"] },
  ],
  [
    "a workflow command's own values for a global flag",
    { line: "openai-admin org export --format ", want: ["json", "yaml"] },
  ],
  [
    "users offboard's flags, after the user",
    { line: "openai-admin users offboard linus@example.com --dr", want: ["--dry-run"] },
  ],
];

describe.each(SHELLS)("completion %s", (shell) => {
  it("prints a script naming every resource, verbs and flags", async () => {
    const { code, stdout } = await run(["completion", shell]);
    expect(code).toBe(0);
    for (const r of resources) {
      expect(stdout).toContain(r.name);
      expect(stdout).toContain(r.fullName);
    }
    expect(stdout).toMatch(/(--|-l )threshold-amount/);
    expect(stdout).toContain("archive");
    for (const command of workflowCommands) {
      expect(stdout).toContain(command.words[1]);
      for (const flag of command.flags) expect(stdout).toMatch(new RegExp(`(--|-l )${flag.name}\\b`));
    }
  });

  it("is valid syntax for the shell", async (context) => {
    await needShell(shell, context);
    await expect(exec(shell, ["-n", await scriptFile(shell)])).resolves.toBeDefined();
  });

  it.for(cases)("completes %s", async ([, { line, want }], context) => {
    await needShell(shell, context);
    expect(await complete(shell, line)).toEqual(want);
  });

  it("offers a usage-wide choice another command does not have", async (context) => {
    await needShell(shell, context);
    const usage = await complete(shell, "openai-admin usage completions --group-by ");
    expect(usage).toContain("model");
    expect(usage).not.toContain("line_item");
  });
});

it("rejects an unknown shell with exit 2", async () => {
  const { code, stderr } = await run(["completion", "powershell"]);
  expect(code).toBe(2);
  expect(stderr).toContain("bash, zsh, fish");
});
