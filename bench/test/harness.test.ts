// The bench's own pieces, run the way `pnpm bench --quick` runs them. Nothing here asserts a
// timing: numbers belong in results.json, not in CI.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { createAdminClient, paginate } from "@openai-admin/client";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { startApiServer } from "../src/api-server.mjs";
import { benchDir, repoRoot, runAlternating, runNode, stats } from "../src/harness.mjs";
import { README_END, README_START, replaceSection, shapeProblems, table } from "../src/report.mjs";

const TOTAL = 1_234;
const KEY = "sk-admin-test";
let server: Awaited<ReturnType<typeof startApiServer>>;
let url: string;

beforeAll(async () => {
  server = await startApiServer([TOTAL]);
  url = server.urls[TOTAL] ?? "";
});
afterAll(() => server.stop());

interface UsersPage {
  object: string;
  data: { id: string }[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
}

async function get(query: string, headers: Record<string, string> = { authorization: `Bearer ${KEY}` }) {
  const res = await fetch(`${url}/organization/users${query}`, { headers });
  return { status: res.status, body: (await res.json()) as UsersPage };
}

describe("the API server (the simulator)", () => {
  it("serves every user exactly once over pages of up to 100", async () => {
    const ids: string[] = [];
    let after = "";
    let pages = 0;
    for (; pages < 100; pages++) {
      const { status, body } = await get(`?limit=100${after && `&after=${after}`}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({
        object: "list",
        first_id: body.data[0]?.id,
        last_id: body.data.at(-1)?.id,
      });
      ids.push(...body.data.map((u) => u.id));
      if (!body.has_more) break;
      after = body.last_id ?? "";
    }
    expect(pages + 1).toBe(Math.ceil(TOTAL / 100));
    expect(ids).toHaveLength(TOTAL);
    expect(new Set(ids).size).toBe(TOTAL);
  });

  it("answers with the spec's User objects: the schema's properties, its required ones all there", async () => {
    const spec = parse(readFileSync(join(repoRoot, "spec/openapi.yaml"), "utf8"));
    const schema = spec.components.schemas.User;
    const { body } = await get("?limit=100");
    expect(body.data).toHaveLength(100);
    for (const u of body.data) {
      expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(Object.keys(u)));
      expect(Object.keys(u)).toEqual(expect.arrayContaining(schema.required));
    }
  });

  it.each([
    ["the default page is 20", "", 200, 20],
    ["limit above 100 is refused", "?limit=101", 400, undefined],
    ["an unknown cursor is refused", "?after=user-nope", 400, undefined],
  ])("%s", async (_title, query, status, length) => {
    const res = await get(query);
    expect(res.status).toBe(status);
    if (length !== undefined) expect(res.body.data).toHaveLength(length);
  });

  it("refuses a request without a bearer key", async () => {
    expect((await get("", {})).status).toBe(401);
  });

  it("is walked completely by the SDK's for await and by our paginate()", async () => {
    const sdk = new OpenAI({ adminAPIKey: KEY, baseURL: url, maxRetries: 0 });
    let viaSdk = 0;
    for await (const _ of sdk.admin.organization.users.list({ limit: 100 })) viaSdk++;
    const client = createAdminClient({ adminApiKey: KEY, baseUrl: url, maxRetries: 0 });
    let viaClient = 0;
    for await (const _ of paginate(client, "/organization/users", { params: { query: { limit: 100 } } }))
      viaClient++;
    expect([viaSdk, viaClient]).toEqual([TOTAL, TOTAL]);
  });
});

describe("harness", () => {
  it("alternates contenders, drops warm-ups, and reports one that fails as not available", async () => {
    const order: string[] = [];
    const contender = (name: string) => ({
      name,
      run: async () => {
        order.push(name);
        return { ms: order.length };
      },
    });
    const broken = {
      name: "broken",
      run: async () => {
        throw new Error("no dist");
      },
    };
    const { results, runs } = await runAlternating([contender("A"), contender("B"), broken], {
      warmup: 1,
      runs: 3,
      budgetMs: 60_000,
    });
    expect(order).toEqual(["A", "B", "A", "B", "A", "B", "A", "B"]);
    expect(runs).toBe(3);
    expect(results).toEqual([
      { name: "A", available: true, metrics: { ms: stats([3, 5, 7]) } },
      { name: "B", available: true, metrics: { ms: stats([4, 6, 8]) } },
      { name: "broken", available: false, reason: "no dist" },
    ]);
    expect(stats([3, 1, 2, 10])).toMatchObject({ median: 2.5, min: 1, max: 10 });
  });

  it("measures a child process's peak RSS", async () => {
    const { peakRssMb } = await runNode(["-e", "Buffer.alloc(1)"], { peakRss: true });
    expect(peakRssMb).toBeGreaterThan(0);
  });
});

describe("pnpm bench --quick", () => {
  it("writes results of the expected shape and a table naming every benchmark", async () => {
    const out = join(benchDir, ".tmp/test/results.json");
    // Everything but codegen, which would rewrite the repo's generated files under a running turbo.
    const only = "cold-start,client-overhead,paging,bundle-size";
    await promisify(execFile)(
      process.execPath,
      ["src/run.mjs", "--quick", "--no-build", "--only", only, "--out", out],
      { cwd: benchDir, timeout: 60_000 },
    );
    const results = JSON.parse(readFileSync(out, "utf8"));
    expect(shapeProblems(results)).toEqual([]);
    expect(results.benchmarks.map((b: { id: string }) => b.id)).toEqual([
      "cold-start/version",
      "cold-start/users-list",
      "cold-start/users-list-floor",
      "cold-start/mock",
      "client-overhead",
      "paging/iterator",
      "paging/cli-jsonl",
      "bundle-size",
    ]);
    const printed = table(results);
    for (const b of results.benchmarks) expect(printed).toContain(b.title);
  }, 90_000);

  it("keeps the committed results.json in that shape, and the README's section replaceable", () => {
    const committed = join(benchDir, "results.json");
    if (existsSync(committed)) expect(shapeProblems(JSON.parse(readFileSync(committed, "utf8")))).toEqual([]);
    const readme = readFileSync(join(benchDir, "README.md"), "utf8");
    const once = replaceSection(readme, "TABLE");
    expect(replaceSection(once, "TABLE")).toBe(once);
    expect(once).toContain(`${README_START}\nTABLE\n${README_END}`);
  });
});
