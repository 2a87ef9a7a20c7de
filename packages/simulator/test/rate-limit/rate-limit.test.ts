// A token bucket per key: over the limit, 429 with Retry-After and x-ratelimit-* headers; another
// key is not limited by the first; after Retry-After the key is served again. The request log
// records each answer's status.
import { afterAll, beforeAll, expect, test } from "vitest";
import { type RunningSimulator, startSimulator } from "../../src/index.js";
import { client } from "../http.js";

let sim: RunningSimulator;

beforeAll(async () => {
  // A slow refill (one token every 2 s), so a busy machine cannot refill the bucket mid-burst.
  sim = await startSimulator({ seed: 1, rateLimit: { perSecond: 0.5, burst: 5 } });
});
afterAll(() => sim.close());

test("the sixth request in a burst of a key is a 429 with Retry-After; another key is served", async () => {
  const api = client(sim.url, "sk-admin-one");
  const answers = [];
  for (let i = 0; i < 6; i++) answers.push(await api.get("/organization/users?limit=1"));
  expect(answers.slice(0, 5).map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
  expect(answers[0]?.headers.get("x-ratelimit-limit-requests")).toBe("5");
  expect(answers[0]?.headers.get("x-ratelimit-remaining-requests")).toBe("4");
  const limited = answers[5];
  expect(limited?.status).toBe(429);
  expect(limited?.body.error).toMatchObject({ type: "requests", code: "rate_limit_exceeded" });
  expect(Number(limited?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  const waitMs = Number(limited?.headers.get("retry-after-ms"));
  expect(waitMs).toBeGreaterThan(0);
  expect(waitMs).toBeLessThanOrEqual(2000);
  expect(limited?.headers.get("x-ratelimit-remaining-requests")).toBe("0");
  // The request log says what each request was answered, so a test can tell a 429 from a write.
  expect(sim.requests.slice(-6).map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429]);

  expect((await client(sim.url, "sk-admin-two").get("/organization/users?limit=1")).status).toBe(200);
  await new Promise((r) => setTimeout(r, waitMs + 20));
  expect((await api.get("/organization/users?limit=1")).status).toBe(200);
});
