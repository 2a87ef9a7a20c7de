// The short verbs people type: get, ls, rm, accepted on the command line and shown in help.
import { describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { recordingServerPerFile } from "../helpers/server.js";

const server = recordingServerPerFile();
const send = (args: string[]) => run([...args, "--base-url", server.url]);
const wire = () => server.requests.map((r) => `${r.method} ${r.url}`);

describe("short verbs", () => {
  it("get is retrieve", async () => {
    const result = await send(["users", "get", "user_abc"]);
    expect(result.code).toBe(0);
    expect(wire()).toEqual(["GET /organization/users/user_abc"]);
  });

  it("ls is list", async () => {
    const result = await send(["projects:spend-alerts", "ls", "proj_abc", "--no-paginate"]);
    expect(result.code).toBe(0);
    expect(wire()).toEqual(["GET /organization/projects/proj_abc/spend_alerts"]);
  });

  it("rm is delete, confirmation rules included", async () => {
    const refused = await send(["users:roles", "rm", "user_abc", "role_x"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("refusing to delete role role_x of user user_abc");
    expect(server.requests).toHaveLength(0);
    const result = await send(["users:roles", "rm", "user_abc", "role_x", "--yes"]);
    expect(result.code).toBe(0);
    expect(wire()).toEqual(["DELETE /organization/users/user_abc/roles/role_x"]);
  });

  it("help suggests them", async () => {
    const resource = await run(["users", "--help"]);
    expect(resource.stdout).toMatch(/^\s+retrieve \(get\)\s+Retrieve user/m);
    expect(resource.stdout).toMatch(/^\s+list \(ls\)\s+/m);
    expect(resource.stdout).toMatch(/^\s+delete \(rm\)\s+/m);
    const command = await run(["users", "rm", "--help"]);
    expect(command.stdout).toContain(
      "(also: openai-admin users rm, openai-admin admin:organization:users delete)",
    );
  });

  it("a verb without a short form has none", async () => {
    const result = await send(["projects", "rm", "proj_abc"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown verb "rm" for projects');
    expect(server.requests).toHaveLength(0);
  });
});
