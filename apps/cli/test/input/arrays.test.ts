// Array flags: a comma splits only where no item can hold one (ids, emails, enum values, as the
// manifest says); elsewhere a comma is refused with the repeated-flag form. Arrays of objects
// take key=value shorthand besides JSON.
import { describe, expect, it } from "vitest";
import { operations } from "../../src/manifest/lookup.js";
import { run } from "../helpers/cli.js";
import { recordingServerPerFile } from "../helpers/server.js";

const server = recordingServerPerFile();
const send = (args: string[]) => run([...args, "--base-url", server.url]);
const sentBody = () => JSON.parse(server.requests[0]?.body ?? "null");

describe("the manifest decides which arrays split on commas", () => {
  it.each([
    ["update-project-model-permissions", "model_ids", true],
    ["list-users", "emails[]", true],
    ["list-audit-logs", "event_types[]", true],
    ["create-role", "permissions", false],
    ["usage-completions", "models", false],
  ])("%s %s: %s", (operationId, name, splits) => {
    const field = operations.find((o) => o.operationId === operationId)?.fields.find((f) => f.name === name);
    expect(Boolean(field?.commaSplits)).toBe(splits);
  });
});

describe("comma-separated items", () => {
  it("--model-ids gpt-4.1,o3 sends two model ids", async () => {
    const result = await send([
      "projects:model-permissions",
      "update",
      "proj_abc",
      "--mode",
      "allow_list",
      "--model-ids",
      "gpt-4.1,o3",
    ]);
    expect(result.code).toBe(0);
    expect(sentBody()).toEqual({ mode: "allow_list", model_ids: ["gpt-4.1", "o3"] });
  });

  it("mixes with repeated flags", async () => {
    const result = await send([
      "projects:model-permissions",
      "update",
      "proj_abc",
      "--mode",
      "allow_list",
      "--model-ids",
      "gpt-4.1,o3",
      "--model-ids",
      "o4-mini",
    ]);
    expect(result.code).toBe(0);
    expect(sentBody().model_ids).toEqual(["gpt-4.1", "o3", "o4-mini"]);
  });

  it("splits emails in a query filter", async () => {
    const result = await send(["users", "list", "--emails", "a@example.com,b@example.com", "--no-paginate"]);
    expect(result.code).toBe(0);
    expect(decodeURIComponent(server.requests[0]?.url ?? "")).toContain(
      "emails[]=a@example.com&emails[]=b@example.com",
    );
  });

  it("checks each enum item after splitting", async () => {
    const result = await send(["audit-logs", "list", "--event-types", "login.failed,login.nope"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("login.nope");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a comma where an item may hold one, showing the repeated-flag form", async () => {
    const result = await send([
      "roles",
      "create",
      "--role-name",
      "Auditors",
      "--permissions",
      "api.a.read,api.b.read",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--permissions api.a.read --permissions api.b.read");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(server.requests).toHaveLength(0);
  });

  it("still takes a JSON array there", async () => {
    const result = await send([
      "roles",
      "create",
      "--role-name",
      "Auditors",
      "--permissions",
      '["api.a.read","api.b.read"]',
    ]);
    expect(result.code).toBe(0);
    expect(sentBody().permissions).toEqual(["api.a.read", "api.b.read"]);
  });
});

describe("arrays of objects", () => {
  it("take key=value shorthand, repeatable, beside JSON", async () => {
    const result = await send([
      "invites",
      "create",
      "--email",
      "grace@example.com",
      "--role",
      "reader",
      "--projects",
      "id=proj_abc,role=member",
      "--projects",
      '{"id":"proj_def","role":"owner"}',
    ]);
    expect(result.code).toBe(0);
    expect(sentBody().projects).toEqual([
      { id: "proj_abc", role: "member" },
      { id: "proj_def", role: "owner" },
    ]);
  });

  it("check shorthand against the schema", async () => {
    const result = await send([
      "invites",
      "create",
      "--email",
      "grace@example.com",
      "--role",
      "reader",
      "--projects",
      "id=proj_abc,role=boss",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("boss");
    expect(server.requests).toHaveLength(0);
  });

  it("say what shorthand looks like when it is neither", async () => {
    const result = await send([
      "invites",
      "create",
      "--email",
      "grace@example.com",
      "--role",
      "reader",
      "--projects",
      "proj_abc",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("id=…,role=…");
    expect(server.requests).toHaveLength(0);
  });
});
