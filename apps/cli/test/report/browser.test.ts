// Both HTML reports opened in a real browser (Debian's chromium, driven by playwright-core): no
// errors logged, one bar group per day, the totals and findings the JSON output has, and a
// screenshot of each in test-results/. Without chromium it skips, except under CI, which installs it
// (.ci/run) and must run it.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { RunningSimulator } from "@openai-admin/simulator";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { report, seededOrganization } from "./helpers.js";

function findChromium(): string | undefined {
  for (const name of [process.env.CHROMIUM_PATH, "chromium", "chromium-browser"]) {
    if (!name) continue;
    try {
      return execFileSync("sh", ["-c", `command -v "${name}"`], { encoding: "utf8" }).trim() || undefined;
    } catch {}
  }
  return undefined;
}

const executablePath = findChromium();
if (!executablePath && process.env.CI === "true") {
  throw new Error("chromium is not installed, and CI must run the browser tests (.ci/run installs it).");
}
const artifacts = join(import.meta.dirname, "../../test-results");

describe.skipIf(!executablePath)("the HTML reports in headless Chromium (needs Debian's chromium)", () => {
  let sim: RunningSimulator;
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), "report-html-"));
  beforeAll(async () => {
    ({ sim } = await seededOrganization());
    browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
    mkdirSync(artifacts, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await sim?.close();
  });

  async function open(file: string) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    return { page, errors, requests };
  }

  it("costs: a stacked bar group per day, and the totals of the JSON output", async () => {
    const file = join(dir, "costs.html");
    const result = await report(sim, ["costs", "--since", "14d", "--html", file, "-o", "json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      total: number;
      groups: { id: string; name: string; total: number }[];
      days: { date: string; total: number; groups: Record<string, number> }[];
    };
    const { page, errors, requests } = await open(file);
    // One bar per group with costs that day, all bars of a day at one x: one group of bars per day.
    // ECharts draws a zero as a bar of no height: those are not bars a reader sees.
    const drawn = await page.$$eval("figure svg path[ecmeta_ssr_type=chart]", (paths) =>
      paths.map((p) => {
        const box = (p as unknown as { getBBox(): { x: number; height: number } }).getBBox();
        return { day: Number(p.getAttribute("ecmeta_data_index")), x: Math.round(box.x), height: box.height };
      }),
    );
    const bars = drawn.filter((b) => b.height > 0);
    const days = [...new Set(bars.map((b) => b.day))].sort((a, b) => a - b);
    expect(days).toEqual(json.days.flatMap((d, i) => (d.total > 0 ? [i] : [])));
    for (const day of days) expect(new Set(bars.filter((b) => b.day === day).map((b) => b.x)).size).toBe(1);
    expect(bars.length).toBe(
      json.days.reduce((n, d) => n + Object.values(d.groups).filter((v) => v > 0).length, 0),
    );
    const totals = await page.$$eval("table.totals tbody tr", (rows) =>
      rows.map((r) => ({
        id: r.getAttribute("data-id"),
        total: Number(r.cells[1]?.getAttribute("data-sort")),
      })),
    );
    expect(totals).toEqual(json.groups.map((g) => ({ id: g.id, total: g.total })));
    expect(Number(await page.getAttribute("table.totals tfoot [data-total]", "data-total"))).toBe(json.total);
    expect(await page.$$eval("table.days tbody tr", (r) => r.length)).toBe(json.days.length);
    expect(await page.textContent("[data-field=organization]")).toContain("127.0.0.1");
    // Sorting by a click: the totals by name, ascending.
    await page.click("table.totals thead th:first-child button");
    const names = await page.$$eval("table.totals tbody tr td:first-child", (c) =>
      c.map((x) => x.textContent ?? ""),
    );
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await page.screenshot({ path: join(artifacts, "report-costs.png"), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
  });

  it("access: one sortable table per finding, holding the JSON output's findings", async () => {
    const file = join(dir, "access.html");
    const result = await report(sim, ["access", "--html", file, "-o", "json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { findings: { finding: string; id: string; fix: string }[] };
    const { page, errors, requests } = await open(file);
    const rows = await page.$$eval("section[data-finding] tbody tr", (trs) =>
      trs.map((tr) => ({
        finding: tr.closest("section")?.getAttribute("data-finding"),
        id: tr.getAttribute("data-id"),
        fix: tr.cells[6]?.textContent,
      })),
    );
    expect(rows).toEqual(json.findings.map((f) => ({ finding: f.finding, id: f.id, fix: f.fix })));
    await page.click("section[data-finding=inactive-user] thead th:nth-child(4) button");
    const sorted = await page.$$eval("section[data-finding=inactive-user] tbody td:nth-child(4)", (c) =>
      c.map((x) => Number(x.getAttribute("data-sort"))),
    );
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
    await page.screenshot({ path: join(artifacts, "report-access.png"), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
  });
});
