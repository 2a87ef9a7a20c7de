import { packageTestConfig } from "../../vitest.shared.js";

// The suites spawn the CLI hundreds of times and page 10,000 users under faults; on a 2-core
// machine they are steadier one file at a time than racing each other for the CPU.
export default packageTestConfig({ test: { fileParallelism: false } });
