// Faults on a schedule: the HTTP ones (429, 5xx, an HTML page, cut-off JSON) and the ones that need
// a socket (a reset mid-body or before the headers, a stall), each on exactly the requests planned.
import { afterEach, describe, expect, it } from "vitest";
import {
  always,
  type Fault,
  faultPlan,
  type RunningSimulator,
  seededFaults,
  startSimulator,
  transientFaults,
} from "../../src/index.js";

let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const get = (path: string, init?: RequestInit) =>
  fetch(`${sim?.url}${path}`, { ...init, headers: { authorization: "Bearer sk-admin-test" } });

describe("HTTP faults", () => {
  const cases: [
    string,
    { fault: Fault; status: number; contentType: RegExp; headers?: Record<string, string> },
  ][] = [
    [
      "429 with Retry-After and retry-after-ms",
      {
        fault: { kind: "rate-limit", retryAfterMs: 7 },
        status: 429,
        contentType: /json/,
        headers: { "retry-after": "1", "retry-after-ms": "7" },
      },
    ],
    [
      "Retry-After as given",
      { fault: { kind: "rate-limit", retryAfter: "20" }, status: 429, contentType: /json/ },
    ],
    ["500", { fault: { kind: "server-error" }, status: 500, contentType: /json/ }],
    ["502", { fault: { kind: "server-error", status: 502 }, status: 502, contentType: /json/ }],
    ["503", { fault: { kind: "server-error", status: 503 }, status: 503, contentType: /json/ }],
    ["an HTML error page", { fault: { kind: "html" }, status: 502, contentType: /text\/html/ }],
    ["malformed JSON", { fault: { kind: "malformed-json" }, status: 200, contentType: /json/ }],
  ];
  it.each(cases)("%s", async (_title, { fault, status, contentType, headers }) => {
    sim = await startSimulator({ users: 3, faults: { 1: fault } });
    const res = await get("/organization/users");
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(contentType);
    expect(res.headers.get("x-request-id")).toBe("req_sim_1");
    for (const [name, value] of Object.entries(headers ?? {})) expect(res.headers.get(name)).toBe(value);
    const text = await res.text();
    if (fault.kind === "malformed-json" || fault.kind === "html") expect(() => JSON.parse(text)).toThrow();
    else expect(JSON.parse(text).error.message).toBeTruthy();
    // The plan covered request 1 only.
    expect((await get("/organization/users")).status).toBe(200);
    expect(sim.simulator.faulted.map((r) => r.n)).toEqual([1]);
  });
});

describe("connection faults", () => {
  it("resets mid-body: headers arrive, the body read fails", async () => {
    sim = await startSimulator({ users: 50, faults: { 1: { kind: "reset" } } });
    const res = await get("/organization/users?limit=50");
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it("resets before the headers: fetch itself fails", async () => {
    sim = await startSimulator({ faults: { 1: { kind: "reset", when: "before-headers" } } });
    await expect(get("/organization/users")).rejects.toThrow(/fetch failed/);
  });

  it("stalls past the client's timeout, and close() drops the stalled connection", async () => {
    sim = await startSimulator({ faults: always({ kind: "stall" }), stallMs: 60_000 });
    const started = Date.now();
    await expect(get("/organization/users", { signal: AbortSignal.timeout(200) })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5_000);
    const pending = get("/organization/users").catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    const closing = Date.now();
    await sim.close();
    expect(await pending).toBeInstanceOf(Error);
    expect(Date.now() - closing).toBeLessThan(2_000);
    sim = undefined;
  });

  it("in process, a socket fault rejects like a dropped connection", async () => {
    sim = await startSimulator({ faults: { 1: { kind: "reset", when: "before-headers" } } });
    await expect(
      sim.simulator.fetch("http://sim/organization/users", { headers: { authorization: "Bearer k" } }),
    ).rejects.toThrow(/fetch failed/);
  });
});

describe("schedules", () => {
  it("faultPlan numbers requests from 1; arrays too", () => {
    const plan = faultPlan([undefined, { kind: "html" }]);
    expect(plan(1, {} as never)).toBeUndefined();
    expect(plan(2, {} as never)).toEqual({ kind: "html" });
  });

  it("seededFaults is deterministic, close to its rate, and caps failures in a row", () => {
    const draw = () => {
      const schedule = seededFaults({ seed: 42, rate: 0.1, maxConsecutive: 2 });
      return Array.from({ length: 10_000 }, (_, k) => schedule(k + 1, {} as never));
    };
    const first = draw();
    expect(draw()).toEqual(first);
    const failed = first.filter(Boolean).length;
    expect(failed / first.length).toBeGreaterThan(0.08);
    expect(failed / first.length).toBeLessThan(0.12);
    let run = 0;
    let longest = 0;
    for (const f of first) {
      run = f ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    expect(longest).toBeLessThanOrEqual(2);
    expect(new Set(first.filter(Boolean).map((f) => JSON.stringify(f))).size).toBe(transientFaults.length);
  });

  it("always(fault, from) fails every request from that number on, and setFaults swaps schedules", async () => {
    sim = await startSimulator({ users: 1, faults: always({ kind: "server-error" }, 2) });
    expect((await get("/organization/users")).status).toBe(200);
    expect((await get("/organization/users")).status).toBe(500);
    expect((await get("/organization/users")).status).toBe(500);
    sim.simulator.setFaults(undefined);
    expect((await get("/organization/users")).status).toBe(200);
    expect(sim.requestCount).toBe(4);
  });
});
