// Runs Prism in this process and exits as soon as the parent's stdin pipe closes, so a parent that
// dies without cleaning up (even by SIGKILL) never leaves a mock server behind.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const prismEntry = require.resolve("@stoplight/prism-cli/dist/index.js");

process.stdin.on("end", () => process.exit(0));
process.stdin.on("close", () => process.exit(0));
process.stdin.resume();
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => process.exit(0));

process.argv = [process.argv[0] ?? "node", prismEntry, ...process.argv.slice(2)];
require(prismEntry);
