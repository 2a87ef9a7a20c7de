// Help lists what exists; every command documents its flags and shows the spec's example; typos
// get a suggestion.

import { exitCodeTable } from "@openai-admin/client/error-contract";
import { describe, expect, it } from "vitest";
import { globalFlags } from "../../src/cli/global-flags.js";
import { operations, resources } from "../../src/manifest/lookup.js";
import { run } from "../helpers/cli.js";

describe("openai-admin --help", () => {
  it("lists every resource, the verbs and the exit codes", async () => {
    const { code, stdout } = await run(["--help"]);
    expect(code).toBe(0);
    for (const r of resources) expect(stdout).toMatch(new RegExp(`^  ${r.name}\\s`, "m"));
    for (const [exit, meaning] of exitCodeTable)
      expect(stdout).toMatch(new RegExp(`^  ${exit}\\s+${meaning.replace(/[()]/g, "\\$&")}$`, "m"));
  });

  it("is also what no arguments print", async () => {
    expect((await run([])).stdout).toBe((await run(["--help"])).stdout);
  });

  it("prints the version", async () => {
    expect((await run(["--version"])).stdout).toMatch(/^openai-admin \d+\.\d+\.\d+/);
  });

  it("<resource> --help lists its verbs", async () => {
    const { code, stdout } = await run(["projects:spend-alerts", "--help"]);
    expect(code).toBe(0);
    for (const verb of ["list", "create", "retrieve", "update", "delete"])
      expect(stdout).toMatch(new RegExp(`^  ${verb}\\s`, "m"));
  });
});

describe("<resource> <verb> --help", () => {
  it.each(operations.map((op) => [`${op.resource} ${op.verb}`, op] as const))("%s", async (_, op) => {
    const { code, stdout } = await run([op.resource, op.verb, "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain(op.summary);
    for (const field of op.fields) {
      expect(stdout).toContain(field.in === "path" ? `<${field.flag}>` : `--${field.flag} `);
      for (const value of field.schema.enum ?? []) expect(stdout).toContain(String(value));
      if (field.schema.default !== undefined)
        expect(stdout).toContain(`Default: ${JSON.stringify(field.schema.default)}`);
    }
    expect(stdout).toContain(`$ openai-admin ${op.resource} ${op.verb}`);
    if (op.method !== "GET") expect(stdout).toContain("--dry-run");
    if (op.destructive) expect(stdout).toContain("--yes");
  });

  it("shows the example with JSON quoted for the shell", async () => {
    const { stdout } = await run(["projects:spend-alerts", "create", "--help"]);
    expect(stdout).toContain(
      `$ openai-admin projects:spend-alerts create proj_abc --threshold-amount 100000 --currency USD --interval month --notification-channel '{"type":"email","recipients":["finance@example.com"],"subject_prefix":"OpenAI spend alert"}'`,
    );
  });

  it("shows ranges and types", async () => {
    const { stdout } = await run(["users", "list", "--help"]);
    expect(stdout).toMatch(
      /--limit integer\s+Number of objects to return, 1 to 100\. Range: 1 to 100\. Default: 20\./,
    );
    expect(stdout).toMatch(/--emails email\[\]/);
  });
});

describe("did you mean", () => {
  it.each([
    ["a resource", ["user", "list"], 'Did you mean "users"?'],
    ["a sub-resource", ["projects:spend-alert", "list"], 'Did you mean "projects:spend-alerts"?'],
    ["a verb", ["users", "lsit"], 'Did you mean "list"?'],
    ["a flag", ["invites", "create", "--emial", "a@example.com"], "Did you mean --email?"],
    ["a global flag", ["users", "list", "--fromat", "json"], "Did you mean --format?"],
    [
      "an enum value",
      ["invites", "create", "--email", "a@example.com", "--role", "reder"],
      'Did you mean "reader"?',
    ],
    ["a format", ["users", "list", "--format", "jsn"], 'Did you mean "json"?'],
  ])("%s", async (_, args, suggestion) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(suggestion);
  });
});

describe("flags", () => {
  it("no operation input collides with a global or command flag", () => {
    const reserved = new Set(globalFlags.map((f) => f.name));
    for (const extra of ["data", "dry-run", "yes", "max-items", "page-size", "no-paginate"])
      reserved.add(extra);
    const clashes = operations.flatMap((op) =>
      op.fields.filter((f) => reserved.has(f.flag)).map((f) => `${op.operationId}: --${f.flag}`),
    );
    expect(clashes).toEqual([]);
  });
});
