// The model's own rules, on a copy of the repo spec with one new operation of each shape added
// (test/shapes.ts), and on the committed model of the repo spec itself: what each operation's
// response is, how its list pages, what the CLI (and the official CLI) calls it, and what the spec
// marks destructive or secret.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { model as committed } from "@openai-admin/spec/model";
import { afterAll, describe, expect, test } from "vitest";
import { parse, stringify } from "yaml";
import { buildModel, type ModelOperation, repoSpec } from "../src/index.js";
import { PATHS, SHAPES } from "./shapes.js";

const dir = mkdtempSync(join(tmpdir(), "openai-admin-model-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const document = parse(readFileSync(repoSpec, "utf8")) as { paths: Record<string, object> };
Object.assign(document.paths, PATHS);
const file = join(dir, "openapi.yaml");
writeFileSync(file, stringify(document));
const { operations } = await buildModel(file);
const byId = (id: string) => operations.find((op) => op.operationId === id) as ModelOperation;

describe("derived from a spec with a new operation of every shape", () => {
  test("the shapes are new: the repo spec has none of their paths or operationIds", () => {
    const real = committed.operations;
    expect(real.filter((op) => Object.hasOwn(PATHS, op.path)).map((op) => op.path)).toEqual([]);
    expect(real.filter((op) => SHAPES.some((s) => s.operationId === op.operationId))).toEqual([]);
    expect(operations).toHaveLength(real.length + SHAPES.length);
  });

  test.each([
    ["list-access-reports", { kind: "list", cursor: "last_id", command: "access-reports list" }],
    ["usage-batches", { kind: "list", cursor: "next_page", command: "usage batches" }],
    [
      "usage-credits",
      { kind: "list", cursor: "next_page", command: "credits list", official: "usage credits" },
    ],
    ["retrieve-billing-limit", { kind: "object", command: "billing-limit retrieve" }],
    ["update-billing-limit", { kind: "object", command: "billing-limit update" }],
    ["delete-billing-limit", { kind: "object", command: "billing-limit delete" }],
    ["activate-tunnels", { kind: "object", command: "tunnels activate" }],
    ["deactivate-tunnels", { kind: "object", command: "tunnels deactivate" }],
    [
      "list-service-account-tokens",
      { kind: "list", cursor: "last_id", command: "projects:service-accounts:tokens list" },
    ],
    ["create-service-account-token", { kind: "object", command: "projects:service-accounts:tokens create" }],
    ["list-project-policies", { kind: "list", cursor: "next", command: "projects:policies list" }],
  ])(
    "%s",
    (id, { official, ...want }: { official?: string; kind: string; cursor?: string; command: string }) => {
      const op = byId(id);
      expect({
        kind: op.kind,
        ...(op.cursor ? { cursor: op.cursor } : {}),
        command: `${op.cli.resource} ${op.cli.verb}`,
      }).toEqual(want);
      expect(`${op.cli.officialName} ${op.cli.officialVerb}`).toBe(
        `admin:organization:${official ?? want.command}`,
      );
      // The shape table the end-to-end test walks says the same.
      const shape = SHAPES.find((s) => s.operationId === id);
      expect(shape?.command.join(" ")).toBe(want.command);
      expect(shape?.official?.join(" ")).toBe(official);
    },
  );

  test("every shape in SHAPES is checked above", () => {
    expect(SHAPES.map((s) => byId(s.operationId)?.path)).toEqual(SHAPES.map((s) => s.path));
  });

  test("the real operations keep their commands next to the new ones", () => {
    const before = committed.operations.map((op) => [op.operationId, op.cli]);
    expect(before.map(([id]) => [id, byId(id as string).cli])).toEqual(before);
  });

  test("path parameters come in path order, with their examples", () => {
    const op = byId("create-service-account-token");
    expect(op.pathParams.map((p) => [p.name, p.example])).toEqual([
      ["project_id", "proj_abc"],
      ["service_account_id", "svc_acct_abc"],
    ]);
    expect(op.requestBody).toMatchObject({
      mediaType: "application/json",
      examples: [{ value: { name: "ci" } }],
    });
  });

  test("destructive: every DELETE, and what the spec marks; no other operation", () => {
    const marked = [
      "archive-project",
      "deactivateOrganizationCertificates",
      "deactivateProjectCertificates",
      "deactivate-tunnels",
    ];
    expect(operations.filter((op) => op.destructive).map((op) => op.operationId)).toEqual(
      operations
        .filter((op) => op.method === "delete" || marked.includes(op.operationId))
        .map((op) => op.operationId),
    );
    expect(byId("activate-tunnels").destructive).toBe(false);
  });

  test("secrets: the fields the spec marks, nothing else", () => {
    expect(operations.filter((op) => op.secrets.length).map((op) => [op.operationId, op.secrets])).toEqual([
      ["admin-api-keys-create", ["value"]],
      ["create-project-service-account", ["api_key.value"]],
      ["CreateanAPIkeyforaserviceaccount", ["value"]],
      ["create-service-account-token", ["value"]],
    ]);
  });

  test("statuses keep their examples, resolved", () => {
    const unauthorized = byId("usage-batches").responses.find((r) => r.status === "401");
    expect(unauthorized?.examples.length).toBeGreaterThan(0);
    expect(JSON.stringify(operations)).not.toContain('"$ref"');
  });
});

describe("the committed model of the repo spec", () => {
  const real = committed.operations;
  const find = (id: string) => real.find((op) => op.operationId === id) as ModelOperation;

  test("has all 119 operations of the Administration API, each with its own command", () => {
    expect(real).toHaveLength(119);
    expect(new Set(real.map((op) => op.operationId)).size).toBe(119);
    expect(new Set(real.map((op) => `${op.cli.resource} ${op.cli.verb}`)).size).toBe(119);
  });

  test.each([
    // [operationId, kind and cursor, our command, the official CLI's command]
    ["list-audit-logs", "list last_id", "audit-logs list", "audit-logs list"],
    ["usage-completions", "list next_page", "usage completions", "usage completions"],
    ["usage-vector-stores", "list next_page", "usage vector-stores", "usage vector-stores"],
    ["usage-costs", "list next_page", "costs list", "usage costs"],
    [
      "list-project-rate-limits",
      "list last_id",
      "projects:rate-limits list",
      "projects:rate-limits list-rate-limits",
    ],
    [
      "update-project-rate-limits",
      "object",
      "projects:rate-limits update",
      "projects:rate-limits update-rate-limit",
    ],
    ["list-roles", "list next", "roles list", "roles list"],
    ["list-project-roles", "list next", "projects:roles list", "projects:roles list"],
    ["Getorganizationspendlimit", "object", "spend-limit retrieve", "spend-limit retrieve"],
    ["Updateorganizationspendlimit", "object", "spend-limit update", "spend-limit update"],
    ["Deleteorganizationspendlimit", "object", "spend-limit delete", "spend-limit delete"],
    ["activateOrganizationCertificates", "object", "certificates activate", "certificates activate"],
    [
      "deactivateProjectCertificates",
      "object",
      "projects:certificates deactivate",
      "projects:certificates deactivate",
    ],
    ["archive-project", "object", "projects archive", "projects archive"],
    [
      "CreateanAPIkeyforaserviceaccount",
      "object",
      "projects:service-accounts:api-keys create",
      "projects:service-accounts:api-keys create",
    ],
    [
      "update-project-model-permissions",
      "object",
      "projects:model-permissions update",
      "projects:model-permissions update",
    ],
    ["assign-user-role", "object", "users:roles create", "users:roles create"],
    [
      "list-project-group-role-assignments",
      "list next",
      "projects:groups:roles list",
      "projects:groups:roles list",
    ],
  ])("%s: %s, `%s` (official `%s`)", (id, kind, command, official) => {
    const op = find(id);
    expect([op.kind, op.cursor].filter(Boolean).join(" ")).toBe(kind);
    expect(`${op.cli.resource} ${op.cli.verb}`).toBe(command);
    expect(`${op.cli.officialName} ${op.cli.officialVerb}`).toBe(`admin:organization:${official}`);
  });

  test("destructive: the 21 DELETEs, archiving a project and deactivating certificates (24)", () => {
    const destructive = real.filter((op) => op.destructive);
    expect(destructive).toHaveLength(24);
    expect(destructive.filter((op) => op.method !== "delete").map((op) => op.operationId)).toEqual([
      "archive-project",
      "deactivateOrganizationCertificates",
      "deactivateProjectCertificates",
    ]);
    expect(real.filter((op) => op.method === "delete").every((op) => op.destructive)).toBe(true);
  });

  test("secrets: the new key values the three create operations show once", () => {
    expect(real.filter((op) => op.secrets.length).map((op) => [op.operationId, op.secrets])).toEqual([
      ["admin-api-keys-create", ["value"]],
      ["create-project-service-account", ["api_key.value"]],
      ["CreateanAPIkeyforaserviceaccount", ["value"]],
    ]);
  });
});

test("the committed model is the repo spec's", async () => {
  expect(await buildModel(repoSpec)).toEqual(committed);
});

test("a $ref that resolves nowhere stops the build instead of leaving a hole in the model", async () => {
  const broken = join(dir, "broken.yaml");
  writeFileSync(
    broken,
    readFileSync(repoSpec, "utf8").replace(
      "#/components/parameters/UserId",
      "#/components/parameters/Nowhere",
    ),
  );
  await expect(buildModel(broken)).rejects.toThrow(/Can't resolve \$ref/);
});
