// Invalid input is caught before anything is sent: exit 2, a message naming the flag, and no
// request at the server used as --base-url.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { recordingServerPerFile } from "../helpers/server.js";

const server = recordingServerPerFile();

const CHANNEL = '{"type":"email","recipients":["finance@example.com"]}';
const alert = ["projects:spend-alerts", "create", "proj_abc", "--currency", "USD", "--interval", "month"];

const invalid: [string, { args: string[]; names: string }][] = [
  ["missing required flag", { args: ["invites", "create", "--email", "a@example.com"], names: "--role" }],
  [
    "bad enum",
    { args: ["invites", "create", "--email", "a@example.com", "--role", "admin"], names: "--role" },
  ],
  [
    "bad email",
    { args: ["invites", "create", "--email", "not-an-email", "--role", "reader"], names: "--email" },
  ],
  ["integer above the maximum", { args: ["users", "list", "--limit", "101"], names: "--limit" }],
  [
    "integer below the minimum",
    {
      args: [...alert, "--threshold-amount", "-1", "--notification-channel", CHANNEL],
      names: "--threshold-amount",
    },
  ],
  ["not an integer", { args: ["users", "list", "--limit", "ten"], names: "--limit" }],
  ["unknown flag", { args: ["users", "list", "--limt", "5"], names: "--limt" }],
  [
    "malformed JSON in a flag",
    {
      args: [...alert, "--threshold-amount", "1", "--notification-channel", '{"type":'],
      names: "--notification-channel",
    },
  ],
  [
    "malformed JSON body",
    { args: ["invites", "create", "--data", '{"email": "a@example.com",'], names: "--data" },
  ],
  [
    "invalid nested value",
    {
      args: [
        ...alert,
        "--threshold-amount",
        "1",
        "--notification-channel",
        '{"type":"email","recipients":["finance@"]}',
      ],
      names: "--notification-channel",
    },
  ],
  [
    "nested value missing a required field",
    {
      args: [...alert, "--threshold-amount", "1", "--notification-channel", '{"type":"email"}'],
      names: "--notification-channel",
    },
  ],
  [
    "nested const",
    {
      args: [
        ...alert,
        "--threshold-amount",
        "1",
        "--notification-channel",
        '{"type":"sms","recipients":["a@example.com"]}',
      ],
      names: "--notification-channel",
    },
  ],
  [
    "bad email in a repeated query flag",
    { args: ["users", "list", "--emails", "a@example.com", "--emails", "nope"], names: "--emails" },
  ],
  [
    "unknown field in --data",
    {
      args: ["invites", "create", "--data", '{"email":"a@example.com","role":"reader","rol":"x"}'],
      names: "--data",
    },
  ],
  [
    "bad value in --data",
    { args: ["invites", "create", "--data", '{"email":"a@example.com","role":"boss"}'], names: "role" },
  ],
  ["missing path id", { args: ["users", "retrieve"], names: "--user-id" }],
  ["too many ids", { args: ["users", "retrieve", "user_a", "user_b"], names: "user_b" }],
  ["empty path id", { args: ["users", "retrieve", ""], names: "--user-id" }],
  [
    "dot-segment path id (would resolve to another endpoint)",
    { args: ["users:roles", "delete", "user_abc", "..", "--yes"], names: "--role-id" },
  ],
  ["bad --format", { args: ["users", "list", "--format", "xml"], names: "--format" }],
  ["bad --query", { args: ["users", "list", "--query", "[?"], names: "--query" }],
  ["bad --timeout", { args: ["users", "list", "--timeout", "soon"], names: "--timeout" }],
  ["bad --max-items", { args: ["users", "list", "--max-items", "0"], names: "--max-items" }],
  [
    "--page-size outside the limit's range",
    { args: ["users", "list", "--page-size", "1000"], names: "--page-size" },
  ],
  ["bad --header", { args: ["users", "list", "--header", "no colon"], names: "--header" }],
];

describe("invalid input exits 2 and sends nothing", () => {
  it.each(invalid)("%s", async (_, { args, names }) => {
    const result = await run([...args, "--base-url", server.url]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(names);
    expect(result.stdout).toBe("");
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a base URL that is not http or https", async () => {
    const result = await run(["users", "list", "--base-url", "ftp://127.0.0.1/"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--base-url: must be an http:// or https:// URL");
  });

  it("reports a usage error as JSON with --format json", async () => {
    const result = await run([
      "invites",
      "create",
      "--email",
      "x@example.com",
      "--role",
      "admin",
      "--format",
      "json",
      "--base-url",
      server.url,
    ]);
    expect(result.code).toBe(2);
    const error = JSON.parse(result.stderr);
    expect(error).toMatchObject({ error: { type: "usage_error", flag: "--role" }, exit_code: 2 });
    expect(server.requests).toHaveLength(0);
  });

  it("without a key: exit 2, suggests --mock, sends nothing", async () => {
    const result = await run(["users", "list", "--base-url", server.url], { noKey: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("OPENAI_ADMIN_KEY");
    expect(result.stderr).toContain("--mock");
    expect(server.requests).toHaveLength(0);
  });
});

describe("valid input reaches the server as the spec wants it", () => {
  it("sends typed body fields, repeated flags as arrays and nested JSON", async () => {
    const result = await run([
      ...alert,
      "--threshold-amount",
      "100000",
      "--notification-channel",
      CHANNEL,
      "--base-url",
      server.url,
    ]);
    expect(result.code).toBe(0);
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/organization/projects/proj_abc/spend_alerts");
    expect(JSON.parse(request?.body ?? "")).toEqual({
      threshold_amount: 100000,
      currency: "USD",
      interval: "month",
      notification_channel: { type: "email", recipients: ["finance@example.com"] },
    });
  });

  it("repeats array flags and serializes the emails[] query", async () => {
    await run([
      "projects:model-permissions",
      "update",
      "proj_abc",
      "--mode",
      "allow_list",
      "--model-ids",
      "gpt-4.1",
      "--model-ids",
      "o3",
      "--base-url",
      server.url,
    ]);
    await run([
      "users",
      "list",
      "--emails",
      "a@example.com",
      "--emails",
      "b@example.com",
      "--no-paginate",
      "--base-url",
      server.url,
    ]);
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual({
      mode: "allow_list",
      model_ids: ["gpt-4.1", "o3"],
    });
    const query = new URL(server.requests[1]?.url ?? "", "http://x").searchParams;
    expect(query.getAll("emails[]")).toEqual(["a@example.com", "b@example.com"]);
  });

  it("merges --data (file, YAML) with flags, flags winning", async () => {
    const file = join(tmpdir(), `openai-admin-body-${process.pid}.yaml`);
    writeFileSync(
      file,
      "email: old@example.com\nrole: owner\nprojects:\n  - id: proj_abc\n    role: member\n",
    );
    const result = await run([
      "invites",
      "create",
      "--data",
      `@${file}`,
      "--email",
      "new@example.com",
      "--base-url",
      server.url,
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual({
      email: "new@example.com",
      role: "owner",
      projects: [{ id: "proj_abc", role: "member" }],
    });
  });

  it("reads the body from stdin with --data -", async () => {
    const result = await run(["roles", "create", "--data", "-", "--base-url", server.url], {
      input: JSON.stringify({ role_name: "Auditor", permissions: ["api.organization.read"] }),
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual({
      role_name: "Auditor",
      permissions: ["api.organization.read"],
    });
  });

  it("sends null for a nullable field given as null", async () => {
    await run(["projects", "update", "proj_abc", "--external-key-id", "null", "--base-url", server.url]);
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual({ external_key_id: null });
  });
});
