import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import { packageTestConfig } from "../../vitest.shared.js";

// One vitest run, one JSON report (summed by the root `pnpm test`), several projects:
// - unit: the suite's own machinery (coverage check, validator), no server;
// - static / dynamic: the contract suite against Prism with examples / generated bodies;
// - live: the contract suite against CONTRACT_BASE_URL, only when that is set.
const contract = (name: string, env: Record<string, string>): TestProjectInlineConfiguration => ({
  extends: true,
  test: { name, include: ["test/contract.test.ts"], env },
});

const live = Boolean(process.env.CONTRACT_BASE_URL);

export default defineConfig(
  packageTestConfig({
    test: {
      projects: [
        {
          extends: true,
          test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/contract.test.ts"] },
        },
        ...(live
          ? [contract("live", { CONTRACT_MODE: "live" })]
          : [
              contract("static", { CONTRACT_MODE: "static" }),
              contract("dynamic", { CONTRACT_MODE: "dynamic" }),
            ]),
      ],
    },
  }),
);
