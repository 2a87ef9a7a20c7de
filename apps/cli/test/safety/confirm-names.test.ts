// On a terminal the prompt names the object (one GET of it before asking), so a person sees whom
// they are about to delete, not just an id.
import type { RecordedRequest } from "@openai-admin/fault-server";
import { describe, expect, it } from "vitest";
import { faultServerPerFile } from "../helpers/server.js";
import { hasScript, onTty } from "../helpers/tty.js";

const grace = {
  object: "organization.user",
  id: "user_abc",
  name: "Grace Hopper",
  email: "grace@example.com",
  role: "reader",
  added_at: 1,
};

function respond(request: RecordedRequest) {
  if (request.method === "GET" && request.rawPath === "/organization/users/user_abc")
    return { status: 200, body: grace };
  if (request.method === "GET" && request.rawPath === "/organization/users") {
    return {
      status: 200,
      body: { object: "list", data: [grace], first_id: null, last_id: null, has_more: false },
    };
  }
  return undefined;
}

const fault = faultServerPerFile({ respond });
const wire = () => fault.current.requests.map((r) => `${r.method} ${decodeURIComponent(r.target)}`);

describe.skipIf(!hasScript)("the prompt on a terminal", () => {
  it("names the user, and deletes on y", async () => {
    const { code, out } = await onTty(
      ["users", "delete", "user_abc", "--base-url", fault.current.url],
      "y\n",
    );
    expect(out).toContain("Delete user Grace Hopper <grace@example.com> (user_abc)? [y/N]");
    expect(code).toBe(0);
    expect(wire()).toEqual(["GET /organization/users/user_abc", "DELETE /organization/users/user_abc"]);
  });

  it("names the user found by email, and sends no DELETE on n", async () => {
    const { code, out } = await onTty(
      ["users", "rm", "grace@example.com", "--base-url", fault.current.url],
      "n\n",
    );
    expect(out).toContain("Delete user Grace Hopper <grace@example.com> (user_abc)? [y/N]");
    expect(code).toBe(130);
    expect(fault.current.requests.map((r) => r.method)).toEqual(["GET", "GET"]);
  });
});
