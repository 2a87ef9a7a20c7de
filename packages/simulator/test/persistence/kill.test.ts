// --state survives a crash: the bin (dist/bin.js, a child process) is killed with SIGKILL right
// after a mutation's answer, twice; each restart sees every mutation answered before the kill.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { client } from "../http.js";

const bin = new URL("../../dist/bin.js", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "sim-state-"));
const state = join(dir, "org.json");
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

async function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bin, "--port", "0", "--seed", "7", "--state", state], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`no "listening" line within 15 s: ${out}`)), 15_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  return { child, url };
}

async function kill9(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}

test("two mutations, each followed by kill -9, both survive", async () => {
  const first = await startChild();
  const projects = (await client(first.url).all("/organization/projects")).map((p) => p.id);
  const a = await client(first.url).post("/organization/invites", {
    email: "first@example.com",
    role: "reader",
  });
  expect(a.status).toBe(200);
  await kill9(first.child);

  const second = await startChild();
  const api2 = client(second.url);
  expect((await api2.all("/organization/projects")).map((p) => p.id)).toEqual(projects);
  expect((await api2.get(`/organization/invites/${a.body.id}`)).body.email).toBe("first@example.com");
  const b = await api2.post("/organization/invites", { email: "second@example.com", role: "owner" });
  expect(b.status).toBe(200);
  expect(b.body.id).not.toBe(a.body.id);
  await kill9(second.child);

  const third = await startChild();
  const emails = (await client(third.url).all("/organization/invites")).map((i) => i.email);
  expect(emails).toEqual(expect.arrayContaining(["first@example.com", "second@example.com"]));
  await kill9(third.child);

  expect(() => JSON.parse(readFileSync(state, "utf8"))).not.toThrow();
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});
