// One vitest setup for every package. The JSON report is what `pnpm test` sums up into the
// closing "N passed, N failed" line that CI reads.
import { defineConfig, mergeConfig, type ViteUserConfig } from "vitest/config";
import { testWorkers } from "./scripts/parallelism.mjs";

export function packageTestConfig(overrides: ViteUserConfig = {}) {
  return mergeConfig(
    defineConfig({
      test: {
        include: ["test/**/*.test.ts"],
        reporters: ["default", "json"],
        outputFile: { json: "test-results/vitest.json" },
        maxWorkers: testWorkers,
        testTimeout: 30_000,
        hookTimeout: 60_000,
      },
    }),
    overrides,
  );
}
