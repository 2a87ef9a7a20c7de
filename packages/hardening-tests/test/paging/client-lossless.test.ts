// Listing through the client while the server fails about one request in ten: every item exactly
// once, in order; when failures outlast the retries, a typed error after the pages already yielded.
import {
  APIConnectionError,
  APIError,
  createAdminClient,
  InternalServerError,
  paginate,
  RateLimitError,
} from "@openai-admin/client";
import {
  always,
  type Fault,
  faultPlan,
  type RunningSimulator,
  seededFaults,
  startSimulator,
  transientFaults,
} from "@openai-admin/simulator";
import { afterEach, describe, expect, it } from "vitest";
import { reportCases } from "../helpers/cases.js";
import { idsOf } from "../helpers/simulator.js";

const KEY = "sk-admin-hardening-paging";
let server: RunningSimulator | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function clientFor(s: RunningSimulator, timeout = 1_000) {
  // A stall must end in a timeout, quickly (but not so quickly that a healthy request on a busy CI
  // machine times out too); every HTTP fault asks for a 1 ms wait.
  return createAdminClient({ adminApiKey: KEY, baseUrl: s.url, timeout, maxRetries: 2 });
}

/** Lost and duplicated ids of a listing against the ids it should have yielded. */
function compare(got: string[], want: string[]) {
  const seen = new Map<string, number>();
  for (const id of got) seen.set(id, (seen.get(id) ?? 0) + 1);
  const duplicated = [...seen.values()].filter((n) => n > 1).length;
  const lost = want.filter((id) => !seen.has(id)).length;
  return { lost, duplicated };
}

describe("client: lossless paging under transient faults", () => {
  it("10,000 users (last_id cursors), ~10% of requests failing: 0 lost, 0 duplicated", async () => {
    server = await startSimulator({
      users: 10_000,
      stallMs: 5_000,
      faults: seededFaults({ seed: 20_261_123, rate: 0.1, maxConsecutive: 2 }),
    });
    const ids: string[] = [];
    for await (const user of paginate(clientFor(server), "/organization/users", {
      params: { query: { limit: 100 } },
    })) {
      ids.push(user.id);
    }
    const want = idsOf(server, "/organization/users");
    expect(want).toHaveLength(10_000);
    expect(compare(ids, want)).toEqual({ lost: 0, duplicated: 0 });
    expect(ids).toEqual(want);
    const faults = server.simulator.faulted.length;
    expect(faults / server.requestCount).toBeGreaterThan(0.05);
    reportCases("client paging last_id", {
      users: ids.length,
      requests: server.requestCount,
      faults,
      lost: 0,
      duplicated: 0,
    });
  });

  // The client pages each list in the style the spec gives it; the spec's `next`-style lists are
  // the roles lists, so those carry the 10,000 items here (the simulator's `roles` size).
  it("10,000 roles with opaque `next` cursors, ~10% failing: 0 lost, 0 duplicated", async () => {
    server = await startSimulator({
      roles: 10_000,
      stallMs: 5_000,
      faults: seededFaults({ seed: 7, rate: 0.1, maxConsecutive: 2 }),
    });
    const ids: string[] = [];
    for await (const role of paginate(clientFor(server), "/organization/roles", {
      params: { query: { limit: 100 } },
    })) {
      ids.push(role.id);
    }
    const want = idsOf(server, "/organization/roles");
    expect(want).toHaveLength(10_000);
    expect(compare(ids, want)).toEqual({ lost: 0, duplicated: 0 });
    expect(ids).toEqual(want);
    reportCases("client paging next", {
      roles: ids.length,
      requests: server.requestCount,
      faults: server.simulator.faulted.length,
    });
  });

  it("roles (`next` cursors, the spec's roles list), ~10% failing: 0 lost, 0 duplicated", async () => {
    server = await startSimulator({
      roles: 3_000,
      faults: seededFaults({ seed: 99, rate: 0.1, maxConsecutive: 2, faults: transientFaults.slice(0, 5) }),
    });
    const ids: string[] = [];
    for await (const role of paginate(clientFor(server), "/organization/roles", {
      params: { query: { limit: 50 } },
    })) {
      ids.push(role.id);
    }
    expect(ids).toHaveLength(3_000);
    expect(new Set(ids).size).toBe(3_000);
  });

  // One fault kind at a time, twice in a row (the most two retries absorb), on pages 2 and 5.
  it.each(transientFaults.map((f) => [JSON.stringify(f), f] as const))(
    "%s twice in a row",
    async (_t, fault) => {
      server = await startSimulator({
        users: 1_000,
        stallMs: 5_000,
        faults: faultPlan({ 2: fault, 3: fault, 7: fault, 8: fault }),
      });
      const ids: string[] = [];
      for await (const user of paginate(clientFor(server, 2_000), "/organization/users", {
        params: { query: { limit: 100 } },
      })) {
        ids.push(user.id);
      }
      const want = idsOf(server, "/organization/users");
      expect(ids).toEqual(want);
      expect(ids).toHaveLength(1_000);
      expect(server.requestCount).toBe(10 + 4);
      // Each retry asked for the page that failed, not the next one.
      const afters = server.requests.map((r) => r.query.after?.[0] ?? "");
      expect(afters.slice(1, 4)).toEqual([want[99], want[99], want[99]]);
    },
  );
});

describe("client: faults that outlast the retries", () => {
  const cases: [string, { fault: Fault; error: new (...args: never[]) => Error; status?: number }][] = [
    ["429 on every try", { fault: { kind: "rate-limit" }, error: RateLimitError, status: 429 }],
    [
      "503 on every try",
      { fault: { kind: "server-error", status: 503 }, error: InternalServerError, status: 503 },
    ],
    ["an HTML 502 page on every try", { fault: { kind: "html" }, error: InternalServerError, status: 502 }],
    ["a reset on every try", { fault: { kind: "reset" }, error: APIConnectionError }],
  ];
  it.each(cases)(
    "%s: a typed error after the 3 pages already yielded",
    async (_t, { fault, error, status }) => {
      server = await startSimulator({ users: 1_000, faults: always(fault, 4) });
      const ids: string[] = [];
      let thrown: unknown;
      try {
        for await (const user of paginate(clientFor(server, 2_000), "/organization/users", {
          params: { query: { limit: 100 } },
        })) {
          ids.push(user.id);
        }
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(error);
      if (status) expect((thrown as APIError).status).toBe(status);
      if (status) expect((thrown as APIError).requestId).toMatch(/^req_sim_/);
      expect(ids).toEqual(idsOf(server, "/organization/users").slice(0, 300));
      // 3 good pages, then the 4th page: 1 try + 2 retries.
      expect(server.requestCount).toBe(6);
    },
  );

  it("a 200 with cut-off JSON is an APIError naming the request id, not a bare SyntaxError", async () => {
    server = await startSimulator({ users: 10, faults: { 1: { kind: "malformed-json" } } });
    const client = clientFor(server);
    let thrown: unknown;
    try {
      for await (const _ of paginate(client, "/organization/users")) {
      }
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(APIError);
    expect(String((thrown as Error).message)).toMatch(/not valid JSON.*req_sim_1/);
  });
});
