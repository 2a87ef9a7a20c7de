// Every cursor style of the spec pages without loss or repeat: `last_id` (users), `next` (roles,
// groups), `next_page` (usage and costs buckets); 100,000 users page without being built up front.
import { afterAll, beforeAll, expect, test } from "vitest";
import { type RunningSimulator, startSimulator } from "../../src/index.js";
import { client } from "../http.js";

const NOW = 1_796_000_000;
let sim: RunningSimulator;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  sim = await startSimulator({ seed: 2, now: NOW, users: 100_000 });
  api = client(sim.url);
});
afterAll(() => sim.close());

test("last_id: users page with after = last_id, 100,000 of them, each once", async () => {
  const started = performance.now();
  const seen = new Set<string>();
  let after = "";
  let pages = 0;
  for (;;) {
    const page = await api.get(`/organization/users?limit=100${after ? `&after=${after}` : ""}`);
    expect(page.status).toBe(200);
    for (const u of page.body.data) seen.add(u.id);
    expect(page.body.first_id).toBe(page.body.data[0]?.id ?? null);
    pages++;
    if (!page.body.has_more) break;
    after = page.body.last_id;
  }
  expect(seen.size).toBe(100_000);
  expect(pages).toBe(1_000);
  expect(performance.now() - started).toBeLessThan(20_000);
});

test("next: roles page with the opaque next cursor; a last_id sent instead is refused", async () => {
  for (let i = 0; i < 5; i++)
    await api.post("/organization/roles", { role_name: `Paged role ${i}`, permissions: [] });
  const all = await api.all("/organization/roles");
  const ids: string[] = [];
  let next: string | null = null;
  do {
    const page = await api.get(`/organization/roles?limit=2${next ? `&after=${next}` : ""}`);
    expect(page.body).toHaveProperty("next");
    ids.push(...page.body.data.map((r: { id: string }) => r.id));
    next = page.body.next;
  } while (next);
  expect(ids).toEqual(all.map((r) => r.id));
  expect(new Set(ids).size).toBe(7);
  expect((await api.get(`/organization/roles?limit=2&after=${ids[1]}`)).status).toBe(400);
});

test("next_page: 30 daily cost buckets in pages of 7, contiguous, each day once", async () => {
  const start = Math.floor((NOW - 30 * 86_400) / 86_400) * 86_400;
  const end = start + 30 * 86_400;
  const starts: number[] = [];
  let page: string | null = null;
  do {
    const answer = await api.get(
      `/organization/costs?start_time=${start}&end_time=${end}&limit=7${page ? `&page=${page}` : ""}`,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.object).toBe("page");
    starts.push(...answer.body.data.map((b: { start_time: number }) => b.start_time));
    page = answer.body.next_page;
  } while (page);
  expect(starts).toEqual(Array.from({ length: 30 }, (_, i) => start + i * 86_400));
  expect((await api.get(`/organization/costs?start_time=${start}&page=nope`)).status).toBe(400);
});

test("next at scale: 10,000 roles (the `roles` size) page with next, each once, the seed's two first", async () => {
  const big = await startSimulator({ seed: 2, now: NOW, roles: 10_000 });
  try {
    const roles = client(big.url);
    const ids: string[] = [];
    let next: string | null = null;
    do {
      const page = await roles.get(`/organization/roles?limit=100${next ? `&after=${next}` : ""}`);
      expect(page.status).toBe(200);
      ids.push(...page.body.data.map((r: { id: string }) => r.id));
      next = page.body.next;
    } while (next);
    expect(ids).toHaveLength(10_000);
    expect(new Set(ids).size).toBe(10_000);
    const seeded = (await api.all("/organization/roles")).map((r) => r.id);
    expect(ids.slice(0, 2)).toEqual(seeded.slice(0, 2));
  } finally {
    await big.close();
  }
});
