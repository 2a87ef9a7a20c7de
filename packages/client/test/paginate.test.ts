// paginate() and pages() over the simulator's organization (10,000 users with last_id cursors,
// 10,000 roles with opaque next cursors); servers that misbehave on purpose (a cursor repeated,
// cursors in a circle) are plain servers, as no API does that.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { type RunningSimulator, startSimulator } from "@openai-admin/simulator";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError, PaginationError, pages, paginate } from "../src/index.js";
import { clientFor, closeServers, envelope, type Handler, startServer } from "./helpers/server.js";

afterEach(closeServers);

const TOTAL = 10_000;
let sim: RunningSimulator;
/** The organization's users and roles, in list order, read from its state. */
let userIds: string[];
let roleIds: string[];
beforeAll(async () => {
  sim = await startSimulator({ seed: 1, now: 1_796_000_000, users: TOTAL, roles: TOTAL });
  const ids = (path: string) => Array.from(sim.simulator.org.collection(path).from(), (item) => item.id);
  userIds = ids("/organization/users");
  roleIds = ids("/organization/roles");
});
afterAll(() => sim.close());
beforeEach(() => sim.simulator.resetRequests());

/** What the simulator was asked: each request's query parameters. */
const queries = () => sim.requests.map((r) => new URLSearchParams(r.rawQuery));

function json(res: Parameters<Handler>[1], status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

describe("paginate", () => {
  it("yields 10,000 users exactly once, in order, following last_id", async () => {
    const { client } = clientFor(sim);
    const seen: string[] = [];
    for await (const user of paginate(client, "/organization/users", { params: { query: { limit: 100 } } })) {
      seen.push(user.id);
    }
    expect(userIds).toHaveLength(TOTAL);
    expect(seen).toEqual(userIds);
    expect(sim.requests).toHaveLength(100);
    for (const query of queries()) expect(query.get("limit")).toBe("100");
    expect(queries()[0]?.has("after")).toBe(false);
    expect(queries()[1]?.get("after")).toBe(userIds[99]);
  });

  it("keeps the caller's query on every page", async () => {
    const emails = [1, 500, 9_999].map(
      (i) => sim.simulator.org.collection("/organization/users").get(userIds[i] ?? "")?.email as string,
    );
    const { client } = clientFor(sim);
    const seen: string[] = [];
    for await (const user of paginate(client, "/organization/users", {
      params: { query: { limit: 1, "emails[]": emails } },
    })) {
      seen.push(user.id);
    }
    expect(seen).toEqual([userIds[1], userIds[500], userIds[9_999]]);
    expect(sim.requests).toHaveLength(3);
    for (const query of queries()) {
      expect(query.get("limit")).toBe("1");
      expect(query.getAll("emails[]")).toEqual(emails);
    }
  });

  it("yields 10,000 roles exactly once, in order, following next", async () => {
    // The cursor the API gives after the first page, asked for in process.
    const first = await sim.simulator.fetch("http://sim/organization/roles?limit=100&order=asc", {
      headers: { authorization: "Bearer sk-admin-test" },
    });
    const { next } = (await first.json()) as { next: string };
    sim.simulator.resetRequests();
    const { client } = clientFor(sim);
    const seen: string[] = [];
    for await (const role of paginate(client, "/organization/roles", {
      params: { query: { limit: 100, order: "asc" } },
    })) {
      seen.push(role.id);
    }
    expect(roleIds).toHaveLength(TOTAL);
    expect(seen).toEqual(roleIds);
    expect(sim.requests).toHaveLength(100);
    expect(queries().every((query) => query.get("order") === "asc")).toBe(true);
    expect(next).not.toBe(roleIds[99]);
    expect(queries()[1]?.get("after")).toBe(next);
  });

  it("follows next on lists with path parameters", async () => {
    // Fifty roles given to one user, through the API.
    const userId = userIds[10] ?? "";
    for (const roleId of roleIds.slice(0, 50)) {
      const answer = await sim.simulator.fetch(`http://sim/organization/users/${userId}/roles`, {
        method: "POST",
        headers: { authorization: "Bearer sk-admin-test", "content-type": "application/json" },
        body: JSON.stringify({ role_id: roleId }),
      });
      expect(answer.status).toBe(200);
    }
    sim.simulator.resetRequests();
    const { client } = clientFor(sim);
    const seen: string[] = [];
    for await (const role of paginate(client, "/organization/users/{user_id}/roles", {
      params: { path: { user_id: userId }, query: { limit: 5 } },
    })) {
      seen.push(role.id);
    }
    expect(seen).toEqual(roleIds.slice(0, 50));
    expect(sim.requests).toHaveLength(10);
    expect(sim.requests.every((r) => r.rawPath === `/organization/users/${userId}/roles`)).toBe(true);
  });

  it.each([
    [250, 3],
    [100, 1],
    [1, 1],
    [0, 0],
  ])("stops at maxItems %i after %i page(s)", async (maxItems, pagesSeen) => {
    const { client } = clientFor(sim);
    const seen: string[] = [];
    for await (const user of paginate(
      client,
      "/organization/users",
      { params: { query: { limit: 100 } } },
      { maxItems },
    )) {
      seen.push(user.id);
    }
    expect(seen).toEqual(userIds.slice(0, maxItems));
    expect(sim.requests).toHaveLength(pagesSeen);
  });

  it("requests a page only when the caller gets to it", async () => {
    const { client } = clientFor(sim);
    const users = paginate(client, "/organization/users", { params: { query: { limit: 100 } } });
    for await (const user of users) {
      expect(user.id).toBe(userIds[0]);
      break;
    }
    expect(sim.requests).toHaveLength(1);
  });

  it("starts after the caller's own cursor", async () => {
    const { client } = clientFor(sim);
    const seen: string[] = [];
    for await (const user of paginate(client, "/organization/users", {
      params: { query: { after: userIds[9899], limit: 100 } },
    })) {
      seen.push(user.id);
    }
    expect(seen).toEqual(userIds.slice(9900));
  });

  it.each<[string, Handler]>([
    [
      "last_id",
      (_req, res) =>
        json(res, 200, {
          object: "list",
          data: [{ id: "user_same" }],
          first_id: "user_same",
          last_id: "user_same",
          has_more: true,
        }),
    ],
    [
      "next",
      (_req, res) =>
        json(res, 200, { object: "list", data: [{ id: "role_same" }], has_more: true, next: "cursor_same" }),
    ],
  ])("throws PaginationError when the server repeats a %s cursor", async (_style, handler) => {
    const server = await startServer(handler);
    const { client } = clientFor(server);
    const seen: unknown[] = [];
    const path = _style === "next" ? "/organization/roles" : "/organization/users";
    const error = await (async () => {
      for await (const item of paginate(client, path)) seen.push(item);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/cursor "(user|cursor)_same" a second time/);
    expect(server.requests).toHaveLength(2);
    expect(seen).toHaveLength(2);
  });

  it("throws PaginationError when cursors go round in a circle", async () => {
    const cycle = ["c1", "c2", "c1"];
    const server = await startServer((_req, res, attempt) =>
      json(res, 200, { object: "list", data: [], has_more: true, next: cycle[(attempt - 1) % 3] }),
    );
    const { client } = clientFor(server);
    const error = await (async () => {
      for await (const _ of paginate(client, "/organization/roles"));
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(server.requests).toHaveLength(3);
  });

  it("throws the APIError of a page that fails", async () => {
    // The simulator serves the first page; every later one is a 404, as for a list deleted meanwhile.
    const failing = await startSimulator({
      users: 1_000,
      respond: (r) =>
        r.n > 1 ? { status: 404, body: envelope("gone", "invalid_request_error", "not_found") } : undefined,
    });
    try {
      const { client } = clientFor(failing);
      const seen: string[] = [];
      const error = await (async () => {
        for await (const user of paginate(client, "/organization/users", {
          params: { query: { limit: 100 } },
        }))
          seen.push(user.id);
      })().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(seen).toHaveLength(100);
    } finally {
      await failing.close();
    }
  });
});

describe("pages", () => {
  it("yields whole page bodies", async () => {
    const { client } = clientFor(sim);
    let count = 0;
    let last: string | null | undefined;
    for await (const page of pages(client, "/organization/users", { params: { query: { limit: 100 } } })) {
      expect(page.data).toHaveLength(100);
      expect(page.first_id).toBe(userIds[count * 100]);
      last = page.last_id;
      count++;
    }
    expect(count).toBe(100);
    expect(last).toBe(userIds[9999]);
  });

  it("stops at maxPages", async () => {
    const { client } = clientFor(sim);
    const bodies = [];
    for await (const page of pages(
      client,
      "/organization/roles",
      { params: { query: { limit: 10 } } },
      { maxPages: 2 },
    )) {
      bodies.push(page);
    }
    expect(bodies.map((p) => p.data.length)).toEqual([10, 10]);
    expect(sim.requests).toHaveLength(2);
  });

  it("keeps no page in memory while the next one is fetched", async () => {
    // A full collection on demand, for this check only: what survives it is what is really kept.
    setFlagsFromString("--expose-gc");
    const collect = runInNewContext("gc") as () => void;
    let asked!: () => void;
    const secondAsked = new Promise<void>((resolve) => (asked = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const user = (id: string) => ({ object: "organization.user", id, email: `${id}@example.com` });
    const server = await startServer(async (req, res) => {
      if (!req.url.searchParams.has("after")) {
        const data = Array.from({ length: 100 }, (_, i) => user(`user_${i}`));
        return json(res, 200, {
          object: "list",
          data,
          first_id: "user_0",
          last_id: "user_99",
          has_more: true,
        });
      }
      asked();
      await released;
      json(res, 200, { object: "list", data: [], first_id: null, last_id: null, has_more: false });
    });
    const { client } = clientFor(server);
    const listing = pages(client, "/organization/users");
    const firstPage = await (async () => new WeakRef((await listing.next()).value as object))();
    const second = listing.next();
    await secondAsked;
    collect();
    const kept = firstPage.deref() !== undefined;
    release();
    expect((await second).value?.data).toEqual([]);
    expect(kept).toBe(false);
  });
});
