// Long listings keep memory flat: a slow reader of stdout still gets every line, and the CLI waits
// for it instead of buffering. (The client's own test shows no abort listener is left per page.)
import { spawn } from "node:child_process";
import { type RunningSimulator, startSimulator } from "@openai-admin/simulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, CANARY } from "../helpers/cli.js";
import { ORG, seededUsers } from "../helpers/server.js";

describe("a long listing to a slow reader", () => {
  const TOTAL = 3000;
  let server: RunningSimulator;
  beforeAll(async () => {
    server = await startSimulator({ ...ORG, users: TOTAL, recordRequests: false });
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
    expect(ids.at(-1)).toBe(seededUsers(server).at(-1)?.id);
    expect(new Set(ids).size).toBe(TOTAL);
  });
});
