// @ts-check
// 1. CLI cold start: a whole process from spawn to exit, as a user at a shell sees it.
import { urlFor } from "../canned-server.mjs";
import { ADMIN_KEY, cliEntry, cliMissing, countUsers, names, sdkUsersListScript } from "../contenders.mjs";
import { runAlternating, runNode, unavailable } from "../harness.mjs";
import { compare } from "../report.mjs";

const wall = { ms: { label: "wall time", unit: "ms" } };

/** @param {import("../run.mjs").Context} ctx */
export async function coldStart(ctx) {
  const { version, usersList } = ctx.plan.coldStart;
  const missing = cliMissing();
  const url = urlFor(ctx.urls, ctx.plan.coldStart.total);

  const versionRun = await runAlternating(
    [
      { name: names.floor, run: async () => ({ ms: (await runNode(["-e", "0"])).ms }) },
      missing
        ? unavailable(names.cliVersion, missing)
        : {
            name: names.cliVersion,
            run: async ({ warmup }) => {
              const { ms, stdout } = await runNode([cliEntry, "--version"], { capture: warmup });
              if (warmup && !/\d+\.\d+\.\d+/.test(stdout))
                throw new Error(`--version printed ${JSON.stringify(stdout)}`);
              return { ms };
            },
          },
    ],
    { ...version, budgetMs: ctx.budgetMs },
  );

  const maxItems = 20;
  /**
   * @param {string[]} args
   * @returns {import("../harness.mjs").Contender["run"]}
   */
  const listing =
    (args) =>
    async ({ warmup }) => {
      const { ms, stdout } = await runNode(args, { capture: warmup });
      if (warmup && countUsers(stdout) !== maxItems) {
        throw new Error(`expected ${maxItems} users, got ${countUsers(stdout)}: ${stdout.slice(0, 200)}`);
      }
      return { ms };
    };
  const common = ["--max-items", String(maxItems), "--base-url", url, "--admin-api-key", ADMIN_KEY];
  const usersRun = await runAlternating(
    [
      { name: names.sdkScript, run: listing([sdkUsersListScript, ...common]) },
      missing
        ? unavailable(names.cliUsersList, missing)
        : {
            name: names.cliUsersList,
            run: listing([cliEntry, "users", "list", "--format", "json", ...common]),
          },
    ],
    { ...usersList, budgetMs: ctx.budgetMs },
  );

  return [
    compare(
      {
        id: "cold-start/version",
        title: "1. Cold start: --version",
        how: "`node apps/cli/dist/openai-admin.js --version` against `node -e 0`, the floor of any Node CLI; spawn to exit.",
        baseline: names.floor,
        metrics: wall,
        warmup: version.warmup,
        targets: [
          { contender: names.cliVersion, metric: "ms", op: "<=", ratio: 1.3, text: "<= 1.3x the floor" },
        ],
      },
      versionRun,
    ),
    compare(
      {
        id: "cold-start/users-list",
        title: `1. Cold start: users list --max-items ${maxItems}`,
        how: `\`openai-admin users list --max-items ${maxItems} --format json\` against bench/src/sdk-users-list.mjs, which does the same with the openai SDK; spawn to exit, against the canned server.`,
        baseline: names.sdkScript,
        metrics: wall,
        warmup: usersList.warmup,
        targets: [
          {
            contender: names.cliUsersList,
            metric: "ms",
            op: "<",
            ratio: 1,
            text: "faster than the SDK script",
          },
        ],
      },
      usersRun,
    ),
  ];
}
