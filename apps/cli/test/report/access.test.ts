// `report access` against the seeded organization lists exactly what the seed put there on
// purpose (seedFacts), in every output format, with a command that fixes each finding.
import type { RunningSimulator } from "@openai-admin/simulator";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factsAt, report, seededOrganization } from "./helpers.js";

interface Finding {
  finding: string;
  object: string;
  id: string;
  name: string;
  project: { id: string; name: string } | null;
  last_used_at: number | null;
  why: string;
  fix: string;
}

let sim: RunningSimulator;
let now: number;
let json: { counts: Record<string, number>; findings: Finding[]; inactive_days: number; invite_days: number };

beforeAll(async () => {
  ({ sim, now } = await seededOrganization());
  const result = await report(sim, ["access", "--format", "json"]);
  expect(result.stderr).toMatch(/report access: 40 users, 5 projects, \d+ API keys checked; \d+ findings\./);
  expect(result.code).toBe(0);
  json = JSON.parse(result.stdout);
});
afterAll(async () => {
  await sim?.close();
});

const ids = (kind: string) =>
  json.findings
    .filter((f) => f.finding === kind)
    .map((f) => f.id)
    .sort();
const sorted = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe("report access on the seeded organization", () => {
  it("finds each of the seed's findings, and nothing else", () => {
    const facts = factsAt(now);
    expect(ids("owner")).toEqual(sorted(facts.owners));
    expect(ids("inactive-user")).toEqual(sorted(facts.inactiveUsers));
    // Archived projects are left out: their keys no longer work.
    expect(ids("stale-project-api-key")).toEqual(
      sorted(facts.staleProjectApiKeys.filter((k) => !k.archived)),
    );
    expect(ids("unused-service-account")).toEqual(
      sorted(facts.unusedServiceAccounts.filter((a) => !a.archived)),
    );
    expect(ids("never-expiring-admin-key")).toEqual(sorted(facts.neverExpiringAdminKeys));
    expect(ids("old-invite")).toEqual(sorted(facts.oldPendingInvites));
    expect(ids("project-without-allow-list")).toEqual(sorted(facts.projectsWithoutAllowList));
    expect(ids("project-without-spend-alert")).toEqual(sorted(facts.projectsWithoutSpendAlert));
    expect(ids("project-without-spend-limit")).toEqual(sorted(facts.projectsWithoutSpendLimit));
    const total = Object.values(json.counts).reduce((a, b) => a + b, 0);
    expect(json.findings).toHaveLength(total);
    expect(json).toMatchObject({ inactive_days: 90, invite_days: 14 });
  });

  it("says why each is listed and which command fixes it", () => {
    for (const f of json.findings) {
      expect(f.why, f.id).not.toBe("");
      expect(f.fix, f.id).toMatch(/^openai-admin [\w:-]+ \w+ /);
      expect(f.fix, f.id).toContain(f.id.startsWith("proj_") ? f.id : (f.project?.id ?? f.id));
    }
    const key = json.findings.find((f) => f.finding === "stale-project-api-key" && f.project);
    expect(key?.fix).toBe(`openai-admin projects:api-keys delete ${key?.project?.id} ${key?.id}`);
    const project = json.findings.find((f) => f.finding === "project-without-allow-list");
    expect(project?.fix).toContain("--mode allow_list");
  });

  it("gives the same findings as JSONL and CSV, and a table grouped by finding", async () => {
    const jsonl = await report(sim, ["access", "--format", "jsonl"]);
    const lines = jsonl.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Finding);
    expect(lines.map((f) => [f.finding, f.id])).toEqual(json.findings.map((f) => [f.finding, f.id]));
    const csv = await report(sim, ["access", "--format", "csv"]);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.finding, r.id, r.fix])).toEqual(
      json.findings.map((f) => [f.finding, f.id, f.fix]),
    );
    const table = await report(sim, ["access", "--format", "table"]);
    expect(table.stdout).toContain(`Owners (${json.counts.owner})`);
    expect(table.stdout).toContain(
      `Projects without a spend limit (${json.counts["project-without-spend-limit"]})`,
    );
  });

  it("takes --inactive-days and --invite-days", async () => {
    const result = await report(sim, [
      "access",
      "--inactive-days",
      "365",
      "--invite-days",
      "60",
      "-o",
      "json",
    ]);
    const wider = JSON.parse(result.stdout) as typeof json;
    const facts = factsAt(now);
    expect(wider.counts["old-invite"]).toBe(
      facts.oldPendingInvites.filter((i) => i.createdAt < now - 60 * 86_400).length,
    );
    expect(wider.counts["inactive-user"]).toBeLessThan(json.counts["inactive-user"] as number);
    const bad = await report(sim, ["access", "--inactive-days", "soon"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--inactive-days");
  });
});
