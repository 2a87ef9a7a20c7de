// docs/cli/ is the reference a person browses: it must list what the CLI itself says exists
// (each resource's verbs, each command's flags, as `--help` prints them; the workflow commands
// too, with an example that runs), and `check-generated` (scripts/docs.mjs --check) must fail on a
// page that no longer matches.
import { execFile } from "node:child_process";
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { workflowCommands, workflowFamilies } from "../../src/cli/workflows.js";
import { resources } from "../../src/manifest/lookup.js";
import { run } from "../helpers/cli.js";

const exec = promisify(execFile);
const cliRoot = resolve(import.meta.dirname, "../..");
const docs = resolve(cliRoot, "../../docs/cli");
const script = join(cliRoot, "scripts/docs.mjs");
const page = (name: string) => readFileSync(join(docs, name), "utf8");
const pageOf = (resource: string) => `${resource.split(":")[0]}.md`;

/** The part of a page about one command: from its heading to the next command's. */
function section(resource: string, verb: string): string {
  const text = page(pageOf(resource));
  const start = text.indexOf(`\n### openai-admin ${resource} ${verb}\n`);
  expect(start, `no section for ${resource} ${verb} in ${pageOf(resource)}`).toBeGreaterThan(0);
  const next = text.slice(start + 1).search(/\n##+ /);
  return next < 0 ? text.slice(start) : text.slice(start, start + 1 + next);
}

/** The flags a command's --help lists, apart from the global ones (documented once, in README.md). */
function helpFlags(help: string): string[] {
  const own = help.slice(0, help.indexOf("\nGlobal flags:"));
  return [...own.matchAll(/^ {2}(?:-\w, )?(--[a-z0-9-]+)/gm)].map((m) => m[1] as string);
}

describe("docs/cli", () => {
  it("the index links every resource and lists the global flags", async () => {
    const index = page("README.md");
    for (const r of resources) expect(index).toContain(`[${r.name}](${pageOf(r.name)}#`);
    const { stdout } = await run(["--help"]);
    const globals = [...stdout.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]);
    expect(globals.length).toBeGreaterThan(5);
    for (const flag of globals) expect(index).toMatch(new RegExp(`[\`\\s]${flag}[\\s\`]`));
  });

  it.each(resources.map((r) => [r.name]))(
    "%s: every verb its --help lists, with the flags and example each one's --help shows",
    async (name) => {
      const { stdout } = await run([name, "--help"]);
      const verbs = [...stdout.slice(stdout.indexOf("Verbs:")).matchAll(/^ {2}([a-z-]+)\s/gm)].map(
        (m) => m[1] as string,
      );
      expect(verbs.length).toBeGreaterThan(0);
      for (const verb of verbs) section(name, verb);
      // One command per resource in full (the help suite already runs all of them).
      const verb = verbs[0] as string;
      const help = (await run([name, verb, "--help"])).stdout;
      const text = section(name, verb);
      for (const flag of helpFlags(help)) expect(text).toContain(`\`${flag}`);
      const example = /Example \(from the spec\):\n {2}\$ (.*)\n/.exec(help)?.[1];
      expect(example).toBeDefined();
      expect(text).toContain(`\`\`\`sh\n${example}\n\`\`\``);
    },
  );

  it("no page is left over from a resource or workflow that is gone", () => {
    const pages = new Set([
      ...resources.map((r) => pageOf(r.name)),
      ...workflowFamilies.map((f) => `${f.name}.md`),
    ]);
    expect(readdirSync(docs).filter((f) => f !== "README.md" && !pages.has(f))).toEqual([]);
  });
});

describe("docs/cli: the workflow commands (org, report, users offboard)", () => {
  /** A flag as a word of Markdown: in backticks or between spaces. */
  const mentions = (text: string, flag: string) => new RegExp(`[\`\\s]${flag}[\\s\`]`).test(text);

  it("the index links every one", () => {
    const index = page("README.md");
    for (const { words } of workflowCommands)
      expect(index).toContain(`[${words.join(" ")}](${pageOf(words[0])}#openai-admin-${words.join("-")})`);
  });

  it.each(workflowCommands.map((c) => [c.words.join(" "), c] as const))(
    "%s: the flags and example its --help shows, and the global flags it takes",
    async (_, command) => {
      const help = await run([...command.words, "--help"]);
      expect(help.code).toBe(0);
      const text = section(...command.words);
      const flags = [...help.stdout.matchAll(/^ {2}(?:-\w, )?(--[a-z0-9-]+)/gm)].map((m) => m[1] as string);
      expect(flags).toEqual(command.flags.map((f) => `--${f.name}`));
      for (const flag of flags) expect(mentions(text, flag), `${flag} in the reference`).toBe(true);
      const globals = /^Global flags it takes: ([^.]*)\./m.exec(help.stdout)?.[1]?.split(", ");
      if (globals)
        for (const flag of globals) expect(mentions(text, flag), `${flag} in the reference`).toBe(true);
      else expect(text).toContain("[global flags](README.md#global-flags)");
      const example = /^Example:\n {2}\$ (.*)$/m.exec(help.stdout)?.[1];
      expect(example).toBeDefined();
      expect(text).toContain(`\`\`\`sh\n${example}\n\`\`\``);
    },
  );

  it("every example runs, as shown (against --mock)", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "openai-admin-examples-"));
    try {
      // In the order listed: org plan and apply read the org.yaml that org export writes.
      for (const { example } of workflowCommands) {
        const result = await run([...example, "--mock"], { cwd, env: { NO_COLOR: "1" } });
        expect(result.stderr, example.join(" ")).not.toContain("error:");
        expect(result.code, example.join(" ")).toBe(0);
      }
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});

describe("scripts/docs.mjs --check (run by check-generated)", () => {
  const out = mkdtempSync(join(tmpdir(), "openai-admin-docs-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("passes on the committed pages", async () => {
    const { stdout } = await exec(process.execPath, [script, "--check"], { cwd: cliRoot });
    expect(stdout).toContain("up to date");
  });

  it("fails naming a page edited by hand", async () => {
    await exec(process.execPath, [script, "--out", out], { cwd: cliRoot });
    appendFileSync(join(out, "invites.md"), "\nedited by hand\n");
    const failed = await exec(process.execPath, [script, "--check", "--out", out], { cwd: cliRoot }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain("invites.md");
    expect(failed?.stderr).not.toContain("users.md");
  });
});
