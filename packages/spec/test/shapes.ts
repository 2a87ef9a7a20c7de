// One operation of each shape the Administration API has (admin-api-operations.md), each with the
// examples a new operation is expected to carry, for the end-to-end shape tests. They are new,
// made-up endpoints (paths and operationIds the repo spec does not have; model.test.ts checks
// that), so the tests prove that a *new* endpoint of each shape needs nothing but a spec edit.

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

const serviceAccountId = {
  name: "service_account_id",
  in: "path",
  required: true,
  schema: str,
  example: "svc_acct_abc",
};

export interface Shape {
  shape: string;
  operationId: string;
  method: "GET" | "POST" | "DELETE";
  path: string;
  /** The CLI command the model should derive. */
  command: string[];
  /** The official CLI's resource and verb (after `admin:organization:`), where not `command`. */
  official?: string[];
  list?: boolean;
}

export const SHAPES: Shape[] = [
  {
    shape: "list-only report, no item path",
    operationId: "list-access-reports",
    method: "GET",
    path: "/organization/access_reports",
    command: ["access-reports", "list"],
    list: true,
  },
  {
    shape: "bucketed report under a noun with no operation of its own",
    operationId: "usage-batches",
    method: "GET",
    path: "/organization/usage/batches",
    command: ["usage", "batches"],
    list: true,
  },
  {
    shape: "bucketed report the official CLI names differently (x-openai-admin-official)",
    operationId: "usage-credits",
    method: "GET",
    path: "/organization/credits",
    command: ["credits", "list"],
    official: ["usage", "credits"],
    list: true,
  },
  {
    shape: "singleton GET",
    operationId: "retrieve-billing-limit",
    method: "GET",
    path: "/organization/billing_limit",
    command: ["billing-limit", "retrieve"],
  },
  {
    shape: "singleton POST",
    operationId: "update-billing-limit",
    method: "POST",
    path: "/organization/billing_limit",
    command: ["billing-limit", "update"],
  },
  {
    shape: "singleton DELETE",
    operationId: "delete-billing-limit",
    method: "DELETE",
    path: "/organization/billing_limit",
    command: ["billing-limit", "delete"],
  },
  {
    shape: "action /activate",
    operationId: "activate-tunnels",
    method: "POST",
    path: "/organization/tunnels/activate",
    command: ["tunnels", "activate"],
  },
  {
    shape: "action /deactivate, marked destructive",
    operationId: "deactivate-tunnels",
    method: "POST",
    path: "/organization/tunnels/deactivate",
    command: ["tunnels", "deactivate"],
  },
  {
    shape: "collection nested three levels deep, GET",
    operationId: "list-service-account-tokens",
    method: "GET",
    path: "/organization/projects/{project_id}/service_accounts/{service_account_id}/tokens",
    command: ["projects:service-accounts:tokens", "list"],
    list: true,
  },
  {
    shape: "collection nested three levels deep, POST (with a secret)",
    operationId: "create-service-account-token",
    method: "POST",
    path: "/organization/projects/{project_id}/service_accounts/{service_account_id}/tokens",
    command: ["projects:service-accounts:tokens", "create"],
  },
  {
    shape: "path under /projects/{project_id}/, paged by next",
    operationId: "list-project-policies",
    method: "GET",
    path: "/projects/{project_id}/policies",
    command: ["projects:policies", "list"],
    list: true,
  },
];

const billingLimit = object({ object: { type: "string", const: "organization.billing_limit" }, amount: int });
const activation = object({
  object: { type: "string", const: "organization.tunnel.activation" },
  data: { type: "array", items: object({ id: str, active: { type: "boolean" } }) },
});
const tunnelIds = object({ tunnel_ids: { type: "array", items: str, minItems: 1 } });
const token = object({
  object: { type: "string", const: "organization.service_account.token" },
  id: str,
  name: str,
});

/** A bucketed report (`object: "page"`, paged by `page` = the last page's `next_page`). */
const bucketed = (operationId: string, summary: string, extra: object = {}) => ({
  get: {
    operationId,
    ...extra,
    tags: ["Usage"],
    summary,
    description: `${summary}, per time bucket.`,
    parameters: [
      { name: "start_time", in: "query", required: true, schema: int, example: 1730419200 },
      { name: "page", in: "query", required: false, schema: str, example: "page_AAAA" },
    ],
    responses: {
      "200": ok(
        `A page of ${summary.toLowerCase()} buckets.`,
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
});

/** An action on the organization's tunnels, `/organization/tunnels/<verb>`. */
const tunnelAction = (verb: "activate" | "deactivate", active: boolean, extra: object = {}) => ({
  post: {
    operationId: `${verb}-tunnels`,
    ...extra,
    tags: ["Projects"],
    summary: `${verb === "activate" ? "Activate" : "Deactivate"} tunnels`,
    description: `Turns ${active ? "on" : "off"} tunnels for the organization.`,
    requestBody: body(tunnelIds, { tunnel_ids: ["tunnel_abc"] }),
    responses: {
      "200": ok(`The ${verb}d tunnels.`, activation, {
        object: "organization.tunnel.activation",
        data: [{ id: "tunnel_abc", active }],
      }),
    },
  },
});

/** The path items to add to a copy of the spec, keyed by path. */
export const PATHS: Record<string, object> = {
  "/organization/access_reports": {
    get: {
      operationId: "list-access-reports",
      tags: ["Users"],
      summary: "List access reports",
      description: "Lists who accessed what in the organization, newest first.",
      parameters: [{ $ref: "#/components/parameters/After" }, { $ref: "#/components/parameters/PageLimit" }],
      responses: {
        "200": ok(
          "A page of access reports.",
          object(
            {
              object: { type: "string", const: "list" },
              data: { type: "array", items: object({ id: str, type: str, created_at: int }) },
              first_id: { type: ["string", "null"] },
              last_id: { type: ["string", "null"] },
              has_more: { type: "boolean" },
            },
            ["object", "data", "has_more"],
          ),
          {
            object: "list",
            data: [{ id: "access_report_abc", type: "project.viewed", created_at: 1720000000 }],
            first_id: "access_report_abc",
            last_id: "access_report_abc",
            has_more: false,
          },
        ),
        "401": unauthorized,
      },
    },
  },
  "/organization/usage/batches": bucketed("usage-batches", "Batch usage"),
  "/organization/credits": bucketed("usage-credits", "Credits", {
    "x-openai-admin-official": "usage credits",
  }),
  "/organization/billing_limit": {
    get: {
      operationId: "retrieve-billing-limit",
      tags: ["Projects"],
      summary: "Get the billing limit",
      description: "Returns the organization's billing limit.",
      responses: {
        "200": ok("The billing limit.", billingLimit, { object: "organization.billing_limit", amount: 500 }),
      },
    },
    post: {
      operationId: "update-billing-limit",
      tags: ["Projects"],
      summary: "Set the billing limit",
      description: "Replaces the organization's billing limit.",
      requestBody: body(object({ amount: int }), { amount: 800 }),
      responses: {
        "200": ok("The billing limit.", billingLimit, { object: "organization.billing_limit", amount: 800 }),
      },
    },
    delete: {
      operationId: "delete-billing-limit",
      tags: ["Projects"],
      summary: "Remove the billing limit",
      description: "Removes the organization's billing limit.",
      responses: {
        "200": ok(
          "The removed limit.",
          object({
            object: { type: "string", const: "organization.billing_limit.deleted" },
            deleted: { type: "boolean" },
          }),
          { object: "organization.billing_limit.deleted", deleted: true },
        ),
      },
    },
  },
  "/organization/tunnels/activate": tunnelAction("activate", true),
  "/organization/tunnels/deactivate": tunnelAction("deactivate", false, {
    "x-openai-admin-destructive": true,
  }),
  "/organization/projects/{project_id}/service_accounts/{service_account_id}/tokens": {
    parameters: [projectId, serviceAccountId],
    get: {
      operationId: "list-service-account-tokens",
      tags: ["Projects"],
      summary: "List service account tokens",
      description: "Lists the tokens of a service account, without their values.",
      parameters: [{ $ref: "#/components/parameters/After" }, { $ref: "#/components/parameters/PageLimit" }],
      responses: {
        "200": ok(
          "A page of tokens.",
          object(
            {
              object: { type: "string", const: "list" },
              data: { type: "array", items: token },
              first_id: { type: ["string", "null"] },
              last_id: { type: ["string", "null"] },
              has_more: { type: "boolean" },
            },
            ["object", "data", "has_more"],
          ),
          {
            object: "list",
            data: [{ object: "organization.service_account.token", id: "tok_abc", name: "ci" }],
            first_id: "tok_abc",
            last_id: "tok_abc",
            has_more: false,
          },
        ),
      },
    },
    post: {
      operationId: "create-service-account-token",
      tags: ["Projects"],
      summary: "Create a service account token",
      description: "Creates a token for a service account; its value is shown once.",
      requestBody: body(object({ name: str }), { name: "ci" }),
      responses: {
        "200": ok(
          "The new token, with its value.",
          object({
            object: { type: "string", const: "organization.service_account.token" },
            id: str,
            name: str,
            value: { type: "string", "x-openai-admin-secret": true },
          }),
          { object: "organization.service_account.token", id: "tok_abc", name: "ci", value: "tok-example" },
        ),
      },
    },
  },
  "/projects/{project_id}/policies": {
    parameters: [projectId],
    get: {
      operationId: "list-project-policies",
      tags: ["Roles"],
      summary: "List project policies",
      description: "Lists the access policies of a project.",
      parameters: [{ $ref: "#/components/parameters/AfterNext" }],
      responses: {
        "200": ok(
          "A page of project policies.",
          object(
            {
              object: { type: "string", const: "list" },
              data: { type: "array", items: object({ id: str, name: str }) },
              has_more: { type: "boolean" },
              next: { type: ["string", "null"] },
            },
            ["object", "data", "has_more", "next"],
          ),
          { object: "list", data: [{ id: "policy_abc", name: "Read only" }], has_more: false, next: null },
        ),
      },
    },
  },
};

/** An operation with no examples at all: the contract suite must refuse it, by name. */
export const WITHOUT_EXAMPLES: Record<string, object> = {
  "/organization/login_sessions": {
    get: {
      operationId: "list-login-sessions",
      tags: ["Users"],
      summary: "List login sessions",
      description: "Lists the open login sessions of the organization.",
      responses: {
        "200": {
          description: "A page of login sessions.",
          content: {
            "application/json": {
              schema: object(
                {
                  object: { type: "string", const: "list" },
                  data: { type: "array", items: object({ id: str }) },
                  has_more: { type: "boolean" },
                },
                ["object", "data", "has_more"],
              ),
            },
          },
        },
      },
    },
  },
};
