// The API's behaviour at the HTTP level: what a call changes, the next call shows.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type RunningSimulator, seedFacts, startSimulator } from "../../src/index.js";
import { client } from "../http.js";

const NOW = 1_796_000_000;
let sim: RunningSimulator;
let api: ReturnType<typeof client>;

beforeEach(async () => {
  sim = await startSimulator({ seed: 1, now: NOW });
  api = client(sim.url);
});
afterEach(() => sim.close());

const firstProject = async () => (await api.get("/organization/projects?limit=1")).body.data[0].id as string;

describe("creates appear in lists and retrieves", () => {
  test("an invite, then the invites list and the invite", async () => {
    const created = await api.post("/organization/invites", { email: "new@example.com", role: "reader" });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      object: "organization.invite",
      email: "new@example.com",
      role: "reader",
      status: "pending",
      projects: [],
    });
    const listed = await api.all("/organization/invites");
    expect(listed.filter((i) => i.email === "new@example.com")).toHaveLength(1);
    expect((await api.get(`/organization/invites/${created.body.id}`)).body.email).toBe("new@example.com");
  });

  test("model permissions: what is set is what is read", async () => {
    const project = await firstProject();
    const body = { mode: "allow_list", model_ids: ["gpt-4.1", "o3"] };
    expect((await api.post(`/organization/projects/${project}/model_permissions`, body)).body).toMatchObject(
      body,
    );
    expect((await api.get(`/organization/projects/${project}/model_permissions`)).body).toMatchObject(body);
  });

  test("a project user, added and then listed with the user's name and email", async () => {
    const project = await firstProject();
    const members = new Set((await api.all(`/organization/projects/${project}/users`)).map((u) => u.id));
    const outsider = (await api.all("/organization/users")).find((u) => !members.has(u.id as string));
    const added = await api.post(`/organization/projects/${project}/users`, {
      user_id: outsider?.id,
      role: "member",
    });
    expect(added.body).toMatchObject({
      object: "organization.project.user",
      id: outsider?.id,
      email: outsider?.email,
      role: "member",
    });
    const listed = await api.all(`/organization/projects/${project}/users`);
    expect(listed.map((u) => u.id)).toContain(outsider?.id);
  });

  test("updates change later reads; deleting a singleton makes it 404", async () => {
    const project = await firstProject();
    await api.post(`/organization/projects/${project}`, { name: "Renamed" });
    expect((await api.get(`/organization/projects/${project}`)).body.name).toBe("Renamed");
    expect((await api.delete(`/organization/projects/${project}/spend_limit`)).status).toBe(200);
    expect((await api.get(`/organization/projects/${project}/spend_limit`)).status).toBe(404);
  });

  test("the simulator-only route accepts a pending invite: the invitee becomes a member", async () => {
    const invite = await api.post("/organization/invites", { email: "joiner@example.com", role: "owner" });
    const accepted = await api.post(`/_simulator/invites/${invite.body.id}/accept`);
    expect(accepted.status).toBe(200);
    const users = await api.get("/organization/users?emails[]=joiner@example.com");
    expect(users.body.data).toMatchObject([{ email: "joiner@example.com", role: "owner" }]);
    expect((await api.get(`/organization/invites/${invite.body.id}`)).body.status).toBe("accepted");
    expect((await api.post(`/_simulator/invites/${invite.body.id}/accept`)).status).toBe(409);
  });
});

test("a deleted user leaves every project and group it was in", async () => {
  const groups = await api.all("/organization/groups");
  const group = groups[0]?.id as string;
  const member = (await api.all(`/organization/groups/${group}/users`))[0]?.id as string;
  const projects = await api.all("/organization/projects?include_archived=true");
  const inProjects = [];
  for (const p of projects) {
    if ((await api.all(`/organization/projects/${p.id}/users`)).some((u) => u.id === member))
      inProjects.push(p.id);
  }
  expect(inProjects.length).toBeGreaterThan(0);
  expect((await api.delete(`/organization/users/${member}`)).body).toMatchObject({
    id: member,
    deleted: true,
  });
  expect((await api.get(`/organization/users/${member}`)).status).toBe(404);
  for (const p of inProjects) {
    expect((await api.all(`/organization/projects/${p}/users`)).map((u) => u.id)).not.toContain(member);
    expect((await api.get(`/organization/projects/${p}/users/${member}`)).status).toBe(404);
  }
  expect((await api.all(`/organization/groups/${group}/users`)).map((u) => u.id)).not.toContain(member);
});

test("archived projects are hidden unless include_archived; archiving twice is a 409", async () => {
  const visible = await api.all("/organization/projects");
  const all = await api.all("/organization/projects?include_archived=true");
  expect(all.length - visible.length).toBe(1);
  expect(visible.every((p) => p.status === "active")).toBe(true);
  const project = visible[0]?.id as string;
  expect((await api.post(`/organization/projects/${project}/archive`)).body.status).toBe("archived");
  expect((await api.post(`/organization/projects/${project}/archive`)).status).toBe(409);
  expect((await api.all("/organization/projects")).map((p) => p.id)).not.toContain(project);
  expect((await api.post(`/organization/projects/${project}`, { name: "x" })).status).toBe(409);
});

describe("filters", () => {
  test("users by email", async () => {
    const [a, b] = await api.all("/organization/users");
    const page = await api.get(`/organization/users?emails[]=${a?.email}&emails[]=${b?.email}`);
    expect(page.body.data.map((u: { id: string }) => u.id)).toEqual([a?.id, b?.id]);
  });

  test("audit logs by time bounds, event type and project", async () => {
    const projects = await api.all("/organization/projects");
    const project = projects[0]?.id as string;
    const since = NOW - 30 * 86_400;
    const recent = await api.all(`/organization/audit_logs?effective_at[gte]=${since}&limit=100`);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.every((e) => (e.effective_at as number) >= since)).toBe(true);
    const created = await api.all(
      `/organization/audit_logs?event_types[]=project.created&project_ids[]=${project}`,
    );
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ type: "project.created", project: { id: project } });
  });

  test("costs grouped by project, and filtered to some projects", async () => {
    const facts = seedFacts({ seed: 1, now: NOW });
    const start = NOW - 7 * 86_400;
    const grouped = await api.get(`/organization/costs?start_time=${start}&group_by=project_id&limit=7`);
    expect(grouped.status).toBe(200);
    expect(grouped.body.data).toHaveLength(7);
    const seen = new Set(
      grouped.body.data.flatMap((b: { results: { project_id: string }[] }) =>
        b.results.map((r) => r.project_id),
      ),
    );
    expect(seen.size).toBeGreaterThan(1);
    expect([...seen]).not.toContain(null);
    const one = [...seen][0] as string;
    const filtered = await api.get(
      `/organization/costs?start_time=${start}&group_by=project_id&project_ids=${one}&limit=7`,
    );
    const ids = filtered.body.data.flatMap((b: { results: { project_id: string }[] }) =>
      b.results.map((r) => r.project_id),
    );
    expect(new Set(ids)).toEqual(new Set([one]));
    // A key the seed made stale has no usage after its last use.
    const stale = facts.staleProjectApiKeys.find((k) => k.lastUsedAt !== null && !k.archived);
    expect(stale).toBeDefined();
    const after = await api.get(
      `/organization/usage/completions?start_time=${(stale?.lastUsedAt ?? 0) + 86_400}&api_key_ids=${stale?.id}&limit=31`,
    );
    expect(after.body.data.every((b: { results: unknown[] }) => b.results.length === 0)).toBe(true);
  });
});

describe("409 for duplicates", () => {
  test.each([
    [
      "an invite to an email already invited",
      async () => {
        await api.post("/organization/invites", { email: "twice@example.com", role: "reader" });
        return api.post("/organization/invites", { email: "twice@example.com", role: "reader" });
      },
    ],
    [
      "an invite to a member's email",
      async () => {
        const [user] = await api.all("/organization/users");
        return api.post("/organization/invites", { email: user?.email, role: "reader" });
      },
    ],
    [
      "a user added to a project twice",
      async () => {
        const project = await firstProject();
        const [member] = await api.all(`/organization/projects/${project}/users`);
        return api.post(`/organization/projects/${project}/users`, { user_id: member?.id, role: "member" });
      },
    ],
    [
      "a role name already taken",
      async () => {
        const [role] = await api.all("/organization/roles");
        return api.post("/organization/roles", { role_name: role?.name, permissions: [] });
      },
    ],
  ])("%s", async (_title, send) => {
    const answer = await send();
    expect(answer.status).toBe(409);
    expect(answer.body.error).toMatchObject({ type: "invalid_request_error", code: "already_exists" });
  });
});

test("every mutation appends an audit-log entry", async () => {
  const before = (await api.all("/organization/audit_logs?limit=100")).length;
  const project = await firstProject();
  const invite = await api.post("/organization/invites", { email: "audited@example.com", role: "reader" });
  await api.post(`/organization/projects/${project}`, { name: "Audited" });
  await api.post(`/organization/projects/${project}/spend_limit`, {
    threshold_amount: 1000,
    currency: "USD",
    interval: "month",
  });
  await api.delete(`/organization/invites/${invite.body.id}`);
  const entries = await api.all("/organization/audit_logs?limit=100");
  expect(entries.length - before).toBe(4);
  expect(entries.slice(-4).map((e) => e.type)).toEqual([
    "invite.sent",
    "project.updated",
    "project.updated",
    "invite.deleted",
  ]);
  expect(entries.at(-4)).toMatchObject({
    "invite.sent": { id: invite.body.id, data: { email: "audited@example.com" } },
  });
});
