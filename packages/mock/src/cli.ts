#!/usr/bin/env node
// `pnpm mock`: serve the spec on 127.0.0.1 until interrupted.
import { parseArgs } from "node:util";
import { startMock } from "./index.js";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p" },
    dynamic: { type: "boolean", short: "d", default: false },
    spec: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(`Usage: openai-admin-mock [--port N] [--dynamic] [--spec FILE]

Serves a Prism mock of the OpenAI Administration API on 127.0.0.1.

Examples:
  pnpm mock                  # random free port, static examples
  pnpm mock --port 4010 -d   # fixed port, bodies generated from the schemas`);
  process.exit(0);
}
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) {
  console.error(`error: --port must be an integer from 1 to 65535, got "${values.port}"`);
  process.exit(2);
}
const mock = await startMock({ port, dynamic: values.dynamic, spec: values.spec });
console.log(`Prism mock of the OpenAI Administration API listening on ${mock.url}`);
console.log(`Try: OPENAI_BASE_URL=${mock.url} OPENAI_ADMIN_KEY=sk-admin-mock openai-admin users list`);
const shutdown = () => void mock.stop().then(() => process.exit(0));
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
