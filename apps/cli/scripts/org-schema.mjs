// @ts-check
// Derives the JSON Schema of `openai-admin org` documents (generated/org.schema.json) from the
// operation model (@openai-admin/spec): every field of the document is the request body field of
// the operation that sets it, so the schema an editor checks against is what the API accepts.
// `--check` compares instead of writing (CI proves the committed schema is current).

import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { modelOf } from "@openai-admin/spec";
import { emit, finish, specHash, specPath } from "../../../scripts/codegen.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const spec = specPath();
const model = await modelOf(spec);

/** The URL every export names in its `$schema` line: the file as published with the CLI. */
export const ORG_SCHEMA_URL = "https://unpkg.com/@openai-admin/cli/generated/org.schema.json";

/** @param {string} operationId */
function body(operationId) {
  const op = model.operations.find((o) => o.operationId === operationId);
  const schema = op?.requestBody?.schema;
  if (!schema) throw new Error(`org-schema: ${operationId} has no request body in the model`);
  return schema;
}

/**
 * A schema without the spec's `examples` (editors show descriptions; examples of ids do not fit a
 * document keyed by names).
 * @param {any} schema
 * @returns {any}
 */
function clean(schema) {
  if (Array.isArray(schema)) return schema.map(clean);
  if (schema === null || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => key !== "examples" && key !== "example")
      .map(([key, value]) => [key, key === "properties" ? mapValues(value, clean) : clean(value)]),
  );
}

/** @param {Record<string, any>} object @param {(v: any) => any} f */
const mapValues = (object, f) => Object.fromEntries(Object.entries(object).map(([k, v]) => [k, f(v)]));

/** @param {string} operationId @param {string} field */
const field = (operationId, field) => clean(body(operationId).properties[field]);

/** @param {string} description @param {Record<string, any>} properties @param {string[]} required */
const object = (description, properties, required) => ({
  type: "object",
  description,
  required,
  properties,
  additionalProperties: false,
});

/** @param {string} description @param {any} items */
const list = (description, items) => ({ type: "array", description, items });

const email = { ...field("inviteUser", "email"), description: "Email address: the user's natural key." };
/** @param {string} what */
const roleNames = (what) =>
  list(
    `Custom ${what} roles given, by name; left out, none (assignments beyond the list are removed with --prune).`,
    {
      type: "string",
    },
  );
/** @param {string} create */
const customRole = (create) =>
  object(
    "A custom role.",
    {
      name: field(create, "role_name"),
      description: field(create, "description"),
      permissions: field(create, "permissions"),
    },
    ["name", "permissions"],
  );
const orgRole = field("inviteUser", "role");
const spendLimit = (/** @type {string} */ operationId, /** @type {string} */ what) => ({
  description: `${what} spend limit; null means none (removing one needs --prune).`,
  anyOf: [clean(body(operationId)), { type: "null" }],
});

const schema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: ORG_SCHEMA_URL,
  $comment: `Generated from spec/openapi.yaml (sha256 ${specHash(spec)}) by apps/cli/scripts/org-schema.mjs. Do not edit it by hand: run \`pnpm generate\`.`,
  title: "openai-admin organization document",
  description:
    "The desired state of an OpenAI organization, keyed by emails and names (`openai-admin org export`, `org plan`, `org apply`). A section left out is left alone.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string", description: "The URL of this schema." },
    users: list(
      "Members of the organization. One not yet a member is invited (with the projects the document gives them).",
      object("A member.", { email, role: orgRole, roles: roleNames("organization") }, ["email", "role"]),
    ),
    invites: list(
      "Pending invitations.",
      object("A pending invitation.", { email, role: orgRole }, ["email", "role"]),
    ),
    roles: list("Custom organization roles, by name.", customRole("create-role")),
    groups: list(
      "Groups, by name.",
      object(
        "A group.",
        {
          name: field("create-group", "name"),
          members: list(
            "Members of the group, by email; left out, none (others are removed with --prune).",
            email,
          ),
          roles: roleNames("organization"),
        },
        ["name"],
      ),
    ),
    projects: list(
      "Projects, by name.",
      object(
        "A project.",
        {
          name: field("create-project", "name"),
          status: {
            type: "string",
            enum: ["active", "archived"],
            description:
              "active, or archived (archiving needs --prune; an archived project's settings are not managed).",
          },
          model_permissions: clean(body("update-project-model-permissions")),
          spend_alerts: list(
            "Spend alerts, matched by threshold, currency and interval.",
            clean(body("create-project-spend-alert")),
          ),
          spend_limit: spendLimit("Updateprojectspendlimit", "The project's"),
          data_retention: field("update-project-data-retention", "retention_type"),
          rate_limits: {
            type: "object",
            description: "Rate limits by model; a model left out keeps its limits.",
            additionalProperties: clean(body("update-project-rate-limits")),
          },
          roles: list("Custom roles of the project, by name.", customRole("create-project-role")),
          users: list(
            "Members of the project, by email.",
            object(
              "A project member.",
              { email, role: field("create-project-user", "role"), roles: roleNames("project") },
              ["email", "role"],
            ),
          ),
          groups: list(
            "Groups given access to the project, by name.",
            object(
              "A group in the project.",
              { name: field("create-group", "name"), roles: roleNames("project") },
              ["name"],
            ),
          ),
          service_accounts: list(
            "Service accounts, by name (created without a key).",
            field("create-project-service-account", "name"),
          ),
        },
        ["name"],
      ),
    ),
    spend_limit: spendLimit("Updateorganizationspendlimit", "The organization's"),
    data_retention: field("update-organization-data-retention", "retention_type"),
  },
};

emit(resolve(here, "../generated/org.schema.json"), `${JSON.stringify(schema, null, 2)}\n`);
finish();
