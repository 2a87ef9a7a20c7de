import { MOCK_TEST_TIMEOUT_MS, type Mock, startMock } from "@openai-admin/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminClient, createAdminClient, NotFoundError, paginate, unwrap } from "../src/index.js";
import { rejection } from "./helpers/server.js";

// One call per resource group against Prism serving the spec: the typed client and the spec agree.
let mock: Mock;
let client: AdminClient;

beforeAll(async () => {
  mock = await startMock();
  client = createAdminClient({ adminApiKey: "sk-admin-mock", baseUrl: mock.url, maxRetries: 0 });
}, MOCK_TEST_TIMEOUT_MS);
afterAll(() => mock?.stop());

const project = { params: { path: { project_id: "proj_abc" } } };

describe("against the Prism mock of the spec", () => {
  it("users: lists users", async () => {
    const users = await unwrap(client.GET("/organization/users", { params: { query: { limit: 2 } } }));
    expect(users.object).toBe("list");
    expect(users.data[0]?.object).toBe("organization.user");
  });

  it("user roles: lists a user's role assignments", async () => {
    const roles = await unwrap(
      client.GET("/organization/users/{user_id}/roles", { params: { path: { user_id: "user_abc" } } }),
    );
    expect(roles.data[0]?.permissions).toEqual(expect.any(Array));
    expect(roles).toHaveProperty("next");
  });

  it("roles: pages through organization roles", async () => {
    const names: string[] = [];
    for await (const role of paginate(client, "/organization/roles")) names.push(role.name);
    expect(names.length).toBeGreaterThan(0);
  });

  it("invites: invites a user", async () => {
    const invite = await unwrap(
      client.POST("/organization/invites", { body: { email: "ada@example.com", role: "reader" } }),
    );
    expect(invite.object).toBe("organization.invite");
    expect(invite.id).toEqual(expect.any(String));
  });

  it("projects: retrieves a project", async () => {
    const found = await unwrap(client.GET("/organization/projects/{project_id}", project));
    expect(found.object).toBe("organization.project");
  });

  it("model permissions: replaces a project's allow list", async () => {
    const permissions = await unwrap(
      client.POST("/organization/projects/{project_id}/model_permissions", {
        ...project,
        body: { mode: "allow_list", model_ids: ["gpt-4.1"] },
      }),
    );
    expect(permissions.object).toBe("project.model_permissions");
    expect(["allow_list", "deny_list"]).toContain(permissions.mode);
  });

  it("spend alerts: lists a project's alerts", async () => {
    const alerts = await unwrap(client.GET("/organization/projects/{project_id}/spend_alerts", project));
    expect(alerts.data[0]?.object).toBe("project.spend_alert");
    expect(alerts.data[0]?.threshold_amount).toEqual(expect.any(Number));
  });

  it("data retention: reads a project's retention", async () => {
    const retention = await unwrap(client.GET("/organization/projects/{project_id}/data_retention", project));
    expect(retention.object).toBe("project.data_retention");
  });

  it("turns Prefer: code=404 into NotFoundError with the envelope fields", async () => {
    const error = await rejection<NotFoundError>(
      unwrap(
        client.GET("/organization/users/{user_id}", {
          params: { path: { user_id: "user_missing" } },
          headers: { Prefer: "code=404" },
        }),
      ),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(404);
    expect(error.type).toBe("invalid_request_error");
    expect(error.code).toBe("not_found");
    expect(error.param).toBeNull();
    expect(error.requestId).toMatch(/^req_/);
    expect(error.message).toBe(
      `404 Not Found: No object found with the ID given in the request path. (type: invalid_request_error, code: not_found, request id: ${error.requestId})`,
    );
  });
});
