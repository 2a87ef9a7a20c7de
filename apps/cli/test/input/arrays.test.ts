// Array flags: a comma splits only where no item can hold one (ids, emails, enum values, as the
// manifest says); elsewhere a comma is refused with the repeated-flag form. Arrays of objects
// take key=value shorthand besides JSON.
import { describe, expect, it } from "vitest";
import { operations } from "../../src/manifest/lookup.js";
import { expectUsageError, run } from "../helpers/cli.js";
import { recordingServerPerFile } from "../helpers/server.js";

const server = recordingServerPerFile();
const send = (args: string[]) => run([...args, "--base-url", server.url]);
const sentBody = () => JSON.parse(server.requests[0]?.body ?? "null");
const allowModels = (...flags: string[]) =>
  send(["projects:model-permissions", "update", "proj_abc", "--mode", "allow_list", ...flags]);
const createRole = (permissions: string) =>
  send(["roles", "create", "--role-name", "Auditors", "--permissions", permissions]);
const invite = (...projects: string[]) =>
  send([
    "invites",
    "create",
    "--email",
    "grace@example.com",
    "--role",
    "reader",
    ...projects.flatMap((p) => ["--projects", p]),
  ]);

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
    const result = await allowModels("--model-ids", "gpt-4.1,o3");
    expect(result.code).toBe(0);
    expect(sentBody()).toEqual({ mode: "allow_list", model_ids: ["gpt-4.1", "o3"] });
  });

  it("mixes with repeated flags", async () => {
    const result = await allowModels("--model-ids", "gpt-4.1,o3", "--model-ids", "o4-mini");
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
    expectUsageError(
      await send(["audit-logs", "list", "--event-types", "login.failed,login.nope"]),
      "login.nope",
    );
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a comma where an item may hold one, showing the repeated-flag form", async () => {
    expectUsageError(
      await createRole("api.a.read,api.b.read"),
      "--permissions api.a.read --permissions api.b.read",
    );
    expect(server.requests).toHaveLength(0);
  });

  it("still takes a JSON array there", async () => {
    const result = await createRole('["api.a.read","api.b.read"]');
    expect(result.code).toBe(0);
    expect(sentBody().permissions).toEqual(["api.a.read", "api.b.read"]);
  });
});

describe("arrays of objects", () => {
  it("take key=value shorthand, repeatable, beside JSON", async () => {
    const result = await invite("id=proj_abc,role=member", '{"id":"proj_def","role":"owner"}');
    expect(result.code).toBe(0);
    expect(sentBody().projects).toEqual([
      { id: "proj_abc", role: "member" },
      { id: "proj_def", role: "owner" },
    ]);
  });

  it("check shorthand against the schema", async () => {
    expectUsageError(await invite("id=proj_abc,role=boss"), "boss");
    expect(server.requests).toHaveLength(0);
  });

  it("say what shorthand looks like when it is neither", async () => {
    expectUsageError(await invite("proj_abc"), "id=…,role=…");
    expect(server.requests).toHaveLength(0);
  });
});
