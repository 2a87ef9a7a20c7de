import { afterEach, describe, expect, it } from "vitest";
import { NotFoundError, PaginationError, pages, paginate } from "../src/index.js";
import { clientFor, closeServers, envelope, type Handler, startServer } from "./helpers/server.js";

afterEach(closeServers);

const TOTAL = 10_000;
const ids = Array.from({ length: TOTAL }, (_, i) => `user_${i}`);

function json(res: Parameters<Handler>[1], status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** Style A: `after` is the previous page's `last_id`. */
const lastIdServer: Handler = (req, res) => {
  const limit = Number(req.url.searchParams.get("limit") ?? 20);
  const after = req.url.searchParams.get("after");
  const start = after ? ids.indexOf(after) + 1 : 0;
  const data = ids
    .slice(start, start + limit)
    .map((id) => ({ object: "organization.user", id, added_at: 0 }));
  json(res, 200, {
    object: "list",
    data,
    first_id: data[0]?.id ?? null,
    last_id: data.at(-1)?.id ?? null,
    has_more: start + limit < TOTAL,
  });
};

/** Style B: `after` is the previous page's opaque `next`. */
const nextServer: Handler = (req, res) => {
  const limit = Number(req.url.searchParams.get("limit") ?? 1000);
  const after = req.url.searchParams.get("after");
  const start = after ? Number(Buffer.from(after, "base64url").toString()) : 0;
  const end = Math.min(start + limit, TOTAL);
  const data = ids.slice(start, end).map((id) => ({ object: "role", id, name: id, permissions: [] }));
  const more = end < TOTAL;
  json(res, 200, {
    object: "list",
    data,
    has_more: more,
    next: more ? Buffer.from(String(end)).toString("base64url") : null,
  });
};

describe("paginate", () => {
  it("yields 10,000 users exactly once, in order, following last_id", async () => {
    const server = await startServer(lastIdServer);
    const { client } = clientFor(server);
    const seen: string[] = [];
    for await (const user of paginate(client, "/organization/users", {
      params: { query: { limit: 100, "emails[]": ["a@example.com"] } },
    })) {
      seen.push(user.id);
    }
    expect(seen).toEqual(ids);
    expect(server.requests).toHaveLength(100);
    for (const { url } of server.requests) {
      expect(url.searchParams.get("limit")).toBe("100");
      expect(url.searchParams.getAll("emails[]")).toEqual(["a@example.com"]);
    }
    expect(server.requests[0]?.url.searchParams.has("after")).toBe(false);
    expect(server.requests[1]?.url.searchParams.get("after")).toBe("user_99");
  });

  it("yields 10,000 roles exactly once, in order, following next", async () => {
    const server = await startServer(nextServer);
    const { client } = clientFor(server);
    const seen: string[] = [];
    for await (const role of paginate(client, "/organization/roles", {
      params: { query: { limit: 100, order: "asc" } },
    })) {
      seen.push(role.id);
    }
    expect(seen).toEqual(ids);
    expect(server.requests).toHaveLength(100);
    expect(server.requests.every(({ url }) => url.searchParams.get("order") === "asc")).toBe(true);
    expect(server.requests[1]?.url.searchParams.get("after")).toBe(Buffer.from("100").toString("base64url"));
  });

  it("follows next on lists with path parameters", async () => {
    const server = await startServer(nextServer);
    const { client } = clientFor(server);
    let count = 0;
    for await (const _ of paginate(client, "/organization/users/{user_id}/roles", {
      params: { path: { user_id: "user_abc" }, query: { limit: 1000 } },
    })) {
      count++;
    }
    expect(count).toBe(TOTAL);
    expect(server.requests).toHaveLength(10);
    expect(server.requests.every(({ url }) => url.pathname === "/organization/users/user_abc/roles")).toBe(
      true,
    );
  });

  it.each([
    [250, 3],
    [100, 1],
    [1, 1],
    [0, 0],
  ])("stops at maxItems %i after %i page(s)", async (maxItems, pagesSeen) => {
    const server = await startServer(lastIdServer);
    const { client } = clientFor(server);
    const seen: string[] = [];
    for await (const user of paginate(
      client,
      "/organization/users",
      { params: { query: { limit: 100 } } },
      { maxItems },
    )) {
      seen.push(user.id);
    }
    expect(seen).toEqual(ids.slice(0, maxItems));
    expect(server.requests).toHaveLength(pagesSeen);
  });

  it("requests a page only when the caller gets to it", async () => {
    const server = await startServer(lastIdServer);
    const { client } = clientFor(server);
    const users = paginate(client, "/organization/users", { params: { query: { limit: 100 } } });
    for await (const user of users) {
      expect(user.id).toBe("user_0");
      break;
    }
    expect(server.requests).toHaveLength(1);
  });

  it("starts after the caller's own cursor", async () => {
    const server = await startServer(lastIdServer);
    const { client } = clientFor(server);
    const seen: string[] = [];
    for await (const user of paginate(client, "/organization/users", {
      params: { query: { after: "user_9899", limit: 100 } },
    })) {
      seen.push(user.id);
    }
    expect(seen).toEqual(ids.slice(9900));
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
    let served = 0;
    const server = await startServer((req, res) => {
      if (served++ === 0) return lastIdServer(req, res, 1);
      json(res, 404, envelope("gone", "invalid_request_error", "not_found"));
    });
    const { client } = clientFor(server);
    const seen: string[] = [];
    const error = await (async () => {
      for await (const user of paginate(client, "/organization/users", { params: { query: { limit: 100 } } }))
        seen.push(user.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(seen).toHaveLength(100);
  });
});

describe("pages", () => {
  it("yields whole page bodies", async () => {
    const server = await startServer(lastIdServer);
    const { client } = clientFor(server);
    let count = 0;
    let last: string | null | undefined;
    for await (const page of pages(client, "/organization/users", { params: { query: { limit: 100 } } })) {
      expect(page.data).toHaveLength(100);
      expect(page.first_id).toBe(`user_${count * 100}`);
      last = page.last_id;
      count++;
    }
    expect(count).toBe(100);
    expect(last).toBe("user_9999");
  });

  it("stops at maxPages", async () => {
    const server = await startServer(nextServer);
    const { client } = clientFor(server);
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
    expect(server.requests).toHaveLength(2);
  });
});
