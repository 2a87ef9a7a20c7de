import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FaultServer, startFaultServer, userIds } from "../../src/index.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer({ users: 250, roles: 30 });
});
afterAll(() => server.close());

async function list(path: string, cursorOf: (page: Record<string, unknown>) => unknown) {
  const ids: string[] = [];
  let after: unknown;
  for (;;) {
    const sep = path.includes("?") ? "&" : "?";
    const url = `${server.url}${path}${after ? `${sep}after=${encodeURIComponent(String(after))}` : ""}`;
    const body = (await (await fetch(url)).json()) as Record<string, unknown> & { data: { id: string }[] };
    ids.push(...body.data.map((d) => d.id));
    if (!body.has_more) return ids;
    after = cursorOf(body);
  }
}

describe("paged users", () => {
  it("last_id style: every user once, in order", async () => {
    expect(await list("/organization/users?limit=100", (p) => p.last_id)).toEqual(userIds(250));
  });

  it("next style: opaque cursors, every user once", async () => {
    const next = await startFaultServer({ users: 250, usersCursor: "next" });
    try {
      const first = (await (await fetch(`${next.url}/organization/users?limit=7`)).json()) as Record<
        string,
        unknown
      >;
      expect(first).toMatchObject({ object: "list", has_more: true });
      expect(String(first.next)).toMatch(/^cur_/);
      expect(first).not.toHaveProperty("last_id");
      // A last_id sent where a `next` cursor belongs is refused, so a client mixing them up fails loudly.
      expect((await fetch(`${next.url}/organization/users?after=user_000007`)).status).toBe(400);
    } finally {
      await next.close();
    }
  });

  it("roles list in `next` style, also under a user", async () => {
    const ids = await list("/organization/roles?limit=4", (p) => p.next);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    expect(await list("/organization/users/user_1/roles?limit=8", (p) => p.next)).toEqual(ids);
  });

  it.each([
    ["0", 400],
    ["101", 400],
    ["abc", 400],
    ["1", 200],
    ["100", 200],
  ])("limit=%s gives %i", async (limit, status) => {
    expect((await fetch(`${server.url}/organization/users?limit=${limit}`)).status).toBe(status);
  });

  it("default page is 20, and an empty last page has null cursors", async () => {
    const body = (await (await fetch(`${server.url}/organization/users`)).json()) as { data: unknown[] };
    expect(body.data).toHaveLength(20);
    const empty = await startFaultServer();
    try {
      expect(await (await fetch(`${empty.url}/organization/users`)).json()).toEqual({
        object: "list",
        data: [],
        first_id: null,
        last_id: null,
        has_more: false,
      });
    } finally {
      await empty.close();
    }
  });
});
