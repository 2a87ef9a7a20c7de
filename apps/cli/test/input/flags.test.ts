// How the command line is read (src/cli/argv.ts, on node:util parseArgs), as a user sees it: what
// each way of writing a flag sends, and each mistake refused with exit 2, a message naming the
// flag, and nothing sent.
import { describe, expect, it } from "vitest";
import { expectUsageError, run } from "../helpers/cli.js";
import { recordingServerPerFile } from "../helpers/server.js";

// Lists answer with an empty page, everything else with an empty object.
const server = recordingServerPerFile((request, response) => {
  response.writeHead(200, { "content-type": "application/json" });
  const list = /^\/organization\/(users|projects)(\?|$)/.test(request.url);
  response.end(list ? '{"object":"list","data":[],"has_more":false}' : "{}");
});
// The server goes first, so that a flag left without a value at the end stays without one.
const send = (args: string[]) => run(["--base-url", server.url, ...args]);

const accepted: [string, { args: string[]; sent: string }][] = [
  ["--flag value", { args: ["users", "list", "--limit", "5"], sent: "GET /organization/users?limit=5" }],
  ["--flag=value", { args: ["users", "list", "--limit=5"], sent: "GET /organization/users?limit=5" }],
  [
    "a repeated flag, in the order given",
    {
      args: ["users", "list", "--emails", "b@example.com", "--emails=a@example.com"],
      sent: "GET /organization/users?emails[]=b%40example.com&emails[]=a%40example.com",
    },
  ],
  [
    "--no-flag for a boolean",
    {
      args: ["projects", "list", "--no-include-archived"],
      sent: "GET /organization/projects?include_archived=false",
    },
  ],
  [
    "--flag=no",
    {
      args: ["projects", "list", "--include-archived=no"],
      sent: "GET /organization/projects?include_archived=false",
    },
  ],
  [
    "--no-flag=0",
    {
      args: ["projects", "list", "--no-include-archived=0"],
      sent: "GET /organization/projects?include_archived=true",
    },
  ],
  [
    "a short boolean flag",
    { args: ["users", "delete", "user_abc", "-y"], sent: "DELETE /organization/users/user_abc" },
  ],
  ["a number is an argument", { args: ["users", "retrieve", "-5"], sent: "GET /organization/users/-5" }],
  [
    "-- ends the flags",
    {
      args: ["users", "retrieve", "--max-retries", "0", "--", "--user"],
      sent: "GET /organization/users/--user",
    },
  ],
];

describe("flags, written any of the accepted ways", () => {
  it.each(accepted)("%s", async (_, { args, sent }) => {
    const result = await send(args);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([sent]);
  });
});

const refused: [string, { args: string[]; message: string }][] = [
  [
    "an unknown flag, with the closest one",
    { args: ["users", "list", "--limt", "5"], message: "unknown flag --limt. Did you mean --limit?" },
  ],
  ["an unknown short flag", { args: ["users", "list", "-z"], message: "unknown flag -z." }],
  [
    "short flags run together",
    { args: ["users", "delete", "user_abc", "-yh"], message: "unknown flag -yh." },
  ],
  [
    "--no- on a flag that takes a value",
    { args: ["users", "list", "--no-limit"], message: "unknown flag --no-limit." },
  ],
  [
    "a flag with no value at the end",
    { args: ["users", "list", "--limit"], message: "--limit needs a value." },
  ],
  [
    "a boolean given a value that is not true or false",
    {
      args: ["projects", "list", "--include-archived=maybe"],
      message: '--include-archived takes no value or true/false, got "maybe".',
    },
  ],
  [
    "a workflow command's flag misspelt",
    { args: ["org", "plan", "--prun"], message: "unknown flag --prun. Did you mean --prune?" },
  ],
  [
    "a workflow command's short flag with no value",
    { args: ["org", "plan", "-f"], message: "--file needs a value." },
  ],
  ["a report's flag with no value", { args: ["report", "costs", "--by"], message: "--by needs a value." }],
  [
    "a workflow command's boolean given a value",
    {
      args: ["users", "offboard", "user_abc", "--dry-run=maybe"],
      message: '--dry-run takes no value or true/false, got "maybe".',
    },
  ],
];

describe("a flag written wrong exits 2 and sends nothing", () => {
  it.each(refused)("%s", async (_, { args, message }) => {
    const result = await send(args);
    expectUsageError(result, `error: ${message}\n`);
    expect(result.stdout).toBe("");
    expect(server.requests).toHaveLength(0);
  });

  it("says so as JSON with --format json, naming the flag", async () => {
    const result = await send(["users", "list", "-o", "json", "--limt", "5"]);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stderr)).toEqual({
      error: { type: "usage_error", message: "unknown flag --limt. Did you mean --limit?", flag: "--limt" },
      exit_code: 2,
    });
    expect(server.requests).toHaveLength(0);
  });
});
