// The node matrix (scripts/node-matrix.mjs) names the Node it meant to run on; this proves the
// suites, and the `node` they spawn, really ran on it rather than on the machine's default.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const expected = process.env.OPENAI_ADMIN_NODE_MATRIX;

describe("runtime", () => {
  it("runs on a supported Node (>= 20)", () => {
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(20);
    console.log(`[cases] runtime: node=${process.version}`);
  });

  it.runIf(expected)(
    "the matrix's Node is the one running the tests, first on PATH, and the CLI's",
    async () => {
      expect(process.version).toBe(expected);
      expect(execFileSync("node", ["--version"], { encoding: "utf8" }).trim()).toBe(expected);
      const result = await runCli(["--version"]);
      expect(result.code).toBe(0);
    },
  );
});
