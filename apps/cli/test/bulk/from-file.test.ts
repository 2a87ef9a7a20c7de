// --from-file against the simulator over real HTTP: one request per row, rows already true
// skipped, invalid rows failed with the reason, 429s absorbed, --resume after kill -9 sending no
// row twice (counted at the server), and destructive files guarded like single deletes.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { errorBody, type RunningSimulator, startSimulator } from "@openai-admin/simulator";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, CANARY, run } from "../helpers/cli.js";
import { hasScript, onTty } from "../helpers/tty.js";

let dir: string;
let sim: RunningSimulator | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "openai-admin-bulk-"));
});
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const env = () => ({ XDG_STATE_HOME: join(dir, "state") });
const cli = (args: string[]) =>
  run([...args, "--base-url", (sim as RunningSimulator).url, "--format", "json"], { env: env() });

/** Invite POSTs the server answered (not with 429), by email. */
function invitesSent(server: RunningSimulator): Map<string, number> {
  const sent = new Map<string, number>();
  for (const r of server.requests) {
    if (r.method !== "POST" || r.rawPath !== "/organization/invites") continue;
    if (r.status === 429 || r.fault !== undefined) continue;
    const email = String((JSON.parse(r.body) as { email: string }).email);
    sent.set(email, (sent.get(email) ?? 0) + 1);
  }
  return sent;
}

interface RowResult {
  row: number;
  outcome: string;
  status: number | null;
  reason: string | null;
  earlier?: boolean;
}

describe("invites create --from-file", () => {
  it("invites the new emails once, skips the invited and the members, fails the invalid with the reason, exits non-zero", async () => {
    // The API refuses what the CLI cannot know is wrong; here, a domain the organization blocks.
    sim = await startSimulator({
      seed: 1,
      respond: (r) =>
        r.method === "POST" && r.body.includes("@blocked.example")
          ? {
              status: 400,
              body: errorBody(
                "Invites to blocked.example are not allowed.",
                "invalid_request_error",
                "domain_blocked",
                "email",
              ),
            }
          : undefined,
    });
    const rows = file(
      "invites.csv",
      [
        "email,role",
        "ada@example.com,reader",
        "invitee1@example.com,reader", // a pending invite in the seed
        "grace.liskov@example.com,owner", // a member
        "not-an-email,reader",
        "barbara@example.com,owner",
        "eve@blocked.example,reader",
      ].join("\n"),
    );
    const result = await cli(["invites", "create", "--from-file", rows]);
    expect(result.code).toBe(5);
    const out = JSON.parse(result.stdout) as RowResult[];
    expect(out.map((r) => [r.row, r.outcome])).toEqual([
      [1, "done"],
      [2, "skipped"],
      [3, "skipped"],
      [4, "failed"],
      [5, "done"],
      [6, "failed"],
    ]);
    expect(out[1]?.reason).toContain("already has a pending invite");
    expect(out[2]?.reason).toContain("already a member");
    expect(out[3]?.reason).toContain("must be an email address");
    expect(out[5]).toMatchObject({ status: 400 });
    expect(out[5]?.reason).toContain("Invites to blocked.example are not allowed.");
    expect(result.stderr).toContain("6 rows: 2 done, 2 skipped, 2 failed");
    expect(result.stderr).toContain("row 6: 400");
    expect(result.stderr).toMatch(/Journal: .*state\/openai-admin\/bulk\/invites\.csv-\w+\.jsonl/);
    // Skipped and locally invalid rows were never sent; every other row once.
    expect(Object.fromEntries(invitesSent(sim))).toEqual({
      "ada@example.com": 1,
      "barbara@example.com": 1,
      "eve@blocked.example": 1,
    });
    const invited = [...sim.simulator.org.collection("/organization/invites").from()].map(
      (i) => i.entity.email,
    );
    expect(invited.filter((e) => e === "ada@example.com")).toHaveLength(1);
  });

  it("reads JSON Lines, with flags on the command line applying to every row", async () => {
    sim = await startSimulator({ seed: 1 });
    const rows = file(
      "invites.jsonl",
      '{"email":"one@example.com"}\n{"email":"two@example.com","role":"owner"}\n',
    );
    const result = await cli(["invites", "create", "--from-file", rows, "--role", "reader"]);
    expect(result.code).toBe(0);
    const invites = [...sim.simulator.org.collection("/organization/invites").from()].map((i) => i.entity);
    expect(invites.find((i) => i.email === "one@example.com")).toMatchObject({ role: "reader" });
    expect(invites.find((i) => i.email === "two@example.com")).toMatchObject({ role: "owner" });
  });

  it("refuses a column that is not a flag of the command, before sending anything", async () => {
    sim = await startSimulator({ seed: 1 });
    const result = await cli([
      "invites",
      "create",
      "--from-file",
      file("x.csv", "email,rank\na@example.com,1\n"),
    ]);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stderr).error.message).toContain('"rank" is not a flag of invites create');
    expect(sim.requestCount).toBe(0);
  });

  it("absorbs the 429s of a rate-limited server: every row done, each sent once", async () => {
    // The rate limit paces the run; the injected 429s (three in a row outlast the client's two
    // retries) prove that what still comes back 429 is waited out and sent again, not failed.
    const limited429 = { kind: "rate-limit", retryAfterMs: 200 } as const;
    sim = await startSimulator({
      seed: 1,
      rateLimit: { perSecond: 20, burst: 5 },
      faults: { 6: limited429, 7: limited429, 8: limited429, 20: limited429 },
    });
    const emails = Array.from({ length: 40 }, (_, i) => `limited${i}@example.com`);
    const result = await cli([
      "invites",
      "create",
      "--role",
      "reader",
      "--from-file",
      file("many.csv", `email\n${emails.join("\n")}\n`),
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("40 rows: 40 done, 0 skipped, 0 failed");
    const sent = invitesSent(sim);
    expect(emails.every((e) => sent.get(e) === 1)).toBe(true);
    const limited = sim.requests.filter((r) => r.status === 429 || r.fault?.kind === "rate-limit").length;
    console.log(
      `[cases] --from-file, 40 invites at 20 requests/s, 4 injected 429s: ${limited} of ${sim.requestCount} requests answered 429`,
    );
    expect(limited).toBeGreaterThanOrEqual(4);
    expect(limited).toBeLessThan(sim.requestCount / 4);
    expect(result.stderr).toMatch(/\d+ answered 429 and sent again/);
  }, 30_000);

  it("--resume after kill -9 mid-file sends no row twice (counted at the server)", async () => {
    sim = await startSimulator({ seed: 1, rateLimit: 100 });
    const emails = Array.from({ length: 300 }, (_, i) => `resume${i}@example.com`);
    const rows = file("resume.csv", `email,role\n${emails.map((e) => `${e},reader`).join("\n")}\n`);
    const args = [BIN, "invites", "create", "--from-file", rows, "--base-url", sim.url, "--format", "json"];
    const child = spawn(process.execPath, args, {
      env: { PATH: process.env.PATH ?? "", HOME: dir, OPENAI_ADMIN_KEY: CANARY, ...env() },
      stdio: "ignore",
    });
    const closed = new Promise((resolve) => child.on("close", resolve));
    const server = sim;
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        const done = server.requests.filter((r) => r.method === "POST" && r.status === 200).length;
        if (done >= 120 || Date.now() - started > 20_000) {
          clearInterval(poll);
          if (done >= 120) resolve();
          else reject(new Error(`only ${done} invites sent in 20 s`));
        }
      }, 5);
    });
    child.kill("SIGKILL");
    await closed;
    const before = [...invitesSent(sim).keys()].length;
    expect(before).toBeLessThan(emails.length);

    const resumed = await cli(["invites", "create", "--from-file", rows, "--resume"]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(
      /300 rows: \d+ done, \d+ skipped, 0 failed \(\d+ settled by the earlier run/,
    );
    const sent = invitesSent(sim);
    const twice = emails.filter((e) => (sent.get(e) ?? 0) !== 1);
    console.log(
      `[cases] --resume after kill -9 at ${before} of 300 invites: ${emails.length - twice.length} sent once, ${twice.length} not once`,
    );
    expect(twice).toEqual([]);
    const invites = [...sim.simulator.org.collection("/organization/invites").from()].map(
      (i) => i.entity.email,
    );
    expect(emails.every((e) => invites.filter((i) => i === e).length === 1)).toBe(true);
  }, 60_000);
});

describe("a destructive command --from-file", () => {
  const pendingIds = (server: RunningSimulator) =>
    [...server.simulator.org.collection("/organization/invites").from()]
      .filter((i) => i.entity.status === "pending")
      .map((i) => i.id)
      .slice(0, 2);

  it("without --yes and without a terminal sends nothing and exits 2", async () => {
    sim = await startSimulator({ seed: 1 });
    const rows = file("rm.csv", `invite-id\n${pendingIds(sim).join("\n")}\n`);
    const result = await cli(["invites", "delete", "--from-file", rows]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("refusing to delete 2 rows of");
    expect(result.stderr).toContain("pass --yes");
    expect(sim.requestCount).toBe(0);
  });

  it("--dry-run prints every row's request and sends nothing", async () => {
    sim = await startSimulator({ seed: 1 });
    const ids = pendingIds(sim);
    const rows = file("rm.csv", `invite-id\n${ids.join("\n")}\n`);
    const result = await run(
      ["invites", "delete", "--from-file", rows, "--dry-run", "--format", "jsonl", "--base-url", sim.url],
      { env: env() },
    );
    expect(result.code).toBe(0);
    const printed = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { method: string; url: string });
    expect(printed.map((p) => p.method)).toEqual(["DELETE", "DELETE"]);
    expect(printed[1]?.url).toContain(ids[1]);
    expect(sim.requestCount).toBe(0);
  });

  it("with --yes deletes each row; a second run finds them gone and skips them", async () => {
    sim = await startSimulator({ seed: 1 });
    const rows = file("rm.csv", `invite-id\n${pendingIds(sim).join("\n")}\n`);
    const first = await cli(["invites", "delete", "--from-file", rows, "--yes"]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain("2 rows: 2 done, 0 skipped, 0 failed");
    const second = await cli(["invites", "delete", "--from-file", rows, "--yes"]);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain("2 rows: 0 done, 2 skipped, 0 failed");
  });
});

describe.skipIf(!hasScript)("on a terminal", () => {
  it("a destructive file asks, naming how many rows; 'n' sends nothing", async () => {
    sim = await startSimulator({ seed: 1 });
    const ids = [...sim.simulator.org.collection("/organization/invites").from()]
      .map((i) => i.id)
      .slice(0, 3);
    const rows = file("rm.csv", `invite-id\n${ids.join("\n")}\n`);
    const { code, out } = await onTty(
      ["invites", "delete", "--from-file", rows, "--base-url", sim.url],
      "n\n",
    );
    expect(out).toContain("Delete 3 rows of");
    expect(out).toContain("Cancelled; nothing was sent.");
    expect(code).toBe(130);
    expect(sim.requestCount).toBe(0);
  });
});
