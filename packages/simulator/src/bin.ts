#!/usr/bin/env node
// openai-admin-sim: the simulator on 127.0.0.1 until stopped.
//   openai-admin-sim --port 4010 --seed 1 --state org.json [--users 40] [--projects 6] [--roles 2] [--rate-limit 50]
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { startSimulator } from "./server.js";

const usage = `Usage: openai-admin-sim [--port 4010] [--seed 1] [--state org.json] [--users 40] [--projects 6]
                        [--roles 2] [--days 90] [--rate-limit <requests per second per key>] [--base-path /v1]

A stateful simulator of the OpenAI Administration API on 127.0.0.1. Any bearer key is accepted.
POST /_simulator/invites/<id>/accept accepts a pending invite; POST /_simulator/reset starts over.`;

function integer(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) {
    console.error(`error: --${name}: expected a whole number, got "${raw}".\n\n${usage}`);
    process.exit(2);
  }
  return Number(raw);
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: "string" },
      seed: { type: "string" },
      state: { type: "string" },
      users: { type: "string" },
      projects: { type: "string" },
      roles: { type: "string" },
      days: { type: "string" },
      "rate-limit": { type: "string" },
      "base-path": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  }));
} catch (error) {
  console.error(`error: ${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const str = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
const options = {
  port: integer("port", str("port")) ?? 4010,
  seed: integer("seed", str("seed")) ?? 1,
  // Relative to where the user ran the command, also through `pnpm sim` (which runs in this package).
  ...(str("state") ? { state: resolve(process.env.INIT_CWD ?? process.cwd(), str("state") as string) } : {}),
  ...(str("users") ? { users: integer("users", str("users")) } : {}),
  ...(str("projects") ? { projects: integer("projects", str("projects")) } : {}),
  ...(str("roles") ? { roles: integer("roles", str("roles")) } : {}),
  ...(str("days") ? { days: integer("days", str("days")) } : {}),
  ...(str("rate-limit") ? { rateLimit: integer("rate-limit", str("rate-limit")) } : {}),
  ...(str("base-path") ? { basePath: str("base-path") } : {}),
};
const running = await startSimulator(options);
console.log(
  `openai-admin-sim listening on ${running.url} (seed ${options.seed}${options.state ? `, state ${options.state}` : ""})`,
);
const stop = () => {
  void running.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
