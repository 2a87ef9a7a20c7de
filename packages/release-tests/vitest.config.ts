import { packageTestConfig } from "../../vitest.shared.js";

// The publish test installs from a real (throwaway) registry, so it gets minutes, not seconds.
export default packageTestConfig({
  test: { testTimeout: 120_000, hookTimeout: 300_000, fileParallelism: false },
});
