// Output for scripts: --format text (-r), -o, -q, --columns, booleans in every spelling, an empty
// update refused, and an empty list named on a terminal only.

import { describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { faultServerPerFile } from "../helpers/server.js";
import { hasScript, onTty } from "../helpers/tty.js";

const fault = faultServerPerFile({ users: 3 });
const send = (args: string[]) => run([...args, "--base-url", fault.current.url]);

describe("--format text", () => {
  it("-r prints rows as tab-separated fields, no header, no quotes", async () => {
    const result = await send(["users", "list", "-r", "--columns", "id,email,role"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      "user_000001\tuser1@example.com\towner\nuser_000002\tuser2@example.com\treader\nuser_000003\tuser3@example.com\treader\n",
    );
  });

  it("a string query result is printed without quotes", async () => {
    const result = await send(["users", "list", "-q", "[0].id", "-o", "text"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("user_000001\n");
  });

  it("one line per array item", async () => {
    const result = await send(["users", "list", "--query", "[].email", "--format", "text"]);
    expect(result.stdout).toBe("user1@example.com\nuser2@example.com\nuser3@example.com\n");
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
    const result = await send(["users", "retrieve", "user_abc", "-r"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("user_abc\n");
  });
});

describe("--columns", () => {
  it("chooses and orders CSV columns", async () => {
    const result = await send(["users", "list", "-o", "csv", "--columns", "email,id"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\r\n").slice(0, 2)).toEqual(["email,id", "user1@example.com,user_000001"]);
  });

  it("chooses table columns", async () => {
    const result = await send(["users", "list", "-o", "table", "--columns", "id,role"]);
    expect(result.stdout.split("\n")[0]).toMatch(/^ID\s+ROLE$/);
  });

  it("is refused with JSON, before anything is sent", async () => {
    const result = await send(["users", "list", "-o", "json", "--columns", "id"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--columns applies to --format table, csv or text");
    expect(fault.current.requests).toHaveLength(0);
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
    expect(fault.current.requests[0]?.rawQuery).toContain(sent);
  });

  it("refuses another value", async () => {
    const result = await send(["projects", "list", "--include-archived=maybe"]);
    expect(result.code).toBe(2);
    expect(fault.current.requests).toHaveLength(0);
  });
});

describe("an update with nothing to change", () => {
  it("exits 2 and sends nothing", async () => {
    const result = await send(["projects", "update", "proj_abc"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("nothing to update: give at least one of --name, --external-key-id");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fault.current.requests).toHaveLength(0);
  });
});

describe.skipIf(!hasScript)("an empty list on a terminal", () => {
  it("says so", async () => {
    const { code, out } = await onTty(["invites", "list", "--base-url", fault.current.url]);
    expect(code).toBe(0);
    expect(out.trimEnd().endsWith("No invites.")).toBe(true);
    expect(out).not.toContain("ID");
  });

  it("and says nothing when piped", async () => {
    const result = await send(["invites", "list", "-o", "table"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("");
  });
});
