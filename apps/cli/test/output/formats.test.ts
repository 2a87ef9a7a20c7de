// Every output format parses with a real parser; --query filters; lists page and stream.
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { run } from "../helpers/cli.js";
import { prismUrl } from "../helpers/prism.js";
import { seededUsers, simulatorPerFile } from "../helpers/server.js";

const mock = { url: prismUrl() };
// Lists that page for real: seven users of the simulator's organization.
const sim = simulatorPerFile({ users: 7 });
const seededIds = () => seededUsers(sim.current).map((u) => u.id);

const users = () => ["users", "list", "--base-url", mock.url];
const EMAILS = ["user@example.com", "grace@example.com"];

describe("--format with a list", () => {
  it("json is one array", async () => {
    const { code, stdout } = await run([...users(), "--format", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((u: { email: string }) => u.email)).toEqual(EMAILS);
  });

  it("is JSON when piped and no format is given", async () => {
    const { stdout } = await run(users());
    expect(JSON.parse(stdout)).toHaveLength(2);
  });

  it("jsonl is one object per line", async () => {
    const { stdout } = await run([...users(), "--format", "jsonl"]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line).email)).toEqual(EMAILS);
  });

  it("yaml is a sequence", async () => {
    const { stdout } = await run([...users(), "--format", "yaml"]);
    expect(parseYaml(stdout).map((u: { email: string }) => u.email)).toEqual(EMAILS);
  });

  it("csv has a header and one row per item", async () => {
    const { stdout } = await run([...users(), "--format", "csv"]);
    const rows = parseCsv(stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.email)).toEqual(EMAILS);
    expect(rows[0]).toMatchObject({ id: "user_abc", role: "owner", added_at: "2024-03-26T16:45:33Z" });
  });

  it("csv keeps Unix seconds with --time-format unix", async () => {
    const { stdout } = await run([...users(), "--format", "csv", "--time-format", "unix"]);
    const rows = parseCsv(stdout, { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ id: "user_abc", added_at: "1711471533" });
  });

  it("table has a header row and readable dates", async () => {
    const { stdout } = await run([...users(), "--format", "table"]);
    const [header, first] = stdout.split("\n");
    expect(header).toMatch(/^ID\s+NAME\s+EMAIL\s+ROLE\s+ADDED_AT$/);
    expect(first).toMatch(/^user_abc\s+First Last\s+user@example\.com\s+owner\s+2024-03-26T16:45:33Z$/);
    expect(stdout).not.toContain("\x1b[");
  });

  it("an empty list is [] in json and nothing in csv", async () => {
    const prefer = ["--header", "Prefer: example=empty"];
    expect(JSON.parse((await run([...users(), ...prefer, "--format", "json"])).stdout)).toEqual([]);
    expect((await run([...users(), ...prefer, "--format", "csv"])).stdout).toBe("");
  });
});

describe("--format with one object", () => {
  const retrieve = () => [
    "projects:spend-alerts",
    "retrieve",
    "proj_abc",
    "alert_abc123",
    "--base-url",
    mock.url,
  ];
  it.each([
    ["json", (s: string) => JSON.parse(s)],
    ["jsonl", (s: string) => JSON.parse(s)],
    ["yaml", (s: string) => parseYaml(s)],
  ])("%s", async (format, parse) => {
    const { code, stdout } = await run([...retrieve(), "--format", format]);
    expect(code).toBe(0);
    expect(parse(stdout)).toMatchObject({ id: "alert_abc123", notification_channel: { type: "email" } });
  });

  it("csv puts nested objects in one JSON cell", async () => {
    const { stdout } = await run([...retrieve(), "--format", "csv"]);
    const [row] = parseCsv(stdout, { columns: true }) as Record<string, string>[];
    expect(row?.id).toBe("alert_abc123");
    expect(JSON.parse(row?.notification_channel ?? "")).toMatchObject({
      recipients: ["finance@example.com"],
    });
  });
});

describe("--query (JMESPath)", () => {
  it("filters a list", async () => {
    const { stdout } = await run([...users(), "--query", "[?role=='reader'].email"]);
    expect(JSON.parse(stdout)).toEqual(["grace@example.com"]);
  });

  it("picks from one object", async () => {
    const { stdout } = await run([
      "projects:model-permissions",
      "retrieve",
      "proj_abc",
      "--base-url",
      mock.url,
      "--query",
      "model_ids[0]",
    ]);
    expect(JSON.parse(stdout)).toBe("gpt-4.1");
  });

  it("prints a projection as csv", async () => {
    const { stdout } = await run([...users(), "--query", "[].{id: id, email: email}", "--format", "csv"]);
    expect(parseCsv(stdout, { columns: true })).toEqual([
      { id: "user_abc", email: EMAILS[0] },
      { id: "user_def", email: EMAILS[1] },
    ]);
  });
});

describe("pagination", () => {
  const list = (...extra: string[]) => [
    "users",
    "list",
    "--base-url",
    sim.current.url,
    "--page-size",
    "3",
    ...extra,
  ];

  it("fetches every page by default", async () => {
    const seeded = seededIds();
    expect(seeded).toHaveLength(7);
    const { code, stdout } = await run(list("--format", "jsonl"));
    expect(code).toBe(0);
    const ids = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line).id);
    expect(ids).toEqual(seeded);
    expect(sim.current.requests.map((r) => r.target)).toEqual([
      "/organization/users?limit=3",
      `/organization/users?limit=3&after=${seeded[2]}`,
      `/organization/users?limit=3&after=${seeded[5]}`,
    ]);
  });

  it("streams json across pages as one array", async () => {
    const { stdout } = await run(list("--format", "json"));
    expect(JSON.parse(stdout)).toHaveLength(7);
  });

  it("streams a table with one header across pages", async () => {
    const { stdout } = await run(list("--format", "table"));
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(8);
    expect(lines.filter((line) => line.startsWith("ID "))).toHaveLength(1);
  });

  it("--max-items stops early and requests no further page", async () => {
    const { stdout } = await run(list("--max-items", "4", "--format", "json"));
    expect(JSON.parse(stdout)).toHaveLength(4);
    expect(sim.current.requests).toHaveLength(2);
  });

  it("--no-paginate prints the first page whole, cursors included", async () => {
    const { stdout } = await run(list("--no-paginate", "--format", "json"));
    expect(JSON.parse(stdout)).toMatchObject({ object: "list", has_more: true, last_id: seededIds()[2] });
    expect(sim.current.requests).toHaveLength(1);
  });

  it("--after starts from a cursor", async () => {
    const { stdout } = await run(list("--after", seededIds()[4] ?? "", "--format", "json"));
    expect(JSON.parse(stdout).map((u: { id: string }) => u.id)).toEqual(seededIds().slice(5));
  });

  it("shows no progress line when stderr is not a terminal", async () => {
    const { stderr } = await run(list());
    expect(stderr).toBe("");
  });
});
