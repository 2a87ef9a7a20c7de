#!/usr/bin/env node
// The `openai-admin` command. The CLI itself is bundled into dist/ by `pnpm build`; this file is
// committed so that it exists before any build: installing the workspace links the command
// without pnpm's "Failed to create bin" warnings, and a clone that was never built says so.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/openai-admin.js", import.meta.url);
if (existsSync(entry)) {
  await import(entry.href);
} else {
  const root = fileURLToPath(new URL("../../..", import.meta.url));
  process.stderr.write(`openai-admin is not built yet: run \`pnpm build\` in ${root}\n`);
  process.exitCode = 1;
}
