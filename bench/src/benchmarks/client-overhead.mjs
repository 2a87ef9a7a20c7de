// @ts-check
// 2. Client overhead: many small sequential calls in one process, so what is measured is the
// client's own work per request (building it, sending it, parsing and checking the answer).
import OpenAI from "openai";
import createClient from "openapi-fetch";
import { urlFor } from "../api-server.mjs";
import { ADMIN_KEY, loadClient, names } from "../contenders.mjs";
import { runAlternating, timed, unavailable } from "../harness.mjs";
import { compare } from "../report.mjs";

/** @param {import("../run.mjs").Context} ctx */
export async function clientOverhead(ctx) {
  const { calls, limit, total, warmup, runs } = ctx.plan.clientOverhead;
  const baseUrl = urlFor(ctx.urls, total);
  const mod = await loadClient();
  const sdk = new OpenAI({ adminAPIKey: ADMIN_KEY, baseURL: baseUrl, maxRetries: 0 });
  const rawUrl = `${baseUrl}/organization/users?limit=${limit}`;
  /** @param {unknown} body */
  const check = (body) => {
    if (/** @type {{ data?: unknown[] } | undefined} */ (body)?.data?.length !== limit)
      throw new Error(`expected a page of ${limit} users`);
  };
  /** @param {() => Promise<unknown>} call */
  const loop = (call) => () =>
    timed(async () => {
      for (let i = 0; i < calls; i++) check(await call());
    });

  const outcome = await runAlternating(
    [
      {
        name: names.rawFetch,
        run: loop(async () => {
          const res = await fetch(rawUrl, { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          return res.json();
        }),
      },
      typeof mod === "string"
        ? unavailable(names.client, mod)
        : (() => {
            const client = mod.createAdminClient({ adminApiKey: ADMIN_KEY, baseUrl, maxRetries: 0 });
            return {
              name: names.client,
              run: loop(async () => {
                const { data, error } = await client.GET("/organization/users", {
                  params: { query: { limit } },
                });
                if (error) throw new Error(JSON.stringify(error));
                return data;
              }),
            };
          })(),
      (() => {
        // The library our client is built on, with nothing around it: no retries, no timeouts, no
        // error classes. What it costs over a bare fetch, the client cannot go below.
        // Untyped here (the bench has no spec types): the path is one every server in the bench has.
        const bare =
          /** @type {{ GET(path: string, init: object): Promise<{ data?: unknown, error?: unknown }> }} */ (
            /** @type {unknown} */ (
              createClient({ baseUrl, headers: { Authorization: `Bearer ${ADMIN_KEY}` } })
            )
          );
        return {
          name: names.openapiFetch,
          run: loop(async () => {
            const { data, error } = await bare.GET("/organization/users", { params: { query: { limit } } });
            if (error) throw new Error(JSON.stringify(error));
            return data;
          }),
        };
      })(),
      { name: names.sdk, run: loop(() => sdk.admin.organization.users.list({ limit })) },
    ],
    { warmup, runs, budgetMs: ctx.budgetMs },
  );
  return [
    compare(
      {
        id: "client-overhead",
        title: `2. Client overhead: ${calls.toLocaleString("en-US")} sequential list calls`,
        how: `${calls} sequential \`GET /organization/users?limit=${limit}\` in one process, each checked for ${limit} users: our client's \`GET\`, a bare \`fetch\` + \`res.json()\`, openapi-fetch on its own (the floor for a client built on it), and the SDK's \`users.list()\`.`,
        baseline: names.rawFetch,
        metrics: { ms: { label: `time for ${calls} calls`, unit: "ms" } },
        warmup,
        targets: [
          { contender: names.client, metric: "ms", op: "<=", ratio: 1.1, text: "<= 1.10x raw fetch" },
        ],
      },
      outcome,
    ),
  ];
}
