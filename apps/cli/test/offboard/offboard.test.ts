// `users offboard` against the simulator over real HTTP: the plan names every key, project and
// group of the user; run, it leaves nothing of them in the organization (read from the
// simulator's state); without a terminal it needs --yes; the last owner is refused.
import { type RunningSimulator, startSimulator } from "@openai-admin/simulator";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { hasScript, onTty } from "../helpers/tty.js";

let sim: RunningSimulator;
beforeEach(async () => {
  sim = await startSimulator({ seed: 1 });
});
afterEach(() => sim.close());

const cli = (args: string[]) => run([...args, "--base-url", sim.url, "--format", "json"]);
const writes = () => sim.requests.filter((r) => r.method !== "GET");
const entities = (path: string) => [...(sim.simulator.org.existing(path)?.from() ?? [])].map((e) => e.entity);

/** Everything of a user in the organization's state: projects, groups, the project keys they own. */
function holdings(userId: string) {
  const projects = entities("/organization/projects").map((p) => String(p.id));
  const groups = entities("/organization/groups").map((g) => String(g.id));
  return {
    user: entities("/organization/users").some((u) => u.id === userId),
    projects: projects.filter((p) =>
      entities(`/organization/projects/${p}/users`).some((u) => u.id === userId),
    ),
    groups: groups.filter((g) => entities(`/organization/groups/${g}/users`).some((u) => u.id === userId)),
    keys: projects.flatMap((p) =>
      entities(`/organization/projects/${p}/api_keys`)
        .filter((k) => (k.owner as { user?: { id?: string } } | undefined)?.user?.id === userId)
        .map((k) => String(k.id)),
    ),
  };
}

/** A seeded reader who owns a project key and is in a project (and, if any, a group). */
function someoneWithKeys() {
  const readers = entities("/organization/users").filter((u) => u.role === "reader");
  const scored = readers
    .map((u) => ({ user: u, has: holdings(String(u.id)) }))
    .filter((x) => x.has.keys.length > 0 && x.has.projects.length > 0)
    .sort((a, b) => b.has.groups.length - a.has.groups.length);
  const found = scored[0];
  if (!found) throw new Error("the seed has no reader with a project key");
  return { id: String(found.user.id), email: String(found.user.email), has: found.has };
}

describe("users offboard", () => {
  it("--dry-run shows the whole plan and changes nothing", async () => {
    const { email, has } = someoneWithKeys();
    const result = await cli(["users", "offboard", email, "--dry-run"]);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout) as { steps: { method: string; path: string }[] };
    const paths = plan.steps.map((s) => `${s.method} ${s.path}`);
    for (const key of has.keys) expect(paths.some((p) => p.endsWith(`/api_keys/${key}`))).toBe(true);
    for (const p of has.projects)
      expect(paths).toContain(`DELETE /organization/projects/${p}/users/${someoneWithKeys().id}`);
    expect(plan.steps).toHaveLength(has.keys.length + has.projects.length + has.groups.length + 1);
    expect(writes()).toEqual([]);
  });

  it("removes the user from every project and group, revokes their keys and deletes them", async () => {
    const { id, email, has } = someoneWithKeys();
    const steps = has.keys.length + has.projects.length + has.groups.length + 1;
    const result = await cli(["users", "offboard", email, "--yes"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Offboarded ${id}: ${steps} done, 0 skipped, 0 failed.`);
    expect(holdings(id)).toEqual({ user: false, projects: [], groups: [], keys: [] });
    expect(writes().every((r) => r.method === "DELETE")).toBe(true);
    expect(writes()).toHaveLength(steps);
    console.log(
      `[cases] users offboard: ${has.keys.length} keys, ${has.projects.length} projects, ${has.groups.length} groups, 1 user removed`,
    );
  });

  it("without a terminal and without --yes sends nothing and exits 2", async () => {
    const { email } = someoneWithKeys();
    const result = await cli(["users", "offboard", email]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("pass --yes");
    expect(sim.requestCount).toBe(0);
  });

  it("is refused for the organization's last owner, with nothing changed", async () => {
    const owners = entities("/organization/users").filter((u) => u.role === "owner");
    expect(owners.length).toBeGreaterThan(1);
    for (const owner of owners.slice(1)) {
      const demoted = await cli(["users", "update", String(owner.id), "--role", "reader"]);
      expect(demoted.code).toBe(0);
    }
    sim.simulator.resetRequests();
    const last = owners[0] as { id: string; email: string };
    const result = await cli(["users", "offboard", last.email, "--yes"]);
    expect(result.code).toBe(5);
    expect(result.stderr).toContain("last owner");
    expect(writes()).toEqual([]);
    expect(holdings(last.id).user).toBe(true);
  });
});

describe.skipIf(!hasScript)("users offboard on a terminal", () => {
  it("shows the plan and asks; 'n' changes nothing, 'y' runs it", async () => {
    const { id, email } = someoneWithKeys();
    const declined = await onTty(["users", "offboard", email, "--base-url", sim.url], "n\n");
    expect(declined.out).toContain(`Offboarding`);
    expect(declined.out).toMatch(/Run these \d+ requests\? \[y\/N\]/);
    expect(declined.code).toBe(130);
    expect(writes()).toEqual([]);
    const accepted = await onTty(["users", "offboard", email, "--base-url", sim.url], "y\n");
    expect(accepted.code).toBe(0);
    expect(holdings(id).user).toBe(false);
  });
});
