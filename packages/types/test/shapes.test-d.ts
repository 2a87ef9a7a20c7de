import { describe, expectTypeOf, it } from "vitest";
import type { ErrorResponse, OperationId, operations, paths, Schemas } from "../src/index.js";

describe("generated types", () => {
  it("type list responses with their item type", () => {
    type UsersPage = paths["/organization/users"]["get"]["responses"][200]["content"]["application/json"];
    expectTypeOf<UsersPage["data"]>().toEqualTypeOf<Schemas["User"][]>();
    expectTypeOf<UsersPage["has_more"]>().toEqualTypeOf<boolean>();
    type RolesPage = paths["/organization/roles"]["get"]["responses"][200]["content"]["application/json"];
    expectTypeOf<RolesPage["next"]>().toEqualTypeOf<string | null>();
  });

  it("keep enums, constants and nullability from the spec", () => {
    expectTypeOf<Schemas["User"]["object"]>().toEqualTypeOf<"organization.user">();
    expectTypeOf<Schemas["InviteRequest"]["role"]>().toEqualTypeOf<"reader" | "owner">();
    expectTypeOf<Schemas["ProjectModelPermissions"]["mode"]>().toEqualTypeOf<"allow_list" | "deny_list">();
    expectTypeOf<ErrorResponse["error"]["code"]>().toEqualTypeOf<string | null>();
    // @ts-expect-error `member` is a project role, not an organization invite role
    const role: Schemas["InviteRequest"]["role"] = "member";
    void role;
  });

  it("require the fields the spec requires", () => {
    // @ts-expect-error `role` is required when inviting a user
    const invite: Schemas["InviteRequest"] = { email: "ada@example.com" };
    void invite;
    // @ts-expect-error spend alert thresholds are integers of cents, not strings
    const alert: Schemas["SpendAlertRequest"]["threshold_amount"] = "100000";
    void alert;
  });

  it("name every operation by its upstream operationId", () => {
    expectTypeOf<"list-users">().toMatchTypeOf<OperationId>();
    expectTypeOf<"inviteUser">().toMatchTypeOf<OperationId>();
    // @ts-expect-error there is no such operation
    expectTypeOf<"list-widgets">().toMatchTypeOf<OperationId>();
    type ListUsersQuery = NonNullable<operations["list-users"]["parameters"]["query"]>;
    expectTypeOf<ListUsersQuery["limit"]>().toEqualTypeOf<number | undefined>();
  });
});
