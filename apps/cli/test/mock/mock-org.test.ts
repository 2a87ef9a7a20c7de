// --mock is a fake organization in the CLI process (@openai-admin/simulator) that remembers what
// each command did, kept in the user's state directory: what one command changes, the next shows.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CANARY, run } from "../helpers/cli.js";

let state: string;
beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), "openai-admin-mock-state-"));
});
afterEach(() => rmSync(state, { recursive: true, force: true }));

const mock = (args: string[], env: Record<string, string> = {}) =>
  run([...args, "--mock", "--format", "json"], { noKey: true, env: { XDG_STATE_HOME: state, ...env } });
const stateFile = () => join(state, "openai-admin", "mock.json");
const emailsOf = (stdout: string) => (JSON.parse(stdout) as { email: string }[]).map((i) => i.email);

describe("--mock", () => {
  it("remembers an invite between commands, in $XDG_STATE_HOME/openai-admin/mock.json", async () => {
    const created = await mock(["invites", "create", "--email", "new@example.com", "--role", "reader"]);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ email: "new@example.com", status: "pending" });
    expect(existsSync(stateFile())).toBe(true);

    const listed = await mock(["invites", "list"]);
    expect(listed.code).toBe(0);
    expect(emailsOf(listed.stdout)).toContain("new@example.com");
  });

  it("answers with what was sent: a project locked to two models reads back as those two", async () => {
    const projects = JSON.parse((await mock(["projects", "list"])).stdout) as { id: string }[];
    const id = projects[0]?.id as string;
    const update = ["projects:model-permissions", "update", id, "--mode", "allow_list"];
    expect((await mock([...update, "--model-ids", "gpt-4.1", "--model-ids", "o3"])).code).toBe(0);
    const read = await mock(["projects:model-permissions", "retrieve", id]);
    expect(JSON.parse(read.stdout)).toMatchObject({ mode: "allow_list", model_ids: ["gpt-4.1", "o3"] });
  });

  it("'mock reset' starts over from the seeded organization", async () => {
    await mock(["invites", "create", "--email", "gone@example.com", "--role", "reader"]);
    const reset = await run(["mock", "reset"], { noKey: true, env: { XDG_STATE_HOME: state } });
    expect(reset.code).toBe(0);
    expect(reset.stderr).toContain("starts again from its seed");
    expect(existsSync(stateFile())).toBe(false);
    expect(emailsOf((await mock(["invites", "list"])).stdout)).not.toContain("gone@example.com");
  });

  it("--dry-run starts nothing: no state is written, the request is printed", async () => {
    const invite = ["invites", "create", "--email", "x@example.com", "--role", "reader", "--dry-run"];
    const result = await mock(invite);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ dry_run: true, method: "POST" });
    expect(existsSync(stateFile())).toBe(false);
  });

  it("never sends (or shows) a real key, even when one is set", async () => {
    const result = await mock(["users", "list", "--debug"], { OPENAI_ADMIN_KEY: CANARY });
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).not.toContain(CANARY);
    expect(readFileSync(stateFile(), "utf8")).not.toContain(CANARY);
  });
});
