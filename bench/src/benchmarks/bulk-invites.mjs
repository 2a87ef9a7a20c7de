// @ts-check
// 6. Bulk invites: `openai-admin invites create --from-file` with 1,000 rows against the simulator
// limited to 50 requests a second. The limit sets a floor (1,000 / 50 = 20 s); the CLI should run
// close to it without bouncing off it. The floor is a computed contender, so the table shows the
// CLI as a ratio to it; its 429 allowance (5% of requests) is the floor's other metric.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startSimulator } from "@openai-admin/simulator";
import { ADMIN_KEY, cliEntry, cliMissing } from "../contenders.mjs";
import { runAlternating, runNode, tmpDir, unavailable } from "../harness.mjs";
import { compare } from "../report.mjs";

/** @param {number} n */
const count = (n) => n.toLocaleString("en-US");
const ALLOWED_429_PERCENT = 5;

/** @param {import("../run.mjs").Context} ctx */
export async function bulkInvites(ctx) {
  const { rows, perSecond, warmup, runs } = ctx.plan.bulkInvites;
  mkdirSync(tmpDir, { recursive: true });
  const dir = mkdtempSync(join(tmpDir, "bulk-invites-"));
  const csv = join(dir, "invites.csv");
  const emails = Array.from({ length: rows }, (_, i) => `bench-invitee-${i}@example.com`);
  writeFileSync(csv, `email,role\n${emails.map((e) => `${e},reader`).join("\n")}\n`);
  const floorMs = (rows / perSecond) * 1000;
  const floor = `the floor: ${count(rows)} requests at ${perSecond}/s`;
  const cli = `openai-admin invites create --from-file (${count(rows)} rows)`;
  const missing = cliMissing();
  try {
    return [
      compare(
        {
          id: "bulk-invites",
          title: `7. Bulk invites: ${count(rows)} rows at ${perSecond} requests/s`,
          how: `\`openai-admin invites create --from-file invites.csv\` (${count(rows)} new emails) against a fresh \`@openai-admin/simulator\` per run, rate limited to ${perSecond} requests/s per key (burst ${perSecond}); whole process, spawn to exit. The floor is what the limit allows (${count(rows)} / ${perSecond} s), with a 429 allowance of ${ALLOWED_429_PERCENT}% of requests.`,
          baseline: floor,
          metrics: {
            ms: { label: "wall time", unit: "ms" },
            rateLimitedPercent: { label: "requests answered 429", unit: "%" },
          },
          warmup,
          targets: [
            { contender: cli, metric: "ms", op: "<=", ratio: 1.25, text: "within 1.25x of the floor" },
            {
              contender: cli,
              metric: "rateLimitedPercent",
              op: "<=",
              ratio: 1,
              text: `<= ${ALLOWED_429_PERCENT}% of requests answered 429`,
            },
          ],
        },
        await runAlternating(
          [
            // What the limit allows, computed; alternating with it costs nothing.
            { name: floor, run: async () => ({ ms: floorMs, rateLimitedPercent: ALLOWED_429_PERCENT }) },
            missing ? unavailable(cli, missing) : { name: cli, run: once },
          ],
          { warmup, runs, budgetMs: ctx.budgetMs },
        ),
      ),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  async function once() {
    const sim = await startSimulator({ seed: 1, rateLimit: { perSecond, burst: perSecond } });
    const state = mkdtempSync(join(dir, "state-"));
    try {
      const args = [cliEntry, "invites", "create", "--from-file", csv, "--format", "jsonl"];
      args.push("--base-url", sim.url, "--admin-api-key", ADMIN_KEY);
      const { ms } = await runNode(args, { timeoutMs: 300_000, env: { XDG_STATE_HOME: state } });
      const invites = sim.requests.filter((r) => r.method === "POST" && r.status === 200).length;
      if (invites !== rows)
        throw new Error(`expected ${rows} invites created, the server created ${invites}`);
      const limited = sim.requests.filter((r) => r.status === 429).length;
      return { ms, rateLimitedPercent: (100 * limited) / sim.requests.length };
    } finally {
      await sim.close();
      rmSync(state, { recursive: true, force: true });
    }
  }
}
