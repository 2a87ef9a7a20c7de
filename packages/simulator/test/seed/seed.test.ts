// The seed is deterministic, and what seedFacts says it put there is what the API shows.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createSimulator, type RunningSimulator, seedFacts, startSimulator } from "../../src/index.js";
import { client } from "../http.js";

const NOW = 1_796_000_000;
const DAY = 86_400;
let sim: RunningSimulator;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  sim = await startSimulator({ seed: 1, now: NOW });
  api = client(sim.url);
});
afterAll(() => sim.close());

test("the same seed makes the same organization; another seed another", async () => {
  const list = async (seed: number) => {
    const s = createSimulator({ seed, now: NOW });
    const answer = await s.fetch("http://sim/organization/projects?include_archived=true", {
      headers: { authorization: "Bearer k" },
    });
    return ((await answer.json()) as { data: { id: string }[] }).data;
  };
  expect(await list(1)).toEqual(await list(1));
  expect((await list(2))[0]?.id).not.toBe((await list(1))[0]?.id);
});

test("more roles change no other id of the seed", async () => {
  const ids = async (roles?: number) => {
    const s = createSimulator({ seed: 1, now: NOW, ...(roles === undefined ? {} : { roles }) });
    const get = async (path: string) =>
      (
        (await (await s.fetch(`http://sim${path}`, { headers: { authorization: "Bearer k" } })).json()) as {
          data: { id: string }[];
        }
      ).data.map((o) => o.id);
    return {
      roles: await get("/organization/roles?limit=100"),
      projects: await get("/organization/projects"),
    };
  };
  const seeded = await ids();
  const more = await ids(50);
  expect(seeded.roles).toHaveLength(2);
  expect(more.roles).toHaveLength(50);
  expect(more.roles.slice(0, 2)).toEqual(seeded.roles);
  expect(more.projects).toEqual(seeded.projects);
});

test("the documented sizes: 40 users, 6 projects (one archived), invites old and new, 90 days of costs", async () => {
  expect(await api.all("/organization/users")).toHaveLength(40);
  const projects = await api.all("/organization/projects?include_archived=true");
  expect(projects).toHaveLength(6);
  expect(projects.filter((p) => p.status === "archived")).toHaveLength(1);
  const costs = await api.get(`/organization/costs?start_time=${NOW - 90 * DAY}&limit=91`);
  expect(
    costs.body.data.filter((b: { results: unknown[] }) => b.results.length > 0).length,
  ).toBeGreaterThanOrEqual(89);
});

test("seedFacts: the deliberate findings, as the API shows them", async () => {
  const facts = seedFacts({ seed: 1, now: NOW });
  expect(facts.owners).toHaveLength(3);
  const owners = (await api.all("/organization/users")).filter((u) => u.role === "owner").map((u) => u.id);
  expect(facts.owners.map((o) => o.id)).toEqual(owners);

  expect(facts.projectsWithoutAllowList.map((p) => p.name)).toEqual(["Internal Tools", "Marketing Copy"]);
  expect(facts.projectsWithoutSpendAlert.map((p) => p.name)).toEqual(["Data Pipeline", "Marketing Copy"]);
  expect(facts.projectsWithoutSpendLimit.map((p) => p.name)).toEqual(["Search Relevance", "Marketing Copy"]);
  expect(facts.archivedProjects.map((p) => p.name)).toEqual(["Legacy Chatbot"]);
  for (const p of facts.projectsWithoutAllowList) {
    expect((await api.get(`/organization/projects/${p.id}/model_permissions`)).body.mode).toBe("deny_list");
  }
  for (const p of facts.projectsWithoutSpendLimit) {
    expect((await api.get(`/organization/projects/${p.id}/spend_limit`)).status).toBe(404);
  }
  for (const p of facts.projectsWithoutSpendAlert) {
    expect((await api.get(`/organization/projects/${p.id}/spend_alerts`)).body.data).toEqual([]);
  }

  expect(facts.oldPendingInvites).toHaveLength(2);
  expect(facts.recentPendingInvites).toHaveLength(2);
  const pending = (await api.all("/organization/invites")).filter((i) => i.status === "pending");
  expect(pending.map((i) => i.id).sort()).toEqual(
    [...facts.oldPendingInvites, ...facts.recentPendingInvites].map((i) => i.id).sort(),
  );

  expect(facts.neverExpiringAdminKeys.map((k) => k.name)).toEqual(["Terraform", "Old laptop"]);
  expect(facts.staleProjectApiKeys.some((k) => k.lastUsedAt === null)).toBe(true);
  expect(facts.staleProjectApiKeys.some((k) => k.lastUsedAt !== null)).toBe(true);
  for (const k of facts.staleProjectApiKeys) {
    const key = await api.get(`/organization/projects/${k.project.id}/api_keys/${k.id}`);
    expect(key.body.last_used_at).toBe(k.lastUsedAt);
    expect(k.lastUsedAt === null || k.lastUsedAt < NOW - 90 * DAY).toBe(true);
  }
  expect(facts.inactiveUsers.length).toBeGreaterThan(0);
});

test("the fault schedule and request log are kept: a planned 503 is served, then the request is", async () => {
  const faulty = await startSimulator({ seed: 1, faults: { 1: { kind: "server-error", status: 503 } } });
  try {
    const api2 = client(faulty.url);
    expect((await api2.get("/organization/users?limit=1")).status).toBe(503);
    expect((await api2.get("/organization/users?limit=1")).status).toBe(200);
    expect(faulty.requests.map((r) => [r.n, r.target, r.fault?.kind])).toEqual([
      [1, "/organization/users?limit=1", "server-error"],
      [2, "/organization/users?limit=1", undefined],
    ]);
  } finally {
    await faulty.close();
  }
});
