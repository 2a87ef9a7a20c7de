// Emails and names where ids go: one filtered lookup (GETs only, also under --dry-run), exit 4
// naming what was looked for when nothing matches, exit 2 listing the candidates when several do.
import { describe, expect, it } from "vitest";
import { operations } from "../../src/manifest/lookup.js";
import { run } from "../helpers/cli.js";
import { seededUsers, simulatorPerFile } from "../helpers/server.js";

const sim = simulatorPerFile();
const send = (args: string[]) => run([...args, "--base-url", sim.current.url]);
const wire = () => sim.current.requests.map((r) => `${r.method} ${decodeURIComponent(r.target)}`);
/** A seeded user who is no owner: the simulator filters its users list by emails[], as the API does. */
const grace = () =>
  seededUsers(sim.current).find((u) => u.role === "reader") as ReturnType<typeof seededUsers>[0];
/** The seeded project whose name no other project has. */
const projectNamed = (name: string) =>
  Array.from(sim.current.simulator.org.collection("/organization/projects").from()).find(
    (p) => p.entity.name === name,
  )?.id;

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
  it("users delete <email> deletes their id after one filtered GET", async () => {
    const user = grace();
    const result = await send(["users", "delete", user.email, "--yes"]);
    expect(result.code).toBe(0);
    expect(wire()).toEqual([
      `GET /organization/users?emails[]=${user.email}`,
      `DELETE /organization/users/${user.id}`,
    ]);
  });

  it("--dry-run looks up (GET only) and shows the resolved id", async () => {
    const user = grace();
    const result = await send(["users", "delete", user.email, "--dry-run", "--format", "table"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe(`DELETE ${sim.current.url}/organization/users/${user.id}`);
    expect(result.stderr).toContain(`${user.email} is user ${user.id}`);
    expect(sim.current.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("none found: exit 4, naming what was looked for, nothing else sent", async () => {
    const result = await send(["users", "delete", "nobody@example.com", "--yes"]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('no user with email "nobody@example.com"');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(sim.current.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("an id is sent as it is, with no lookup", async () => {
    const { id } = grace();
    const result = await send(["users", "retrieve", id]);
    expect(result.code).toBe(0);
    expect(wire()).toEqual([`GET /organization/users/${id}`]);
  });
});

describe("a project by exact name", () => {
  it("resolves a unique name", async () => {
    const result = await send([
      "projects:model-permissions",
      "update",
      "Internal Tools",
      "--mode",
      "allow_list",
      "--model-ids",
      "o3",
    ]);
    expect(result.code).toBe(0);
    expect(wire()).toEqual([
      "GET /organization/projects",
      `POST /organization/projects/${projectNamed("Internal Tools")}/model_permissions`,
    ]);
  });

  it("several found: exit 2 listing them, nothing else sent", async () => {
    // Two projects named alike, made through the API before the command runs.
    const shared: string[] = [];
    for (let i = 0; i < 2; i++) {
      const answer = await sim.current.simulator.fetch("http://sim/organization/projects", {
        method: "POST",
        headers: { authorization: "Bearer sk-admin-test", "content-type": "application/json" },
        body: JSON.stringify({ name: "Shared" }),
      });
      shared.push(((await answer.json()) as { id: string }).id);
    }
    sim.current.simulator.resetRequests();
    const result = await send(["projects", "archive", "Shared", "--yes"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('2 projects match name "Shared"');
    expect(result.stderr).toContain(`Shared (${shared[0]})`);
    expect(result.stderr).toContain(`Shared (${shared[1]})`);
    expect(sim.current.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("a name that differs in case is not a match", async () => {
    const result = await send(["projects", "retrieve", "internal tools"]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('no project with name "internal tools"');
  });
});
