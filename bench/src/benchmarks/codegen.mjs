// @ts-check
// 5. Codegen and the build cache: the two waits a contributor sees after a spec change and after none.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot, runAlternating, runCommand } from "../harness.mjs";
import { compare } from "../report.mjs";

const names = { generate: "pnpm generate --force", build: "turbo run build (no change)" };

/** pnpm itself: the one running this bench when there is one, else the one on PATH. */
export function pnpmCommand() {
  const execpath = process.env.npm_execpath;
  if (execpath && /pnpm/.test(execpath) && existsSync(execpath)) {
    return execpath.endsWith(".js") || execpath.endsWith(".cjs")
      ? { command: process.execPath, args: [execpath] }
      : { command: execpath, args: [] };
  }
  return { command: "pnpm", args: [] };
}

export const turboBin = join(repoRoot, "node_modules/.bin/turbo");

/** @param {import("../run.mjs").Context} ctx */
export async function codegen(ctx) {
  const { warmup, runs } = ctx.plan.codegen;
  const pnpm = pnpmCommand();
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };
  const outcome = await runAlternating(
    [
      {
        name: names.generate,
        run: async () => ({
          ms: (await runCommand(pnpm.command, [...pnpm.args, "generate", "--force"], { env })).ms,
        }),
      },
      {
        name: names.build,
        run: async ({ warmup }) => {
          // After the warm-up nothing has changed, so every task must come from the cache. A file
          // edited meanwhile (someone working in the same checkout) costs one rebuild: measure the
          // next build, up to twice.
          for (let attempt = 0; attempt < 3; attempt++) {
            const { ms, output } = await runCommand(turboBin, ["run", "build"], { env });
            if (warmup || /FULL TURBO/.test(output)) return { ms };
          }
          throw new Error("turbo run build was not a full cache hit three times in a row");
        },
      },
    ],
    { warmup, runs, budgetMs: ctx.budgetMs },
  );
  return [
    compare(
      {
        id: "codegen",
        title: "5. Codegen and build cache",
        how: "`pnpm generate --force` (turbo's cache bypassed, so every generator really runs) and a no-change `turbo run build` (a full cache hit), from the repo root, spawn to exit.",
        baseline: null,
        metrics: { ms: { label: "wall time", unit: "ms" } },
        warmup,
      },
      outcome,
    ),
  ];
}
