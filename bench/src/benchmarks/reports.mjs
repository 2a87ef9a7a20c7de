// @ts-check
// 6. Reports: `report access` over a 10,000- and a 100,000-user organization with 200 projects,
// served by the simulator (users are made from their index on demand, so it holds no list).
import { seedFacts, startSimulator } from "@openai-admin/simulator";
import { ADMIN_KEY, cliEntry, cliMissing } from "../contenders.mjs";
import { runAlternating, runNode, unavailable } from "../harness.mjs";
import { compare } from "../report.mjs";

/** @param {number} n */
const count = (n) => n.toLocaleString("en-US");

/** @param {import("../run.mjs").Context} ctx */
export async function reports(ctx) {
  const { small, large, projects, warmup, runs } = ctx.plan.reports;
  const now = Math.floor(Date.now() / 1000);
  const start = (/** @type {number} */ users) =>
    startSimulator({ seed: 1, users, projects, now, recordRequests: false });
  const smallSim = await start(small);
  const largeSim = await start(large);
  const sims = [smallSim, largeSim];
  try {
    const missing = cliMissing();
    /** @param {number} n */
    const name = (n) => `report access --format jsonl, ${count(n)} users`;
    /**
     * @param {number} users
     * @param {import("@openai-admin/simulator").RunningSimulator} sim
     * @returns {import("../harness.mjs").Contender}
     */
    const contender = (users, sim) =>
      missing
        ? unavailable(name(users), missing)
        : {
            name: name(users),
            run: async ({ warmup }) => {
              const args = [cliEntry, "report", "access", "--format", "jsonl", "--base-url", sim.url];
              args.push("--admin-api-key", ADMIN_KEY);
              const { ms, peakRssMb, stdout } = await runNode(args, {
                peakRss: true,
                capture: warmup,
                timeoutMs: 300_000,
              });
              // The warm-up proves the report read every user: its inactive users are the seed's.
              if (warmup) {
                const found = stdout
                  .split("\n")
                  .filter((l) => l.startsWith('{"finding":"inactive-user"')).length;
                const want = seedFacts({ seed: 1, users, projects, now }).inactiveUsers.length;
                if (found !== want)
                  throw new Error(`expected ${want} inactive users, the report listed ${found}`);
              }
              return { ms, peakRssMb: peakRssMb ?? Number.NaN };
            },
          };
    const outcome = await runAlternating([contender(small, smallSim), contender(large, largeSim)], {
      warmup,
      runs,
      budgetMs: ctx.budgetMs * 2,
    });
    return [
      compare(
        {
          id: "reports/access",
          title: `6. Reports: report access, ${count(small)} vs ${count(large)} users, ${projects} projects`,
          how: `\`openai-admin report access --format jsonl\` against the simulator seeded with ${count(small)} and ${count(large)} users and ${projects} projects, stdout to /dev/null; peak RSS of the CLI process alone.`,
          baseline: name(small),
          metrics: { ms: { label: "wall time", unit: "ms" }, peakRssMb: { label: "peak RSS", unit: "MB" } },
          warmup,
          targets: [
            {
              contender: name(large),
              metric: "peakRssMb",
              op: "<=",
              ratio: 1.3,
              text: `peak RSS flat (<= 1.3x of ${count(small)})`,
            },
          ],
        },
        outcome,
      ),
    ];
  } finally {
    await Promise.all(sims.map((s) => s.close()));
  }
}
