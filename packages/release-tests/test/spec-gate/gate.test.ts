import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { runGate } from "../../src/spec-gate/gate.mjs";
import {
  type Edit,
  firstOperation,
  releasedSpec,
  releasedSpecPath,
  repoRoot,
  requestSchema,
} from "./edits.js";

const published = [
  "@openai-admin/cli",
  "@openai-admin/client",
  "@openai-admin/mock",
  "@openai-admin/simulator",
  "@openai-admin/types",
];

const removeOperation: Edit = (s) => {
  const { route, method } = firstOperation(s);
  delete s.paths[route][method];
};
const addOptionalField: Edit = (s) => {
  requestSchema(s).schema.properties.ticket = { type: "string" };
};

let dir: string;
let changesetDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "spec-gate-"));
  changesetDir = join(dir, ".changeset");
  mkdirSync(changesetDir);
  cpSync(join(repoRoot, ".changeset", "config.json"), join(changesetDir, "config.json"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the released spec with `edit` applied, as the spec "now". */
function headWith(edit: Edit): string {
  const spec = releasedSpec();
  edit(spec);
  const file = join(dir, "openapi.yaml");
  writeFileSync(file, stringify(spec));
  return file;
}

function changeset(name: string, releases: Record<string, string>, summary = "Something users notice.") {
  const lines = Object.entries(releases).map(([pkg, bump]) => `"${pkg}": ${bump}`);
  writeFileSync(join(changesetDir, `${name}.md`), `---\n${lines.join("\n")}\n---\n\n${summary}\n`);
}

const gate = (head: string, extra: { writeChangeset?: boolean } = {}) =>
  runGate({ root: repoRoot, base: releasedSpecPath, head, changesetDir, ...extra });

describe("the spec gate", () => {
  it("gates the published packages of the workspace", () => {
    expect(gate(releasedSpecPath).report).toContain("No change to the API.");
    for (const name of published) expect(gate(headWith(removeOperation)).report).toContain(name);
  });

  it("fails a breaking change with only a minor changeset, and says what to do", () => {
    changeset("first-release", { "@openai-admin/types": "minor", "@openai-admin/mock": "minor" });
    const result = gate(headWith(removeOperation));
    console.log(result.report);
    expect(result).toMatchObject({ ok: false, level: "breaking", needed: "major" });
    expect(result.short).toEqual(published);
    expect(result.report).toMatch(/FAIL: the spec has a breaking change/);
    expect(result.report).toContain("--write-changeset");
  });

  it("passes a breaking change once a major changeset covers it (one member bumps the fixed group)", () => {
    changeset("first-release", { "@openai-admin/types": "minor" });
    changeset("drop-operation", { "@openai-admin/client": "major" });
    const result = gate(headWith(removeOperation));
    expect(result).toMatchObject({ ok: true, level: "breaking", short: [] });
    for (const name of published) expect(result.planned.get(name)).toBe("major");
  });

  it("without a fixed group, wants a major for every published package", () => {
    writeFileSync(join(changesetDir, "config.json"), JSON.stringify({ fixed: [] }));
    changeset("drop-operation", { "@openai-admin/types": "major" });
    const result = gate(headWith(removeOperation));
    expect(result.ok).toBe(false);
    expect(result.short).toEqual(published.filter((name) => name !== "@openai-admin/types"));
  });

  it("--write-changeset writes the major changeset, once, and then the gate passes", () => {
    const head = headWith(removeOperation);
    const first = gate(head, { writeChangeset: true });
    expect(first.ok).toBe(true);
    expect(first.written).toBeDefined();
    const text = readFileSync(first.written as string, "utf8");
    for (const name of published) expect(text).toContain(`"${name}": major`);
    expect(text).toMatch(/\n\nBreaking API change: .+\.\n$/);
    const again = gate(head, { writeChangeset: true });
    expect(again).toMatchObject({ ok: true, written: undefined });
    expect(readdirSync(changesetDir).filter((f) => f.endsWith(".md"))).toHaveLength(1);
  });

  it("lets a feature or a fix through without a changeset, with a note", () => {
    const result = gate(headWith(addOptionalField));
    expect(result).toMatchObject({ ok: true, level: "feature", needed: "minor" });
    expect(result.report).toContain("Note: a feature change usually wants a minor changeset");
  });

  it("runs as `node scripts/spec-diff.mjs`, exiting 1 on an uncovered breaking change", () => {
    const head = headWith(removeOperation);
    const script = join(repoRoot, "scripts", "spec-diff.mjs");
    const args = [script, "--base", releasedSpecPath, "--head", head, "--changesets", changesetDir];
    const failed = spawnSync(process.execPath, args, { encoding: "utf8" });
    expect(failed.status, failed.stderr).toBe(1);
    expect(failed.stdout).toContain("Breaking (1)");
    const written = spawnSync(process.execPath, [...args, "--write-changeset"], { encoding: "utf8" });
    expect(written.status, written.stderr).toBe(0);
    expect(spawnSync(process.execPath, args, { encoding: "utf8" }).status).toBe(0);
  });
});

// The gate itself, on the repo as it is: this is what turns CI red on an uncovered breaking change.
describe("the repo's spec against the last released one", () => {
  it("has no breaking change that the pending changesets leave uncovered", () => {
    const result = runGate({ root: repoRoot });
    console.log(result.report);
    expect(result.ok, result.report).toBe(true);
  });
});
