// One operation of each shape the Administration API has (admin-api-operations.md), each with the
// examples a new operation is expected to carry, for the end-to-end shape tests.

const ok = (description: string, schema: object, value: unknown) => ({
  description,
  content: { "application/json": { schema, examples: { first: { summary: description, value } } } },
});
const body = (schema: object, value: unknown) => ({
  required: true,
  content: { "application/json": { schema, examples: { first: { summary: "A request", value } } } },
});
const object = (properties: Record<string, object>, required = Object.keys(properties)) => ({
  type: "object",
  additionalProperties: false,
  required,
  properties,
});
const str = { type: "string" };
const int = { type: "integer" };
const unauthorized = { $ref: "#/components/responses/Unauthorized" };
const projectId = { $ref: "#/components/parameters/ProjectId" };

export interface Shape {
  shape: string;
  operationId: string;
  method: "GET" | "POST" | "DELETE";
  path: string;
  /** The CLI command the model should derive. */
  command: string[];
  list?: boolean;
}

export const SHAPES: Shape[] = [
  {
    shape: "list-only report, no item path",
    operationId: "list-audit-logs",
    method: "GET",
    path: "/organization/audit_logs",
    command: ["audit-logs", "list"],
    list: true,
  },
  {
    shape: "bucketed report paged by page/next_page",
    operationId: "usage-costs",
    method: "GET",
    path: "/organization/costs",
    command: ["costs", "list"],
    list: true,
  },
  {
    shape: "singleton GET",
    operationId: "Getorganizationspendlimit",
    method: "GET",
    path: "/organization/spend_limit",
    command: ["spend-limit", "retrieve"],
  },
  {
    shape: "singleton POST",
    operationId: "Updateorganizationspendlimit",
    method: "POST",
    path: "/organization/spend_limit",
    command: ["spend-limit", "update"],
  },
  {
    shape: "singleton DELETE",
    operationId: "Deleteorganizationspendlimit",
    method: "DELETE",
    path: "/organization/spend_limit",
    command: ["spend-limit", "delete"],
  },
  {
    shape: "action /activate",
    operationId: "activateOrganizationCertificates",
    method: "POST",
    path: "/organization/certificates/activate",
    command: ["certificates", "activate"],
  },
  {
    shape: "action /deactivate",
    operationId: "deactivateOrganizationCertificates",
    method: "POST",
    path: "/organization/certificates/deactivate",
    command: ["certificates", "deactivate"],
  },
  {
    shape: "collection nested three levels deep",
    operationId: "CreateanAPIkeyforaserviceaccount",
    method: "POST",
    path: "/organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys",
    command: ["projects:service-accounts:api-keys", "create"],
  },
  {
    shape: "path under /projects/{project_id}/, paged by next",
    operationId: "list-project-roles",
    method: "GET",
    path: "/projects/{project_id}/roles",
    command: ["projects:roles", "list"],
    list: true,
  },
];

const spendLimit = object({ object: { type: "string", const: "organization.spend_limit" }, amount: int });
const activation = object({
  object: { type: "string", const: "organization.certificate.activation" },
  data: { type: "array", items: object({ id: str, active: { type: "boolean" } }) },
});
const certificateIds = object({ certificate_ids: { type: "array", items: str, minItems: 1 } });

/** The path items to add to a copy of the spec, keyed by path. */
export const PATHS: Record<string, object> = {
  "/organization/audit_logs": {
    get: {
      operationId: "list-audit-logs",
      tags: ["Users"],
      summary: "List audit logs",
      description: "Lists what users and keys did in the organization, newest first.",
      parameters: [{ $ref: "#/components/parameters/After" }, { $ref: "#/components/parameters/PageLimit" }],
      responses: {
        "200": ok(
          "A page of audit log entries.",
          object(
            {
              object: { type: "string", const: "list" },
              data: { type: "array", items: object({ id: str, type: str, effective_at: int }) },
              first_id: { type: ["string", "null"] },
              last_id: { type: ["string", "null"] },
              has_more: { type: "boolean" },
            },
            ["object", "data", "has_more"],
          ),
          {
            object: "list",
            data: [{ id: "audit_log_abc", type: "project.created", effective_at: 1720000000 }],
            first_id: "audit_log_abc",
            last_id: "audit_log_abc",
            has_more: false,
          },
        ),
        "401": unauthorized,
      },
    },
  },
  "/organization/costs": {
    get: {
      operationId: "usage-costs",
      tags: ["Projects"],
      summary: "Costs",
      description: "Spend per time bucket.",
      parameters: [
        { name: "start_time", in: "query", required: true, schema: int, example: 1730419200 },
        { name: "page", in: "query", required: false, schema: str, example: "page_AAAA" },
      ],
      responses: {
        "200": ok(
          "A page of cost buckets.",
          object({
            object: { type: "string", const: "page" },
            data: {
              type: "array",
              items: object({ object: { type: "string", const: "bucket" }, start_time: int, end_time: int }),
            },
            has_more: { type: "boolean" },
            next_page: { type: ["string", "null"] },
          }),
          {
            object: "page",
            data: [{ object: "bucket", start_time: 1730419200, end_time: 1730505600 }],
            has_more: false,
            next_page: null,
          },
        ),
        "401": unauthorized,
      },
    },
  },
  "/organization/spend_limit": {
    get: {
      operationId: "Getorganizationspendlimit",
      tags: ["Projects"],
      summary: "Get the spend limit",
      description: "Returns the organization's spend limit.",
      responses: {
        "200": ok("The spend limit.", spendLimit, { object: "organization.spend_limit", amount: 500 }),
      },
    },
    post: {
      operationId: "Updateorganizationspendlimit",
      tags: ["Projects"],
      summary: "Set the spend limit",
      description: "Replaces the organization's spend limit.",
      requestBody: body(object({ amount: int }), { amount: 800 }),
      responses: {
        "200": ok("The spend limit.", spendLimit, { object: "organization.spend_limit", amount: 800 }),
      },
    },
    delete: {
      operationId: "Deleteorganizationspendlimit",
      tags: ["Projects"],
      summary: "Remove the spend limit",
      description: "Removes the organization's spend limit.",
      responses: {
        "200": ok(
          "The removed limit.",
          object({
            object: { type: "string", const: "organization.spend_limit.deleted" },
            deleted: { type: "boolean" },
          }),
          { object: "organization.spend_limit.deleted", deleted: true },
        ),
      },
    },
  },
  "/organization/certificates/activate": {
    post: {
      operationId: "activateOrganizationCertificates",
      tags: ["Projects"],
      summary: "Activate certificates",
      description: "Turns on certificates for the organization.",
      requestBody: body(certificateIds, { certificate_ids: ["cert_abc"] }),
      responses: {
        "200": ok("The activated certificates.", activation, {
          object: "organization.certificate.activation",
          data: [{ id: "cert_abc", active: true }],
        }),
      },
    },
  },
  "/organization/certificates/deactivate": {
    post: {
      operationId: "deactivateOrganizationCertificates",
      tags: ["Projects"],
      summary: "Deactivate certificates",
      description: "Turns off certificates for the organization.",
      requestBody: body(certificateIds, { certificate_ids: ["cert_abc"] }),
      responses: {
        "200": ok("The deactivated certificates.", activation, {
          object: "organization.certificate.activation",
          data: [{ id: "cert_abc", active: false }],
        }),
      },
    },
  },
  "/organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys": {
    parameters: [
      projectId,
      { name: "service_account_id", in: "path", required: true, schema: str, example: "svc_acct_abc" },
    ],
    post: {
      operationId: "CreateanAPIkeyforaserviceaccount",
      tags: ["Projects"],
      summary: "Create a service account key",
      description: "Creates an API key for a service account; its value is shown once.",
      requestBody: body(object({ name: str }), { name: "ci" }),
      responses: {
        "200": ok(
          "The new key, with its value.",
          object({ id: str, name: str, value: { type: "string", "x-openai-admin-secret": true } }),
          { id: "key_abc", name: "ci", value: "sk-svcacct-example" },
        ),
      },
    },
  },
  "/projects/{project_id}/roles": {
    parameters: [projectId],
    get: {
      operationId: "list-project-roles",
      tags: ["Roles"],
      summary: "List project roles",
      description: "Lists the roles defined for a project.",
      parameters: [{ $ref: "#/components/parameters/AfterNext" }],
      responses: {
        "200": ok(
          "A page of project roles.",
          object(
            {
              object: { type: "string", const: "list" },
              data: { type: "array", items: object({ id: str, name: str }) },
              has_more: { type: "boolean" },
              next: { type: ["string", "null"] },
            },
            ["object", "data", "has_more", "next"],
          ),
          { object: "list", data: [{ id: "role_abc", name: "Reader" }], has_more: false, next: null },
        ),
      },
    },
  },
};

/** An operation with no examples at all: the contract suite must refuse it, by name. */
export const WITHOUT_EXAMPLES: Record<string, object> = {
  "/organization/groups": {
    get: {
      operationId: "list-groups",
      tags: ["Users"],
      summary: "List groups",
      description: "Lists the groups of the organization.",
      responses: {
        "200": {
          description: "A page of groups.",
          content: {
            "application/json": {
              schema: object(
                {
                  object: { type: "string", const: "list" },
                  data: { type: "array", items: object({ id: str }) },
                },
                ["object", "data"],
              ),
            },
          },
        },
      },
    },
  },
};
