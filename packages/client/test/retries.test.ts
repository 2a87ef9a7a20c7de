import { afterEach, describe, expect, it } from "vitest";
import { RateLimitError, unwrap } from "../src/index.js";
import {
  clientFor,
  closeServers,
  envelope,
  type Reply,
  replies,
  startServer,
  userList,
} from "./helpers/server.js";

afterEach(closeServers);

const ok: Reply = { status: 200, body: userList };
const fail = (status: number, headers: Record<string, string> = {}): Reply => ({
  status,
  headers,
  body: envelope("try again", "server_error"),
});
// Backoff is 0.5 s doubling, minus up to 25 % jitter.
const backoffRange = (retry: number): [number, number] => {
  const full = Math.min(500 * 2 ** retry, 8000);
  return [full * 0.75, full];
};

const cases: [
  string,
  { given: Reply[]; attempts: number; status: number; waits: ([number, number] | number)[] },
][] = [
  [
    "429 with Retry-After: 1 waits one second",
    { given: [fail(429, { "retry-after": "1" }), ok], attempts: 2, status: 200, waits: [1000] },
  ],
  [
    "503 then success backs off 0.5 s",
    { given: [fail(503), ok], attempts: 2, status: 200, waits: [backoffRange(0)] },
  ],
  [
    "retry-after-ms wins over Retry-After",
    {
      given: [fail(503, { "retry-after-ms": "10", "retry-after": "30" }), ok],
      attempts: 2,
      status: 200,
      waits: [10],
    },
  ],
  [
    "Retry-After: 0 retries at once",
    { given: [fail(429, { "retry-after": "0" }), ok], attempts: 2, status: 200, waits: [0] },
  ],
  [
    "Retry-After over 60 s falls back to backoff",
    { given: [fail(429, { "retry-after": "120" }), ok], attempts: 2, status: 200, waits: [backoffRange(0)] },
  ],
  [
    "x-should-retry: true retries a 400",
    {
      given: [fail(400, { "x-should-retry": "true" }), ok],
      attempts: 2,
      status: 200,
      waits: [backoffRange(0)],
    },
  ],
  [
    "x-should-retry: false stops a 503",
    { given: [fail(503, { "x-should-retry": "false" }), ok], attempts: 1, status: 503, waits: [] },
  ],
  [
    "x-should-retry: true does not retry a success, as the SDK does not",
    {
      given: [{ ...ok, headers: { "x-should-retry": "true" } }, ok],
      attempts: 1,
      status: 200,
      waits: [],
    },
  ],
  ["409 is retried", { given: [fail(409), ok], attempts: 2, status: 200, waits: [backoffRange(0)] }],
  ["408 is retried", { given: [fail(408), ok], attempts: 2, status: 200, waits: [backoffRange(0)] }],
  ["400 is not retried", { given: [fail(400), ok], attempts: 1, status: 400, waits: [] }],
  ["404 is not retried", { given: [fail(404), ok], attempts: 1, status: 404, waits: [] }],
  [
    "gives up after 2 retries by default",
    { given: [fail(500)], attempts: 3, status: 500, waits: [backoffRange(0), backoffRange(1)] },
  ],
];

describe("retries", () => {
  it.each(cases)("%s", async (_title, { given, attempts, status, waits }) => {
    const server = await startServer(replies(...given));
    const { client, waits: waited } = clientFor(server);
    const { response } = await client.GET("/organization/users");
    expect(response.status).toBe(status);
    expect(server.requests).toHaveLength(attempts);
    expect(waited).toHaveLength(waits.length);
    waits.forEach((want, i) => {
      if (typeof want === "number") expect(waited[i]).toBe(want);
      else {
        expect(waited[i]).toBeGreaterThanOrEqual(want[0]);
        expect(waited[i]).toBeLessThanOrEqual(want[1]);
      }
    });
  });

  it("waits until the HTTP date in Retry-After", async () => {
    const server = await startServer((req, res, attempt) => {
      const at = new Date(Date.now() + 30_000).toUTCString();
      replies(fail(503, { "retry-after": at }), ok)(req, res, attempt);
    });
    const { client, waits } = clientFor(server);
    await client.GET("/organization/users");
    expect(server.requests).toHaveLength(2);
    // HTTP dates have whole seconds, so up to one second less than 30 s.
    expect(waits[0]).toBeGreaterThan(28_000);
    expect(waits[0]).toBeLessThanOrEqual(30_000);
  });

  it("really waits before retrying", async () => {
    const server = await startServer(replies(fail(503, { "retry-after-ms": "150" }), ok));
    const { client } = clientFor(server, { sleep: undefined });
    const started = Date.now();
    const { data } = await client.GET("/organization/users");
    expect(data?.data[0]?.id).toBe("user_abc");
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("doubles the backoff up to 8 s", async () => {
    const server = await startServer(replies(fail(502)));
    const { client, waits } = clientFor(server, { maxRetries: 6 });
    await client.GET("/organization/users");
    expect(server.requests).toHaveLength(7);
    waits.forEach((wait, retry) => {
      const [low, high] = backoffRange(retry);
      expect(wait).toBeGreaterThanOrEqual(low);
      expect(wait).toBeLessThanOrEqual(high);
    });
    expect(Math.max(...waits)).toBeLessThanOrEqual(8000);
  });

  it("takes maxRetries per client and per request", async () => {
    const server = await startServer(replies(fail(500)));
    const { client } = clientFor(server, { maxRetries: 4 });
    await client.GET("/organization/users");
    expect(server.requests).toHaveLength(5);
    await client.withOptions({ maxRetries: 0 }).GET("/organization/users");
    expect(server.requests).toHaveLength(6);
    // The original client keeps its own setting.
    await client.GET("/organization/users");
    expect(server.requests).toHaveLength(11);
  });

  it("sends the same method, body and headers again on every retry", async () => {
    const server = await startServer(
      replies(fail(503), fail(503), {
        status: 200,
        body: { object: "organization.invite", id: "invite-abc" },
      }),
    );
    const { client } = clientFor(server, { headers: { "x-trace": "t1" } });
    const invite = await unwrap(
      client.POST("/organization/invites", { body: { email: "ada@example.com", role: "reader" } }),
    );
    expect(invite.id).toBe("invite-abc");
    expect(server.requests.map((r) => r.method)).toEqual(["POST", "POST", "POST"]);
    const bodies = server.requests.map((r) => JSON.parse(r.body));
    expect(bodies).toEqual(Array(3).fill({ email: "ada@example.com", role: "reader" }));
    expect(server.requests.map((r) => r.headers["x-trace"])).toEqual(["t1", "t1", "t1"]);
    expect(server.requests.map((r) => r.headers["content-type"])).toEqual(Array(3).fill("application/json"));
  });

  it("throws RateLimitError through unwrap once retries run out", async () => {
    const server = await startServer(
      replies({
        status: 429,
        headers: { "retry-after": "1", "x-request-id": "req_rl" },
        body: envelope("Slow down", "requests", "rate_limit_exceeded"),
      }),
    );
    const { client, waits } = clientFor(server);
    const error = await unwrap(client.GET("/organization/users")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, code: "rate_limit_exceeded", requestId: "req_rl" });
    expect(server.requests).toHaveLength(3);
    expect(waits).toEqual([1000, 1000]);
  });
});
