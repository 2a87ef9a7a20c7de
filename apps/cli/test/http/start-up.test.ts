// What a one-shot command loads: the built CLI, run as a user runs it, with a preload that writes
// Node's list of loaded built-in modules when the process exits. Node's own fetch machinery
// (undici, with http2, worker_threads and a WebAssembly HTTP parser behind it) costs about 30 ms
// and 12 MB per command; the CLI talks HTTP through node:http and must never load it. Nor web
// streams: the CLI holds every body as bytes, and a stream built for none costs their module load.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningSimulator, startSimulator } from "@openai-admin/simulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";

const NEVER = [
  "internal/deps/undici/undici",
  "http2",
  "worker_threads",
  "zlib",
  "internal/webstreams/readablestream",
];

let dir: string;
let sim: RunningSimulator;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cli-start-up-"));
  writeFileSync(
    join(dir, "record-modules.cjs"),
    `process.on("exit", () => require("node:fs").writeFileSync(process.env.MODULES_OUT, process.moduleLoadList.join("\\n")));\n`,
  );
  sim = await startSimulator({ seed: 1 });
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

async function modulesOf(args: string[], name: string) {
  const out = join(dir, `${name}.txt`);
  const result = await run(args, {
    env: { NODE_OPTIONS: `--require ${join(dir, "record-modules.cjs")}`, MODULES_OUT: out },
  });
  const loaded = readFileSync(out, "utf8")
    .split("\n")
    .map((line) => line.replace(/^(NativeModule|Internal Binding) /, ""));
  return { result, loaded };
}

describe("a one-shot command loads only what it uses", () => {
  it("users list: the users, and none of Node's fetch machinery", async () => {
    const { result, loaded } = await modulesOf(
      ["users", "list", "--max-items", "3", "--format", "json", "--base-url", sim.url],
      "users-list",
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(3);
    expect(loaded).toContain("http");
    for (const module of NEVER) expect(loaded, module).not.toContain(module);
  });

  it("a create: the request's body goes out without loading them either", async () => {
    const { result, loaded } = await modulesOf(
      [
        "invites",
        "create",
        "--email",
        "start-up@example.com",
        "--role",
        "reader",
        "--base-url",
        sim.url,
        "-o",
        "json",
      ],
      "invite",
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ email: "start-up@example.com", role: "reader" });
    const sent = sim.requests.find((r) => r.method === "POST" && r.rawPath.endsWith("/organization/invites"));
    expect(JSON.parse(sent?.body ?? "{}")).toEqual({ email: "start-up@example.com", role: "reader" });
    for (const module of NEVER) expect(loaded, module).not.toContain(module);
  });

  it("--version loads no HTTP at all", async () => {
    const { result, loaded } = await modulesOf(["--version"], "version");
    expect(result.stdout).toMatch(/^openai-admin \d+\.\d+\.\d+\n$/);
    expect(loaded).not.toContain("http");
  });
});
