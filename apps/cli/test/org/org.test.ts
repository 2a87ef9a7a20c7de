// `org export|plan|apply` against @openai-admin/simulator over real HTTP on 127.0.0.1, the built
// binary as a child process. Every count (writes, duplicates) is taken at the server.
//
// "An empty organization" is the simulator with `users: 1, projects: 0`: one owner (the admin who
// holds the key) and no projects; the seed still gives it its two custom roles, three groups,
// pending invites and an organization spend limit, which `--prune` removes or rewrites.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type RecordedRequest,
  type RunningSimulator,
  seededFaults,
  startSimulator,
  transientFaults,
} from "@openai-admin/simulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { BIN, CANARY, run } from "../helpers/cli.js";
import { hasScript, onTty } from "../helpers/tty.js";

const NOW = 1_796_000_000;
let dir: string;
const sims: RunningSimulator[] = [];
let sourceDoc: string;

async function sim(options: Parameters<typeof startSimulator>[0] = {}): Promise<RunningSimulator> {
  const started = await startSimulator({ seed: 1, now: NOW, ...options });
  sims.push(started);
  return started;
}

const org = (s: RunningSimulator, args: string[]) =>
  run(["org", ...args, "--base-url", s.url, "--timeout", "5"], { env: { NO_COLOR: "1" } });
const writes = (s: RunningSimulator) => s.requests.filter((r) => r.method !== "GET").length;
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

interface Doc {
  users: { email: string; role: string }[];
  invites: { email: string }[];
  groups: { name: string; members: string[] }[];
  projects: { name: string; users?: { email: string }[] }[];
  spend_limit: unknown;
}

/** Invitees accepting, as people do: only those the document lists as users. */
function acceptInvites(s: RunningSimulator, doc: Doc) {
  const users = new Set(doc.users.map((u) => u.email));
  for (const { entity } of s.simulator.org.collection("/organization/invites").from()) {
    if (entity.status === "pending" && users.has(String(entity.email)))
      s.simulator.acceptInvite(String(entity.id));
  }
}

/** Objects with the same natural key, counted in the server's state (zero means nothing was made twice). */
function duplicates(s: RunningSimulator): string[] {
  const all = (path: string) => [...s.simulator.org.collection(path).from()].map(({ entity }) => entity);
  const keyed: [string, string, string][] = [
    ["project", "/organization/projects", "name"],
    ["group", "/organization/groups", "name"],
    ["role", "/organization/roles", "name"],
    ["invite", "/organization/invites", "email"],
  ];
  for (const project of all("/organization/projects")) {
    const at = `/organization/projects/${project.id}`;
    keyed.push(
      [`${project.name} service account`, `${at}/service_accounts`, "name"],
      [`${project.name} spend alert`, `${at}/spend_alerts`, "threshold_amount"],
      [`${project.name} role`, `/projects/${project.id}/roles`, "name"],
    );
  }
  return keyed.flatMap(([what, path, field]) => {
    const keys = all(path).map((entity) => String(entity[field]));
    return keys.filter((key, i) => keys.indexOf(key) !== i).map((key) => `${what} ${key}`);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "openai-admin-org-"));
  const source = await sim();
  const exported = await org(source, ["export"]);
  expect(exported.stderr).toBe("");
  expect(exported.code).toBe(0);
  sourceDoc = exported.stdout;
});
afterAll(async () => {
  await Promise.all(sims.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

describe("org export", () => {
  it("writes the organization by natural keys, named by its schema on the first line", async () => {
    expect(sourceDoc.split("\n")[0]).toBe(
      "$schema: https://unpkg.com/@openai-admin/cli/generated/org.schema.json",
    );
    const schema = JSON.parse(
      readFileSync(new URL("../../generated/org.schema.json", import.meta.url), "utf8"),
    );
    expect(schema.$id).toBe("https://unpkg.com/@openai-admin/cli/generated/org.schema.json");
    const doc = parse(sourceDoc) as Doc;
    expect(doc.users).toHaveLength(40);
    expect(doc.users.filter((u) => u.role === "owner")).toHaveLength(3);
    expect(doc.projects.map((p) => p.name)).toContain("Legacy Chatbot");
    expect(doc.groups.map((g) => g.name)).toEqual(["Data Science", "Platform Admins", "Support Engineers"]);
    // Custom roles and who has them: a user's organization role, a project's own role, given to a
    // project member and a project group.
    expect(doc.users.find((u) => u.email === "linus.corbato@example.com")).toEqual({
      email: "linus.corbato@example.com",
      role: "reader",
      roles: ["Billing Viewer"],
    });
    const bot = doc.projects.find((p) => p.name === "Customer Support Bot") as Doc["projects"][number] &
      Record<string, unknown>;
    expect(bot.roles).toEqual([expect.objectContaining({ name: "Fine-tuning Operator" })]);
    expect(bot.groups).toEqual([{ name: "Platform Admins", roles: ["Fine-tuning Operator"] }]);
    expect(sourceDoc).not.toMatch(/\b(user|proj|group|role|invite)[-_][A-Za-z0-9]{6,}/);
    expect(sourceDoc).not.toContain(CANARY);
  });

  it("writes JSON and files too: -o org.json --format json", async () => {
    const source = await sim();
    const out = join(dir, "org.json");
    const result = await org(source, ["export", "-o", out, "--format", "json"]);
    expect(result.code).toBe(0);
    expect(parse(sourceDoc)).toEqual(JSON.parse(readFileSync(out, "utf8")));
  });
});

describe("org apply", { timeout: 60_000 }, () => {
  it("to an empty organization, then export again: the same document; a second apply sends no write", async () => {
    const target = await sim({ users: 1, projects: 0 });
    const docFile = file("round-trip.yaml", sourceDoc);
    const first = await org(target, ["apply", "-f", docFile, "--prune", "--yes"]);
    expect(first.stderr).toMatch(/Apply: \d+ done, 0 failed/);
    expect(first.code).toBe(0);
    // People accept their invites; the memberships that needed them are what the next apply does.
    acceptInvites(target, parse(sourceDoc) as Doc);
    const second = await org(target, ["apply", "-f", docFile, "--yes"]);
    expect(second.stdout).toContain('+ group member "Platform Admins"');
    expect(second.code).toBe(0);

    const again = await org(target, ["export"]);
    expect(again.stdout).toBe(sourceDoc);

    const before = writes(target);
    const third = await org(target, ["apply", "-f", docFile, "--prune", "--yes"]);
    expect(third.stdout).toContain("No changes.");
    expect(third.code).toBe(0);
    expect(writes(target) - before).toBe(0);
    const plan = await org(target, ["plan", "-f", docFile, "--prune", "--detailed-exitcode"]);
    expect(plan.code).toBe(0);
    expect(duplicates(target)).toEqual([]);
  });

  it("with 10% faults and a kill -9 halfway: applying again finishes the job and creates nothing twice", async () => {
    const faults = transientFaults.filter((f) => f.kind !== "stall");
    const target = await sim({
      users: 1,
      projects: 0,
      faults: seededFaults({ seed: 7, rate: 0.1, faults, maxConsecutive: 2 }),
    });
    const docFile = file("faults.yaml", sourceDoc);
    // Killed from the server when the 40th write arrives: mid-run, requests in flight.
    let seen = 0;
    let kill: (() => void) | undefined;
    const original = target.simulator.options.respond;
    target.simulator.options.respond = (request) => {
      if (request.method !== "GET" && ++seen === 40) kill?.();
      return original?.(request);
    };
    const killed = await new Promise<number | null>((resolve) => {
      const child = spawn(
        process.execPath,
        [BIN, "org", "apply", "-f", docFile, "--prune", "--yes", "--base-url", target.url, "--quiet"],
        { env: { PATH: process.env.PATH ?? "", OPENAI_ADMIN_KEY: CANARY }, stdio: "ignore" },
      );
      kill = () => child.kill("SIGKILL");
      child.on("close", (_code, signal) => resolve(signal === "SIGKILL" ? 137 : _code));
    });
    expect(killed).toBe(137);
    expect(target.simulator.faulted.length).toBeGreaterThan(0);

    const writesBeforeKill = writes(target);
    const resumed = await org(target, ["apply", "-f", docFile, "--prune", "--yes", "--quiet"]);
    expect(resumed.stderr).toMatch(/0 failed/);
    const done = /Apply: (\d+) done/.exec(resumed.stderr)?.[1];
    console.log(
      `[cases] org apply, 10% faults, kill -9 at write 40: ${target.simulator.faulted.length} faults injected, ${writesBeforeKill} writes before the kill, ${done} changes left for the second apply`,
    );
    expect(resumed.code).toBe(0);
    acceptInvites(target, parse(sourceDoc) as Doc);
    expect((await org(target, ["apply", "-f", docFile, "--yes", "--quiet"])).code).toBe(0);
    target.simulator.setFaults(undefined);
    expect((await org(target, ["export"])).stdout).toBe(sourceDoc);
    expect(duplicates(target)).toEqual([]);
  });

  it("a create whose answer is lost (connection reset after the server made it) is looked up, not sent again", async () => {
    // The first attempt of every create is served, then its connection reset halfway through the body.
    const creates =
      /^\/organization\/(projects|groups|roles|invites)$|\/(service_accounts|spend_alerts|users|groups|roles)$/;
    const first = new Set<string>();
    const target = await sim({
      users: 1,
      projects: 0,
      faults: (_n: number, r: RecordedRequest) => {
        const id = `${r.rawPath} ${r.body}`;
        if (r.method !== "POST" || !creates.test(r.rawPath) || first.has(id)) return undefined;
        first.add(id);
        return { kind: "reset", when: "mid-body" };
      },
    });
    const docFile = file("lost-answers.yaml", sourceDoc);
    const applied = await org(target, ["apply", "-f", docFile, "--prune", "--yes", "--quiet"]);
    expect(applied.stderr).toMatch(/0 failed/);
    expect(applied.code).toBe(0);
    expect(target.simulator.faulted.length).toBeGreaterThan(40);
    const sent = target.requests.filter((r) => r.method === "POST" && creates.test(r.rawPath));
    expect(sent.length).toBeGreaterThan(40);
    // Each create reached the server once: after the reset it was looked up, and found.
    expect(new Set(sent.map((r) => `${r.rawPath} ${r.body}`)).size).toBe(sent.length);
    expect(duplicates(target)).toEqual([]);
  });

  it("against a rate limit: fewer calls at a time, Retry-After honoured, the job done", async () => {
    const target = await sim({ users: 1, projects: 0, rateLimit: { perSecond: 40, burst: 10 } });
    const docFile = file("rate-limited.yaml", sourceDoc);
    const applied = await org(target, [
      "apply",
      "-f",
      docFile,
      "--prune",
      "--yes",
      "--quiet",
      "--concurrency",
      "8",
    ]);
    expect(applied.stderr).toMatch(/0 failed/);
    expect(applied.code).toBe(0);
    const limited = target.requests.filter((r) => r.status === 429).length;
    console.log(
      `[cases] org apply at 40 requests/s, concurrency 8: ${target.requests.length} requests, ${limited} answered 429`,
    );
    expect(limited).toBeGreaterThan(0);
    expect(limited / target.requests.length).toBeLessThan(0.5);
    expect(duplicates(target)).toEqual([]);
  });

  it.skipIf(!hasScript)("on a terminal: asks, naming how many removals; n sends nothing", async () => {
    const target = await sim();
    const doc = parse(sourceDoc) as Doc;
    doc.groups = doc.groups.filter((g) => g.name !== "Support Engineers");
    const docFile = file("ask.yaml", stringify(doc));
    const before = writes(target);
    const { code, out } = await onTty(
      ["org", "apply", "-f", docFile, "--prune", "--base-url", target.url],
      "n\n",
    );
    expect(out).toContain('- group "Support Engineers"');
    expect(out).toContain("This removes or archives:");
    expect(out.match(/- group "Support Engineers"/g)).toHaveLength(2);
    expect(out).toContain("Apply 1 change, including 1 removal? [y/N]");
    expect(code).toBe(130);
    expect(writes(target) - before).toBe(0);
  });

  it("(the duplicate count itself sees a project made twice)", async () => {
    const s = await sim({ users: 1, projects: 0 });
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${s.url}/organization/projects`, {
        method: "POST",
        headers: { authorization: "Bearer k", "content-type": "application/json" },
        body: JSON.stringify({ name: "Twice" }),
      });
      expect(response.status).toBe(200);
    }
    expect(duplicates(s)).toEqual(["project Twice"]);
  });

  it("without a terminal and without --yes: exit 2 and nothing sent, not even a read", async () => {
    const target = await sim({ users: 1, projects: 0 });
    const result = await org(target, ["apply", "-f", file("refused.yaml", sourceDoc), "--prune"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("pass --yes");
    expect(target.requestCount).toBe(0);
  });

  it("--dry-run is the plan: printed, nothing written", async () => {
    const target = await sim({ users: 1, projects: 0 });
    const result = await org(target, ["apply", "-f", file("dry.yaml", sourceDoc), "--dry-run"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('+ project "Customer Support Bot"');
    expect(writes(target)).toBe(0);
  });
});

describe("org plan", () => {
  const changed = () => {
    const doc = parse(sourceDoc) as Doc & Record<string, unknown>;
    (doc.users.find((u) => u.email === "ada.lovelace@example.com") as { role: string }).role = "owner";
    doc.invites.push({ email: "newcomer@example.com", role: "reader" } as never);
    return stringify(doc);
  };

  it("exit codes with --detailed-exitcode: 0 no changes, 2 changes, anything else an error", async () => {
    const source = await sim();
    expect(
      (await org(source, ["plan", "-f", file("same.yaml", sourceDoc), "--detailed-exitcode"])).code,
    ).toBe(0);
    const drift = await org(source, ["plan", "-f", file("changed.yaml", changed()), "--detailed-exitcode"]);
    expect(drift.code).toBe(2);
    expect(drift.stdout).toContain("~ user ada.lovelace@example.com\n      role: reader -> owner");
    expect(drift.stdout).toContain("+ invite newcomer@example.com");
    expect(drift.stdout).toContain("Plan: 1 to create, 1 to update, 0 to remove.");
    expect((await org(source, ["plan", "-f", file("changed2.yaml", changed())])).code).toBe(0);
    const invalid = await org(source, [
      "plan",
      "-f",
      file("invalid.yaml", "users:\n  - email: nobody\n    role: admin\n"),
      "--detailed-exitcode",
    ]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain("must be an email address");
    const down = await run(
      [
        "org",
        "plan",
        "-f",
        join(dir, "same.yaml"),
        "--base-url",
        "http://127.0.0.1:9",
        "--detailed-exitcode",
        "--max-retries",
        "0",
      ],
      {},
    );
    expect([0, 2]).not.toContain(down.code);
  });

  it("--format json for bots", async () => {
    const source = await sim();
    const result = await org(source, ["plan", "-f", file("json.yaml", changed()), "--format", "json"]);
    const plan = JSON.parse(result.stdout);
    expect(plan.summary).toEqual({ create: 1, update: 1, remove: 0 });
    expect(plan.changes).toContainEqual({
      action: "update",
      kind: "user",
      key: "ada.lovelace@example.com",
      fields: [{ name: "role", from: "reader", to: "owner" }],
    });
  });
});

describe("guard rails", () => {
  const without = () => {
    const doc = parse(sourceDoc) as Doc;
    doc.groups = doc.groups.filter((g) => g.name !== "Support Engineers");
    doc.users = doc.users.filter((u) => u.email !== "ada.lovelace@example.com");
    doc.spend_limit = null;
    return file(`without-${Math.random()}.yaml`, stringify(doc));
  };

  it("what the file leaves out stays without --prune; removals it asks for are held back and listed", async () => {
    const source = await sim();
    const result = await org(source, ["apply", "-f", without(), "--yes"]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('- group "Support Engineers"');
    expect(result.stdout).toContain(
      "Held back (the document asks for these removals; pass --prune to make them):",
    );
    expect(result.stdout).toContain("- organization spend limit");
    expect(source.requests.filter((r) => r.method === "DELETE")).toHaveLength(0);
    expect(writes(source)).toBe(0);
  });

  it("with --prune the removals are listed, then made", async () => {
    const source = await sim();
    const docFile = without();
    const plan = await org(source, ["plan", "-f", docFile, "--prune", "--detailed-exitcode"]);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('- group "Support Engineers"');
    expect(plan.stdout).toContain("- user ada.lovelace@example.com");
    expect(plan.stdout).toContain("- organization spend limit");
    const applied = await org(source, ["apply", "-f", docFile, "--prune", "--yes"]);
    expect(applied.code).toBe(0);
    expect(source.requests.filter((r) => r.method === "DELETE")).toHaveLength(3);
    expect((await org(source, ["plan", "-f", docFile, "--prune", "--detailed-exitcode"])).code).toBe(0);
  });

  it("never removes or demotes the last owner: the plan is refused and nothing is sent", async () => {
    const source = await sim();
    const demoted = parse(sourceDoc) as Doc;
    for (const user of demoted.users) user.role = "reader";
    const before = writes(source);
    const demote = await org(source, ["apply", "-f", file("demote.yaml", stringify(demoted)), "--yes"]);
    expect(demote.code).toBe(1);
    expect(demote.stderr).toContain("the last owner");
    const removed = parse(sourceDoc) as Doc;
    removed.users = removed.users.filter((u) => u.role !== "owner");
    const prune = await org(source, [
      "apply",
      "-f",
      file("remove.yaml", stringify(removed)),
      "--prune",
      "--yes",
    ]);
    expect(prune.code).toBe(1);
    expect(prune.stderr).toContain("the last owner");
    expect(writes(source) - before).toBe(0);
    // Handing over is fine: one owner promoted while the others are demoted.
    const handover = parse(sourceDoc) as Doc;
    for (const user of handover.users)
      user.role = user.email === "ada.lovelace@example.com" ? "owner" : "reader";
    const planned = await org(source, ["plan", "-f", file("handover.yaml", stringify(handover))]);
    expect(planned.code).toBe(0);
  });
});
