// `report costs` against the seeded organization: per-group totals that add up to what the costs
// endpoint itself reports per day, names for the ids, and a bar per day on a terminal.
import { createAdminClient, paginate } from "@openai-admin/client";
import type { RunningSimulator } from "@openai-admin/simulator";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { report, seededOrganization } from "./helpers.js";

interface CostsJson {
  by: string;
  start_time: number;
  total: number;
  currency: string;
  groups: { id: string; name: string; total: number }[];
  days: { date: string; total: number; groups: Record<string, number> }[];
}

let sim: RunningSimulator;
let now: number;
beforeAll(async () => {
  ({ sim, now } = await seededOrganization());
});
afterAll(async () => {
  await sim?.close();
});

const cents = (n: number) => Math.round(n * 100);

/** The organization's daily totals, straight from the costs endpoint, ungrouped. */
async function dailyTotals(start: number): Promise<Map<number, number>> {
  const client = createAdminClient({ adminApiKey: "sk-admin-test", baseUrl: sim.url, maxRetries: 0 });
  const totals = new Map<number, number>();
  const query = { start_time: start, end_time: now, bucket_width: "1d" as const, limit: 31 };
  for await (const bucket of paginate(client, "/organization/costs", { params: { query } })) {
    const sum = bucket.results.reduce(
      (s, r) => s + ((r as { amount?: { value?: number } }).amount?.value ?? 0),
      0,
    );
    totals.set(bucket.start_time, sum);
  }
  return totals;
}

describe("report costs on the seeded organization", () => {
  it.each(["project", "line_item", "api_key"])(
    "--by %s adds up to the organization's daily totals",
    async (by) => {
      const result = await report(sim, ["costs", "--since", "30d", "--by", by, "--format", "json"]);
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/report costs: 31 days, \d+/);
      const costs = JSON.parse(result.stdout) as CostsJson;
      expect(costs.days).toHaveLength(31);
      const expected = await dailyTotals(costs.start_time);
      costs.days.forEach((day, i) => {
        const want = expected.get(costs.start_time + i * 86_400) ?? 0;
        // Each group's amount is rounded to cents, so a day may differ by a cent per group.
        expect(Math.abs(cents(day.total) - cents(want)), day.date).toBeLessThanOrEqual(
          Object.keys(day.groups).length,
        );
        expect(cents(Object.values(day.groups).reduce((a, b) => a + b, 0))).toBeCloseTo(cents(day.total), -1);
      });
      expect(cents(costs.groups.reduce((a, g) => a + g.total, 0))).toBeCloseTo(cents(costs.total), -1);
      for (const g of costs.groups) expect(g.name).not.toBe("");
      if (by === "project") expect(costs.groups.map((g) => g.name)).toContain("Internal Tools");
      if (by === "line_item")
        expect(costs.groups.every((g) => g.id === g.name && g.id.includes(", "))).toBe(true);
      if (by === "api_key")
        expect(costs.groups.every((g) => g.id.startsWith("key_") && g.name.includes("("))).toBe(true);
    },
  );

  it("prints CSV rows that add up to the JSON's totals, and a plain bar per day off a terminal", async () => {
    const json = JSON.parse(
      (await report(sim, ["costs", "--since", "7d", "-o", "json"])).stdout,
    ) as CostsJson;
    const csv = parse((await report(sim, ["costs", "--since", "7d", "-o", "csv"])).stdout, {
      columns: true,
    }) as Record<string, string>[];
    for (const g of json.groups) {
      const sum = csv.filter((r) => r.project_id === g.id).reduce((s, r) => s + Number(r.amount), 0);
      expect(cents(sum)).toBeCloseTo(cents(g.total), -1);
    }
    const table = await report(sim, ["costs", "--since", "7d", "-o", "table"]);
    const bars = table.stdout.split("\n").filter((l) => /^\d{4}-\d{2}-\d{2} /.test(l));
    expect(bars).toHaveLength(json.days.length);
    expect(table.stdout).not.toContain("\x1b[");
    expect(bars.join("\n")).toMatch(/#+/);
  });

  it("refuses an unknown --by", async () => {
    const result = await report(sim, ["costs", "--by", "model"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--by: one of project, line_item, api_key");
  });
});
