// Every CLI command, in every outcome, with a canary key: the key, or its Bearer header, must never
// reach stdout or stderr, even with --debug, even when the server echoes the Authorization header.
import { type FaultServer, startFaultServer } from "@openai-admin/fault-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportCases } from "../helpers/cases.js";
import { Exit, runCli } from "../helpers/cli.js";
import { type CliOperation, cliOperations } from "../helpers/manifest.js";

const SECRET_PART = "CANARY7f3d9b2e1a4c8d6b5e0f9a1c";
const KEY = `sk-admin-${SECRET_PART}`;
const operations = cliOperations();

interface Run {
  name: string;
  args: string[];
  /** How the key is given: the environment variable or the flag. */
  via: "env" | "flag";
  exit: number | number[];
}

let ok: FaultServer;
let rejecting: FaultServer;
let failing: FaultServer;
let closedUrl: string;
beforeAll(async () => {
  ok = await startFaultServer({ users: 30, roles: 5, requireKey: KEY });
  // A server that echoes the Authorization header in its error message: the worst case for a leak.
  rejecting = await startFaultServer({
    respond: (r) => ({
      status: 400,
      headers: { "x-echo-authorization": String(r.headers.authorization) },
      body: {
        error: {
          message: `Invalid request; you sent Authorization: ${r.headers.authorization}`,
          type: "invalid_request_error",
          param: String(r.headers.authorization),
          code: null,
        },
      },
    }),
  });
  failing = await startFaultServer({ faults: () => ({ kind: "server-error", status: 500 }) });
  const closed = await startFaultServer();
  closedUrl = closed.url;
  await closed.close();
});
afterAll(async () => {
  await Promise.all([ok.close(), rejecting.close(), failing.close()]);
});

const yes = (op: CliOperation) => (op.destructive ? ["--yes"] : []);

function runsFor(op: CliOperation): Run[] {
  const name = `${op.resource} ${op.verb}`;
  const base = [...op.example, ...yes(op)];
  const runs: Run[] = [
    { name: `${name}: success`, args: [...base, "--base-url", ok.url], via: "env", exit: Exit.ok },
    {
      name: `${name}: success --debug`,
      args: [...base, "--base-url", ok.url, "--debug"],
      via: "flag",
      exit: Exit.ok,
    },
    {
      name: `${name}: API error echoing the key --debug`,
      args: [...base, "--base-url", rejecting.url, "--debug"],
      via: "env",
      exit: Exit.rejected,
    },
    {
      name: `${name}: usage error`,
      args: [...base, "--base-url", ok.url, "--no-such-flag"],
      via: "flag",
      exit: Exit.usage,
    },
  ];
  if (op.method !== "GET") {
    runs.push({
      name: `${name}: --dry-run --debug`,
      args: [...op.example, "--dry-run", "--debug", "--base-url", ok.url],
      via: "flag",
      exit: Exit.ok,
    });
  }
  return runs;
}

const listUsers = ["users", "list"];
/** Runs that are not about one operation; built once the servers are up. */
const globalRuns = (): Run[] => [
  ...["json", "jsonl", "yaml", "csv", "table"].map(
    (format): Run => ({
      name: `users list --format ${format}`,
      args: [...listUsers, "--format", format, "--base-url", ok.url],
      via: "flag",
      exit: Exit.ok,
    }),
  ),
  {
    name: "wrong key (401) --debug",
    args: [...listUsers, "--debug", "--base-url", ok.url],
    via: "env",
    exit: Exit.auth,
  },
  {
    name: "500 after retries --debug",
    args: [...listUsers, "--debug", "--base-url", failing.url, "--max-retries", "2"],
    via: "flag",
    exit: Exit.server,
  },
  {
    name: "network failure (closed port) --debug",
    args: [...listUsers, "--debug", "--base-url", closedUrl, "--max-retries", "1"],
    via: "env",
    exit: Exit.network,
  },
  {
    name: "network failure (closed port)",
    args: [...listUsers, "--base-url", closedUrl, "--max-retries", "0"],
    via: "flag",
    exit: Exit.network,
  },
  {
    name: "invalid value (--limit 0) --debug",
    args: [...listUsers, "--limit", "0", "--debug", "--base-url", ok.url],
    via: "flag",
    exit: Exit.usage,
  },
  { name: "unknown command --debug", args: ["nope", "list", "--debug"], via: "flag", exit: Exit.usage },
  { name: "--help", args: ["users", "list", "--help"], via: "flag", exit: Exit.ok },
  {
    name: "--query on the result --debug",
    args: [...listUsers, "--query", "[].id", "--debug", "--base-url", ok.url],
    via: "flag",
    exit: Exit.ok,
  },
  {
    name: "--header carrying the key is not printed by --debug",
    args: [...listUsers, "--header", `X-Extra: ${KEY}`, "--debug", "--base-url", ok.url],
    via: "env",
    exit: Exit.ok,
  },
];

async function check(run: Run): Promise<string | undefined> {
  const env: Record<string, string> = {};
  const args = [...run.args];
  const key = run.name.startsWith("wrong key") ? `${KEY}-wrong` : KEY;
  if (run.via === "env") env.OPENAI_ADMIN_KEY = key;
  else args.push("--admin-api-key", key);
  const result = await runCli(args, { env });
  const output = `${result.stdout}\n${result.stderr}`;
  const wanted = Array.isArray(run.exit) ? run.exit : [run.exit];
  const problems: string[] = [];
  if (output.includes(SECRET_PART)) problems.push("the key appears in the output");
  if (output.includes(`Bearer ${KEY}`)) problems.push("the Bearer header appears in the output");
  if (!wanted.includes(result.code ?? -1))
    problems.push(`exit ${result.code}, expected ${wanted.join(" or ")}`);
  if (problems.length === 0) return undefined;
  const where = output.indexOf(SECRET_PART);
  const context =
    where === -1 ? result.stderr.slice(0, 300) : output.slice(Math.max(0, where - 120), where + 60);
  return `${run.name} [key via ${run.via}]: ${problems.join("; ")}\n    ${JSON.stringify(context)}`;
}

describe("secrets: the canary key never reaches stdout or stderr", { timeout: 300_000 }, () => {
  it("every command: success, --debug, API error, usage error, --dry-run, network failure", async () => {
    const runs = [...operations.flatMap(runsFor), ...globalRuns()];
    const failures: string[] = [];
    // Four at a time: each run is its own process, and the servers answer them all.
    for (let i = 0; i < runs.length; i += 4) {
      const batch = await Promise.all(runs.slice(i, i + 4).map(check));
      failures.push(...batch.filter((f): f is string => f !== undefined));
    }
    reportCases("secrets", { commands: operations.length, runs: runs.length, failures: failures.length });
    expect(failures, failures.join("\n")).toEqual([]);
  });
});
