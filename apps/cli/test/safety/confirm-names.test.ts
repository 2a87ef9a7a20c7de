// On a terminal the prompt names the object (one GET of it before asking), so a person sees whom
// they are about to delete, not just an id.
import { describe, expect, it } from "vitest";
import { seededUsers, simulatorPerFile } from "../helpers/server.js";
import { hasScript, onTty } from "../helpers/tty.js";

const sim = simulatorPerFile();
const wire = () => sim.current.requests.map((r) => `${r.method} ${decodeURIComponent(r.target)}`);
/** A seeded user who is no owner. */
const reader = () =>
  seededUsers(sim.current).find((u) => u.role === "reader") as ReturnType<typeof seededUsers>[0];

describe.skipIf(!hasScript)("the prompt on a terminal", () => {
  it("names the user, and deletes on y", async () => {
    const user = reader();
    const { code, out } = await onTty(["users", "delete", user.id, "--base-url", sim.current.url], "y\n");
    expect(out).toContain(`Delete user ${user.name} <${user.email}> (${user.id})? [y/N]`);
    expect(code).toBe(0);
    expect(wire()).toEqual([`GET /organization/users/${user.id}`, `DELETE /organization/users/${user.id}`]);
    expect(sim.current.simulator.org.collection("/organization/users").has(user.id)).toBe(false);
  });

  it("names the user found by email, and sends no DELETE on n", async () => {
    const user = reader();
    const { code, out } = await onTty(["users", "rm", user.email, "--base-url", sim.current.url], "n\n");
    expect(out).toContain(`Delete user ${user.name} <${user.email}> (${user.id})? [y/N]`);
    expect(code).toBe(130);
    expect(sim.current.requests.map((r) => r.method)).toEqual(["GET", "GET"]);
  });
});
