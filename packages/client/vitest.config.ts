import { packageTestConfig } from "../../vitest.shared.js";

export default packageTestConfig({
  test: { typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" } },
});
