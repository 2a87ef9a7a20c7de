import type { components } from "@openai-admin/types";
import { describe, expectTypeOf, it } from "vitest";
import {
  type AdminClient,
  type APIError,
  createAdminClient,
  type ListPath,
  type PageItem,
  pages,
  paginate,
  unwrap,
} from "../src/index.js";

type Schemas = components["schemas"];
declare const client: AdminClient;

describe("the client is typed by the spec", () => {
  it("rejects paths, methods, params and bodies the spec does not have", () => {
    // @ts-expect-error no such path
    client.GET("/organization/widgets");
    // @ts-expect-error users cannot be created with POST /organization/users
    client.POST("/organization/users", { body: {} });
    // @ts-expect-error limit is an integer
    client.GET("/organization/users", { params: { query: { limit: "10" } } });
    // @ts-expect-error the path needs user_id
    client.GET("/organization/users/{user_id}");
    // @ts-expect-error user_id is a string
    client.GET("/organization/users/{user_id}", { params: { path: { user_id: 42 } } });
    // @ts-expect-error an invite needs a role
    client.POST("/organization/invites", { body: { email: "ada@example.com" } });
    // @ts-expect-error `member` is not an organization role
    client.POST("/organization/invites", { body: { email: "ada@example.com", role: "member" } });
    client.POST("/organization/projects/{project_id}/spend_alerts", {
      params: { path: { project_id: "proj_abc" } },
      // @ts-expect-error spend alerts need every field
      body: { threshold_amount: 100 },
    });
  });

  it("types results with the spec's schemas", async () => {
    const { data, error } = await client.GET("/organization/users/{user_id}", {
      params: { path: { user_id: "user_abc" } },
    });
    expectTypeOf(data).toEqualTypeOf<Schemas["User"] | undefined>();
    expectTypeOf(error).toEqualTypeOf<Schemas["ErrorResponse"] | undefined>();
    const retention = await unwrap(
      client.GET("/organization/projects/{project_id}/data_retention", {
        params: { path: { project_id: "p" } },
      }),
    );
    expectTypeOf(retention).toEqualTypeOf<Schemas["ProjectDataRetention"]>();
    expectTypeOf(retention.type).toEqualTypeOf<Schemas["ProjectDataRetentionType"]>();
    const invite = await unwrap(
      client.POST("/organization/invites", { body: { email: "a@b.c", role: "reader" } }),
    );
    expectTypeOf(invite).toEqualTypeOf<Schemas["Invite"]>();
  });

  it("keeps the client type through withOptions and createAdminClient", () => {
    expectTypeOf(createAdminClient()).toEqualTypeOf<AdminClient>();
    expectTypeOf(client.withOptions({ maxRetries: 0 })).toEqualTypeOf<AdminClient>();
    // @ts-expect-error unknown option
    client.withOptions({ retries: 0 });
  });

  it("gives errors their fields", () => {
    expectTypeOf<APIError["status"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<APIError["requestId"]>().toEqualTypeOf<string | null>();
    expectTypeOf<APIError["code"]>().toEqualTypeOf<string | null>();
  });
});

describe("pagination is typed by the list operation", () => {
  it("knows which paths are lists", () => {
    expectTypeOf<"/organization/users">().toExtend<ListPath>();
    expectTypeOf<"/organization/roles">().toExtend<ListPath>();
    expectTypeOf<"/organization/projects/{project_id}/spend_alerts">().toExtend<ListPath>();
    expectTypeOf<"/organization/users/{user_id}">().not.toExtend<ListPath>();
    expectTypeOf<"/organization/projects/{project_id}/model_permissions">().not.toExtend<ListPath>();
  });

  it("yields the list's item type", async () => {
    expectTypeOf<PageItem<"/organization/users">>().toEqualTypeOf<Schemas["User"]>();
    expectTypeOf<PageItem<"/organization/users/{user_id}/roles">>().toEqualTypeOf<
      Schemas["AssignedRoleDetails"]
    >();
    for await (const role of paginate(client, "/organization/roles", {
      params: { query: { order: "desc" } },
    })) {
      expectTypeOf(role).toEqualTypeOf<Schemas["Role"]>();
    }
    for await (const page of pages(client, "/organization/invites")) {
      expectTypeOf(page).toEqualTypeOf<Schemas["InviteListResponse"]>();
    }
  });

  it("checks the path and its parameters like client.GET does", () => {
    // @ts-expect-error not a list operation
    paginate(client, "/organization/users/{user_id}");
    // @ts-expect-error the user roles list needs user_id
    paginate(client, "/organization/users/{user_id}/roles");
    // @ts-expect-error limit is an integer
    paginate(client, "/organization/users", { params: { query: { limit: "100" } } });
    paginate(
      client,
      "/organization/users/{user_id}/roles",
      { params: { path: { user_id: "user_abc" } } },
      { maxItems: 5 },
    );
    // @ts-expect-error paginate takes maxItems, pages takes maxPages
    paginate(client, "/organization/users", undefined, { maxPages: 2 });
  });
});
