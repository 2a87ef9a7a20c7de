// Long listings keep memory flat: the young generation stops growing at its cap, the run's signal
// holds one abort listener at a time, and a slow reader of stdout still gets every line.
import { spawn, spawnSync } from "node:child_process";
import { getEventListeners } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signalPerRequest } from "../../src/run/per-request-signal.js";
import { YOUNG_GENERATION_CAP, youngGenerationCap } from "../../src/run/young-generation.js";
import { BIN, CANARY } from "../helpers/cli.js";
import { pagedUsers, type RecordingServer, startServer } from "../helpers/server.js";

describe("youngGenerationCap", () => {
  const hooks = (sizes: number[]) => {
    const flags: string[] = [];
    let call = 0;
    return {
      flags,
      getHeapSpaceStatistics: () => [
        { space_name: "old_space", space_size: 64 * 1024 * 1024 },
        { space_name: "new_space", space_size: sizes[Math.min(call++, sizes.length - 1)] ?? 0 },
      ],
      setFlagsFromString: (flag: string) => void flags.push(flag),
    };
  };

  it("stops the growth once, when the young generation reaches the cap", () => {
    const v8 = hooks([2 << 20, 4 << 20, YOUNG_GENERATION_CAP, 16 << 20]);
    const check = youngGenerationCap(v8);
    check();
    check();
    expect(v8.flags).toEqual([]);
    check();
    check();
    expect(v8.flags).toEqual(["--semi-space-growth-factor=1"]);
  });

  it("uses a flag this Node knows (V8 would print an error for an unknown one)", () => {
    const child = spawnSync(
      process.execPath,
      ["-e", 'require("node:v8").setFlagsFromString("--semi-space-growth-factor=2")'],
      { encoding: "utf8" },
    );
    expect(child.status).toBe(0);
    expect(`${child.stdout}${child.stderr}`).toBe("");
  });
});

describe("signalPerRequest", () => {
  const ok = { data: {}, response: new Response("{}") };

  it("leaves no listener on the caller's signal after each request", async () => {
    const caller = new AbortController().signal;
    const seen: AbortSignal[] = [];
    const client = signalPerRequest(
      {
        GET: (async (_path: string, init: { signal: AbortSignal }) => {
          seen.push(init.signal);
          expect(getEventListeners(caller, "abort")).toHaveLength(1);
          return ok;
        }) as never,
      },
      caller,
    );
    const get = client.GET as unknown as (path: string, init: object) => Promise<unknown>;
    for (let i = 0; i < 5; i++) await get("/organization/users", { signal: caller });
    expect(new Set(seen).size).toBe(5);
    expect(seen).not.toContain(caller);
    expect(getEventListeners(caller, "abort")).toHaveLength(0);
  });

  it("aborts the request in flight when the caller aborts, with the caller's reason", async () => {
    const controller = new AbortController();
    let inFlight: AbortSignal | undefined;
    const client = signalPerRequest(
      {
        GET: ((_path: string, init: { signal: AbortSignal }) => {
          inFlight = init.signal;
          return new Promise((_, reject) =>
            init.signal.addEventListener("abort", () => reject(init.signal.reason)),
          );
        }) as never,
      },
      controller.signal,
    );
    const get = client.GET as unknown as (path: string, init: object) => Promise<unknown>;
    const pending = get("/organization/users", {});
    controller.abort(new Error("interrupted"));
    await expect(pending).rejects.toThrow("interrupted");
    expect(inFlight?.aborted).toBe(true);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});

describe("a long listing to a slow reader", () => {
  const TOTAL = 3000;
  let server: RecordingServer;
  beforeAll(async () => {
    server = await startServer(pagedUsers(TOTAL));
  });
  afterAll(async () => {
    await server?.close();
  });

  it("prints every line, in order, though stdout is read only after a pause", async () => {
    const child = spawn(
      process.execPath,
      [BIN, "users", "list", "--format", "jsonl", "--page-size", "100", "--base-url", server.url],
      { env: { PATH: process.env.PATH ?? "", OPENAI_ADMIN_KEY: CANARY }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    // Far more than a pipe holds (about 400 KB against 64 KB): the CLI has to wait for the reader.
    child.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const chunks: string[] = [];
    child.stdout.setEncoding("utf8");
    for await (const chunk of child.stdout) {
      chunks.push(chunk as string);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const code = await new Promise((resolve) =>
      child.exitCode === null ? child.once("close", resolve) : resolve(child.exitCode),
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const ids = chunks
      .join("")
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line).id);
    expect(ids).toHaveLength(TOTAL);
    expect(ids.at(-1)).toBe(`user_${TOTAL - 1}`);
    expect(new Set(ids).size).toBe(TOTAL);
  });
});
