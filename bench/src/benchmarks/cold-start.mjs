// @ts-check
// 1. CLI cold start: a whole process from spawn to exit, as a user at a shell sees it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { urlFor } from "../api-server.mjs";
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

  // The same one-shot command against the floor of any Node CLI, in time and in memory.
  const floorRun = await runAlternating(
    [
      {
        name: names.floor,
        run: async () => {
          const { ms, peakRssMb } = await runNode(["-e", "0"], { peakRss: true });
          return { ms, rssMb: peakRssMb ?? Number.NaN };
        },
      },
      missing
        ? unavailable(names.cliUsersList, missing)
        : {
            name: names.cliUsersList,
            run: async (context) => {
              const args = [cliEntry, "users", "list", "--format", "json", ...common];
              const { ms, peakRssMb } = await runNode(args, { peakRss: true, capture: context.warmup });
              return { ms, rssMb: peakRssMb ?? Number.NaN };
            },
          },
    ],
    { ...usersList, budgetMs: ctx.budgetMs },
  );

  // --mock answers from the simulator inside the CLI process; its state file is loaded each time.
  const state = mkdtempSync(join(tmpdir(), "bench-mock-state-"));
  const mockArgs = ["--max-items", String(maxItems), "--mock"];
  const mockRun = await runAlternating(
    [
      missing
        ? unavailable(names.cliUsersList, missing)
        : {
            name: names.cliUsersList,
            run: listing([cliEntry, "users", "list", "--format", "json", ...common]),
          },
      missing
        ? unavailable(names.cliUsersListMock, missing)
        : {
            name: names.cliUsersListMock,
            run: async ({ warmup }) => {
              const args = [cliEntry, "users", "list", "--format", "json", ...mockArgs];
              const { ms, stdout } = await runNode(args, { capture: warmup, env: { XDG_STATE_HOME: state } });
              if (warmup && countUsers(stdout) !== maxItems)
                throw new Error(`--mock: expected ${maxItems} users, got ${countUsers(stdout)}`);
              return { ms };
            },
          },
    ],
    { ...usersList, budgetMs: ctx.budgetMs },
  );
  rmSync(state, { recursive: true, force: true });

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
        how: `\`openai-admin users list --max-items ${maxItems} --format json\` against bench/src/sdk-users-list.mjs, which does the same with the openai SDK; spawn to exit, against the simulator.`,
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
    compare(
      {
        id: "cold-start/users-list-floor",
        title: `1. Cold start: users list --max-items ${maxItems} against node -e 0`,
        how: `The same \`users list\` against \`node -e 0\`: wall time spawn to exit, and peak RSS.`,
        baseline: names.floor,
        metrics: { ms: { label: "wall time", unit: "ms" }, rssMb: { label: "peak RSS", unit: "MB" } },
        warmup: usersList.warmup,
        targets: [
          { contender: names.cliUsersList, metric: "ms", op: "<=", ratio: 1.8, text: "<= 1.8x the floor" },
          {
            contender: names.cliUsersList,
            metric: "rssMb",
            op: "<=",
            ratio: 1.4,
            text: "RSS <= 1.4x the floor's",
          },
        ],
      },
      floorRun,
    ),
    compare(
      {
        id: "cold-start/mock",
        title: `1. Cold start: users list --max-items ${maxItems} --mock`,
        how: "The same command answered by the built-in fake organization (the simulator in process, its state file loaded) against the simulator on 127.0.0.1.",
        baseline: names.cliUsersList,
        metrics: wall,
        warmup: usersList.warmup,
        targets: [
          {
            contender: names.cliUsersListMock,
            metric: "ms",
            op: "<=",
            ratio: 1.5,
            text: "<= 1.5x a local server",
          },
        ],
      },
      mockRun,
    ),
  ];
}
