// Every CLI command, in every outcome, with a canary key: the key, or its Bearer header, must never
// reach stdout or stderr, even with --debug, even when the server echoes the Authorization header.
// Successes run each command's example, with seeded ids, on a simulator of their own.
import { type RunningSimulator, startSimulator } from "@openai-admin/simulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportCases } from "../helpers/cases.js";
import { Exit, runCli } from "../helpers/cli.js";
import { liveExamples, ORG } from "../helpers/live-examples.js";
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
  /** Run against a fresh seeded organization (`--base-url` added), where the command succeeds. */
  onOrganization?: boolean;
}

let examples: Map<string, string[]>;
let rejecting: RunningSimulator;
let failing: RunningSimulator;
let closedUrl: string;
beforeAll(async () => {
  examples = await liveExamples(operations);
  // The simulator answering everything with an error that echoes the Authorization header: the
  // worst case for a leak, which no API does on purpose.
  rejecting = await startSimulator({
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
  failing = await startSimulator({ ...ORG, faults: () => ({ kind: "server-error", status: 500 }) });
  const closed = await startSimulator(ORG);
  closedUrl = closed.url;
  await closed.close();
});
afterAll(async () => {
  await Promise.all([rejecting.close(), failing.close()]);
});

const yes = (op: CliOperation) => (op.destructive ? ["--yes"] : []);

function runsFor(op: CliOperation): Run[] {
  const name = `${op.resource} ${op.verb}`;
  const example = examples.get(op.operationId) ?? op.example;
  const base = [...example, ...yes(op)];
  const runs: Run[] = [
    { name: `${name}: success`, args: base, via: "env", exit: Exit.ok, onOrganization: true },
    {
      name: `${name}: success --debug`,
      args: [...base, "--debug"],
      via: "flag",
      exit: Exit.ok,
      onOrganization: true,
    },
    {
      name: `${name}: API error echoing the key --debug`,
      args: [...base, "--base-url", rejecting.url, "--debug"],
      via: "env",
      exit: Exit.rejected,
    },
    {
      name: `${name}: usage error`,
      args: [...base, "--no-such-flag"],
      via: "flag",
      exit: Exit.usage,
      onOrganization: true,
    },
  ];
  if (op.method !== "GET") {
    runs.push({
      name: `${name}: --dry-run --debug`,
      args: [...example, "--dry-run", "--debug"],
      via: "flag",
      exit: Exit.ok,
      onOrganization: true,
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
      args: [...listUsers, "--format", format],
      via: "flag",
      exit: Exit.ok,
      onOrganization: true,
    }),
  ),
  {
    name: "wrong key (401) --debug",
    args: [...listUsers, "--debug"],
    via: "env",
    exit: Exit.auth,
    onOrganization: true,
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
    args: [...listUsers, "--limit", "0", "--debug"],
    via: "flag",
    exit: Exit.usage,
    onOrganization: true,
  },
  { name: "unknown command --debug", args: ["nope", "list", "--debug"], via: "flag", exit: Exit.usage },
  { name: "--help", args: ["users", "list", "--help"], via: "flag", exit: Exit.ok },
  {
    name: "--query on the result --debug",
    args: [...listUsers, "--query", "[].id", "--debug"],
    via: "flag",
    exit: Exit.ok,
    onOrganization: true,
  },
  {
    name: "--header carrying the key is not printed by --debug",
    args: [...listUsers, "--header", `X-Extra: ${KEY}`, "--debug"],
    via: "env",
    exit: Exit.ok,
    onOrganization: true,
  },
];

async function check(run: Run): Promise<string | undefined> {
  const env: Record<string, string> = {};
  const args = [...run.args];
  const key = run.name.startsWith("wrong key") ? `${KEY}-wrong` : KEY;
  if (run.via === "env") env.OPENAI_ADMIN_KEY = key;
  else args.push("--admin-api-key", key);
  // Writes change the organization, so each run gets one of its own, seeded alike.
  const organization = run.onOrganization ? await startSimulator({ ...ORG, requireKey: KEY }) : undefined;
  if (organization) args.push("--base-url", organization.url);
  const result = await runCli(args, { env }).finally(() => organization?.close());
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
