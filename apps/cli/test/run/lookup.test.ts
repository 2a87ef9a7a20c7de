// Emails and names where ids go: one filtered lookup (GETs only, also under --dry-run), exit 4
// naming what was looked for when nothing matches, exit 2 listing the candidates when several do.
import type { RecordedRequest } from "@openai-admin/fault-server";
import { describe, expect, it } from "vitest";
import { operations } from "../../src/manifest/lookup.js";
import { run } from "../helpers/cli.js";
import { faultServerPerFile } from "../helpers/server.js";

const grace = {
  object: "organization.user",
  id: "user_grace",
  name: "Grace Hopper",
  email: "grace@example.com",
  role: "reader",
  added_at: 1,
};
const projects = [
  { object: "organization.project", id: "proj_1", name: "Analytics", created_at: 1, status: "active" },
  { object: "organization.project", id: "proj_2", name: "Shared", created_at: 2, status: "active" },
  { object: "organization.project", id: "proj_3", name: "Shared", created_at: 3, status: "active" },
];
const list = (data: unknown[]) => ({
  status: 200,
  body: { object: "list", data, first_id: null, last_id: null, has_more: false },
});

function respond(request: RecordedRequest) {
  if (request.method !== "GET") return undefined;
  if (request.rawPath === "/organization/users") {
    // The real API filters by emails[]; answering with the filter applied proves it was sent.
    const wanted = request.query["emails[]"] ?? [];
    return list(wanted.includes(grace.email) ? [grace] : []);
  }
  if (request.rawPath === "/organization/projects") return list(projects);
  return undefined;
}

const fault = faultServerPerFile({ respond });
const send = (args: string[]) => run([...args, "--base-url", fault.current.url]);
const wire = () => fault.current.requests.map((r) => `${r.method} ${decodeURIComponent(r.target)}`);

describe("the manifest derives each lookup from the model", () => {
  it.each([
    ["delete-user", "user_id", "/organization/users", "email", "emails[]"],
    ["modify-project", "project_id", "/organization/projects", "name", undefined],
    ["retrieve-role", "role_id", "/organization/roles", "name", undefined],
  ])("%s %s looks in %s by %s", (operationId, param, path, by, filter) => {
    const op = operations.find((o) => o.operationId === operationId);
    const lookup = op?.fields.find((f) => f.name === param)?.lookup;
    expect(lookup).toMatchObject({ list: path, by });
    expect(lookup?.filter).toBe(filter);
  });
});

describe("a user by email", () => {
  it("users delete grace@example.com deletes her id after one filtered GET", async () => {
    const result = await send(["users", "delete", "grace@example.com", "--yes"]);
    expect(result.code).toBe(0);
    expect(wire()).toEqual([
      "GET /organization/users?emails[]=grace@example.com",
      "DELETE /organization/users/user_grace",
    ]);
  });

  it("--dry-run looks up (GET only) and shows the resolved id", async () => {
    const result = await send(["users", "delete", "grace@example.com", "--dry-run", "--format", "table"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe(`DELETE ${fault.current.url}/organization/users/user_grace`);
    expect(result.stderr).toContain("grace@example.com is user user_grace");
    expect(fault.current.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("none found: exit 4, naming what was looked for, nothing else sent", async () => {
    const result = await send(["users", "delete", "nobody@example.com", "--yes"]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('no user with email "nobody@example.com"');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fault.current.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("an id is sent as it is, with no lookup", async () => {
    const result = await send(["users", "retrieve", "user_abc"]);
    expect(result.code).toBe(0);
    expect(wire()).toEqual(["GET /organization/users/user_abc"]);
  });
});

describe("a project by exact name", () => {
  it("resolves a unique name", async () => {
    const result = await send([
      "projects:model-permissions",
      "update",
      "Analytics",
      "--mode",
      "allow_list",
      "--model-ids",
      "o3",
    ]);
    expect(result.code).toBe(0);
    expect(wire()).toEqual([
      "GET /organization/projects",
      "POST /organization/projects/proj_1/model_permissions",
    ]);
  });

  it("several found: exit 2 listing them, nothing else sent", async () => {
    const result = await send(["projects", "archive", "Shared", "--yes"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('2 projects match name "Shared"');
    expect(result.stderr).toContain("Shared (proj_2)");
    expect(result.stderr).toContain("Shared (proj_3)");
    expect(fault.current.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("a name that differs in case is not a match", async () => {
    const result = await send(["projects", "retrieve", "analytics"]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('no project with name "analytics"');
  });
});
