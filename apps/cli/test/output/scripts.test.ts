// Output for scripts: --format text (-r), -o, -q, --columns, booleans in every spelling, an empty
// update refused, and an empty list named on a terminal only.

import { describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { seededUsers, simulatorPerFile } from "../helpers/server.js";
import { hasScript, onTty } from "../helpers/tty.js";

// Four users: the seed's three owners and a reader.
const sim = simulatorPerFile({ users: 4 });
const send = (args: string[]) => run([...args, "--base-url", sim.current.url]);
const users = () => seededUsers(sim.current);
const lines = (rows: string[]) => rows.map((row) => `${row}\n`).join("");

describe("--format text", () => {
  it("-r prints rows as tab-separated fields, no header, no quotes", async () => {
    const result = await send(["users", "list", "-r", "--columns", "id,email,role"]);
    expect(result.code).toBe(0);
    expect(users().map((u) => u.role)).toEqual(["owner", "owner", "owner", "reader"]);
    expect(result.stdout).toBe(lines(users().map((u) => `${u.id}\t${u.email}\t${u.role}`)));
  });

  it("a string query result is printed without quotes", async () => {
    const result = await send(["users", "list", "-q", "[0].id", "-o", "text"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${users()[0]?.id}\n`);
  });

  it("one line per array item", async () => {
    const result = await send(["users", "list", "--query", "[].email", "--format", "text"]);
    expect(result.stdout).toBe(lines(users().map((u) => u.email)));
  });

  it.each([
    ["null", "[?role=='nobody'] | [0].id"],
    ["an empty list", "[?role=='nobody'].id"],
  ])("a query yielding %s prints nothing", async (_, query) => {
    const result = await send(["users", "list", "-q", query, "-r"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
  });

  it("one object is one row", async () => {
    const user =
      sim.current.simulator.org.collection("/organization/users").from().next().value?.entity ?? {};
    const result = await send(["users", "retrieve", String(user.id), "-r"]);
    expect(result.code).toBe(0);
    const { object: _, ...fields } = user;
    expect(result.stdout).toBe(`${Object.values(fields).join("\t")}\n`);
  });
});

describe("--columns", () => {
  it("chooses and orders CSV columns", async () => {
    const result = await send(["users", "list", "-o", "csv", "--columns", "email,id"]);
    expect(result.code).toBe(0);
    const [first] = users();
    expect(result.stdout.split("\r\n").slice(0, 2)).toEqual(["email,id", `${first?.email},${first?.id}`]);
  });

  it("chooses table columns", async () => {
    const result = await send(["users", "list", "-o", "table", "--columns", "id,role"]);
    expect(result.stdout.split("\n")[0]).toMatch(/^ID\s+ROLE$/);
  });

  it("is refused with JSON, before anything is sent", async () => {
    const result = await send(["users", "list", "-o", "json", "--columns", "id"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--columns applies to --format table, csv or text");
    expect(sim.current.requests).toHaveLength(0);
  });
});

describe("booleans", () => {
  it.each([
    [["--include-archived"], "include_archived=true"],
    [["--include-archived=true"], "include_archived=true"],
    [["--include-archived=false"], "include_archived=false"],
    [["--no-include-archived"], "include_archived=false"],
  ])("%j sends %s", async (flag, sent) => {
    const result = await send(["projects", "list", ...flag]);
    expect(result.code).toBe(0);
    expect(sim.current.requests[0]?.rawQuery).toContain(sent);
  });

  it("refuses another value", async () => {
    const result = await send(["projects", "list", "--include-archived=maybe"]);
    expect(result.code).toBe(2);
    expect(sim.current.requests).toHaveLength(0);
  });
});

describe("an update with nothing to change", () => {
  it("exits 2 and sends nothing", async () => {
    const result = await send(["projects", "update", "proj_abc"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("nothing to update: give at least one of --name, --external-key-id");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(sim.current.requests).toHaveLength(0);
  });
});

// The seed's owners have no custom roles: an empty list.
const ownerRoles = () => ["users:roles", "list", String(users()[0]?.id)];

describe.skipIf(!hasScript)("an empty list on a terminal", () => {
  it("says so", async () => {
    const { code, out } = await onTty([...ownerRoles(), "--base-url", sim.current.url]);
    expect(code).toBe(0);
    expect(out.trimEnd().endsWith("No roles.")).toBe(true);
    expect(out).not.toContain("ID");
  });

  it("and says nothing when piped", async () => {
    const result = await send([...ownerRoles(), "-o", "table"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("");
  });
});
