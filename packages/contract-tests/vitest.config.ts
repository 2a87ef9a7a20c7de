import { MOCK_TEST_TIMEOUT_MS } from "@openai-admin/mock";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import { packageTestConfig } from "../../vitest.shared.js";

// One vitest run, one JSON report (summed by the root `pnpm test`), several projects:
// - unit: the suite's own machinery (coverage check, validator, the spec's examples), no server;
// - static / dynamic: the contract suite against Prism serving examples / generated bodies;
// - simulator: the contract suite against the simulator through `prism proxy` (every operation,
//   writes included; Prism reports any request or answer that breaks the spec);
// - live: the contract suite against CONTRACT_BASE_URL, only when that is set.
// Projects do not use `extends: true`: it would concatenate their `include` with the root's.
const project = (name: string, include: string[], extra: TestProjectInlineConfiguration["test"] = {}) => ({
  test: { name, include, testTimeout: 30_000, hookTimeout: 60_000, ...extra },
});
// The first case that sends a request starts Prism and waits for it: no case may time out first.
const contract = (mode: string) =>
  project(mode, ["test/contract.test.ts"], {
    env: { CONTRACT_MODE: mode },
    testTimeout: MOCK_TEST_TIMEOUT_MS,
  });

const live = Boolean(process.env.CONTRACT_BASE_URL);

export default defineConfig(
  packageTestConfig({
    test: {
      projects: [
        project("unit", ["test/unit/**/*.test.ts"]),
        ...(live ? [contract("live")] : [contract("static"), contract("dynamic"), contract("simulator")]),
      ],
    },
  }),
);
