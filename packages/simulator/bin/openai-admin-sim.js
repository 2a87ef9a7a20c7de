#!/usr/bin/env node
// The `openai-admin-sim` command. The simulator is bundled into dist/ by `pnpm build`; this file is
// committed so that it exists before any build: installing the workspace links the command
// without pnpm's "Failed to create bin" warnings, and a clone that was never built says so.
import { existsSync } from "node:fs";

const entry = new URL("../dist/bin.js", import.meta.url);
if (existsSync(entry)) {
  await import(entry.href);
} else {
  process.stderr.write("openai-admin-sim is not built yet: run `pnpm build` at the root of the repository\n");
  process.exitCode = 1;
}
