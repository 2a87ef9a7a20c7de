// The model's own rules, on a copy of the repo spec with one operation of each shape added: what
// each operation's response is, how its list pages, what the CLI calls it, and what the spec
// marks destructive or secret.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { model as committed } from "@openai-admin/spec/model";
import { afterAll, describe, expect, test } from "vitest";
import { parse, stringify } from "yaml";
import { buildModel, type ModelOperation, repoSpec } from "../src/index.js";
import { PATHS } from "./shapes.js";

const dir = mkdtempSync(join(tmpdir(), "openai-admin-model-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const document = parse(readFileSync(repoSpec, "utf8")) as { paths: Record<string, object> };
Object.assign(document.paths, PATHS);
const file = join(dir, "openapi.yaml");
writeFileSync(file, stringify(document));
const { operations } = await buildModel(file);
const byId = (id: string) => operations.find((op) => op.operationId === id) as ModelOperation;

describe("derived from a spec with every shape", () => {
  test.each([
    ["list-audit-logs", { kind: "list", cursor: "last_id", command: "audit-logs list" }],
    ["usage-costs", { kind: "list", cursor: "next_page", command: "costs list" }],
    ["list-project-roles", { kind: "list", cursor: "next", command: "projects:roles list" }],
    ["list-roles", { kind: "list", cursor: "next", command: "roles list" }],
    ["Getorganizationspendlimit", { kind: "object", command: "spend-limit retrieve" }],
    ["Updateorganizationspendlimit", { kind: "object", command: "spend-limit update" }],
    ["Deleteorganizationspendlimit", { kind: "object", command: "spend-limit delete" }],
    ["activateOrganizationCertificates", { kind: "object", command: "certificates activate" }],
    ["archive-project", { kind: "object", command: "projects archive" }],
    [
      "CreateanAPIkeyforaserviceaccount",
      { kind: "object", command: "projects:service-accounts:api-keys create" },
    ],
    ["update-project-model-permissions", { kind: "object", command: "projects:model-permissions update" }],
    ["assign-user-role", { kind: "object", command: "users:roles create" }],
  ])("%s", (id, want) => {
    const op = byId(id);
    expect({
      kind: op.kind,
      ...(op.cursor ? { cursor: op.cursor } : {}),
      command: `${op.cli.resource} ${op.cli.verb}`,
    }).toEqual(want);
    expect(op.cli.officialName).toBe(`admin:organization:${op.cli.resource}`);
  });

  test("path parameters come in path order, with their examples", () => {
    const op = byId("CreateanAPIkeyforaserviceaccount");
    expect(op.pathParams.map((p) => [p.name, p.example])).toEqual([
      ["project_id", "proj_abc"],
      ["service_account_id", "svc_acct_abc"],
    ]);
    expect(op.requestBody).toMatchObject({
      mediaType: "application/json",
      examples: [{ value: { name: "ci" } }],
    });
  });

  test("destructive: every DELETE, and what the spec marks (archive); no other operation", () => {
    expect(operations.filter((op) => op.destructive).map((op) => op.operationId)).toEqual(
      operations
        .filter((op) => op.method === "delete" || op.operationId === "archive-project")
        .map((op) => op.operationId),
    );
  });

  test("secrets: the fields the spec marks, nothing else", () => {
    expect(byId("CreateanAPIkeyforaserviceaccount").secrets).toEqual(["value"]);
    expect(operations.filter((op) => op.secrets.length).map((op) => op.operationId)).toEqual([
      "CreateanAPIkeyforaserviceaccount",
    ]);
  });

  test("statuses keep their examples, resolved", () => {
    const unauthorized = byId("usage-costs").responses.find((r) => r.status === "401");
    expect(unauthorized?.examples.length).toBeGreaterThan(0);
    expect(JSON.stringify(operations)).not.toContain('"$ref"');
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
