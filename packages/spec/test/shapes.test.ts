// Issue 12's proof that the model derives every shape of the Administration API: a copy of the
// repo gets one new, made-up operation of each shape (test/shapes.ts) added to its spec, `pnpm
// generate` runs there, and then the types carry each path, the CLI has a working `--help` for
// each, and the contract suite covers each from the spec's examples alone. An operation without
// examples makes the suite fail, naming it.
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parse, stringify } from "yaml";
import { PATHS, SHAPES, WITHOUT_EXAMPLES } from "./shapes.js";
import { copyWorkspace } from "./workspace-copy.js";

const repo = fileURLToPath(new URL("../../..", import.meta.url));
const copy = mkdtempSync(join(tmpdir(), "openai-admin-shapes-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

// A child that is no part of this run: no vitest or turbo state, no live-server settings.
const env = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(VITEST|CONTRACT_|TURBO_|npm_)/.test(key) && key !== "OPENAI_ADMIN_KEY",
    ),
  ),
  TURBO_TELEMETRY_DISABLED: "1",
  NO_COLOR: "1",
};

function run(command: string, args: string[], cwd = copy): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

function addToSpec(paths: Record<string, object>): void {
  const file = join(copy, "spec/openapi.yaml");
  const document = parse(readFileSync(file, "utf8")) as { paths: Record<string, object> };
  // Adding, never replacing: a fixture path the spec has since gained would silently swap a real
  // operation for the fixture (and its command could clash with the real ones).
  const taken = Object.keys(paths).filter((path) => Object.hasOwn(document.paths, path));
  if (taken.length) throw new Error(`the spec already has ${taken.join(", ")}: pick new fixture paths`);
  Object.assign(document.paths, paths);
  writeFileSync(file, stringify(document));
}

interface Report {
  testResults: { assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
}

/** Runs the copy's contract suite against Prism (static examples) for the named operations. */
function contractSuite(operationIds: string[]): {
  run: SpawnSyncReturns<string>;
  tests: Report["testResults"][number]["assertionResults"];
} {
  const report = join(copy, `contract-${operationIds.length}.json`);
  const suite = join(copy, "packages/contract-tests");
  const result = run(
    process.execPath,
    [
      join(suite, "node_modules/vitest/vitest.mjs"),
      "run",
      "--project=static",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
      `--testNamePattern=^(${operationIds.join("|")}) |every operation of the spec`,
    ],
    suite,
  );
  const parsed = JSON.parse(readFileSync(report, "utf8")) as Report;
  return { run: result, tests: parsed.testResults.flatMap((f) => f.assertionResults) };
}

const cli = (args: string[]) => run(process.execPath, [join(copy, "apps/cli/dist/openai-admin.js"), ...args]);

describe("one operation of each shape, added to a copy of the spec", () => {
  beforeAll(() => {
    copyWorkspace(repo, copy);
    addToSpec(PATHS);
    const generate = run("pnpm", ["generate"]);
    expect(generate.status, `${generate.stdout}\n${generate.stderr}`).toBe(0);
    const build = run("pnpm", [
      "turbo",
      "run",
      "build",
      "--filter=@openai-admin/cli",
      "--filter=@openai-admin/contract-tests^...",
      "--output-logs=errors-only",
    ]);
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  }, 300_000);

  test("`pnpm generate` leaves every generated file current (check-generated passes)", () => {
    const check = run("pnpm", ["turbo", "run", "check-generated", "--output-logs=errors-only"]);
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
  }, 120_000);

  describe.each(SHAPES.map((s) => [`${s.shape}: ${s.operationId}`, s] as const))("%s", (_title, shape) => {
    test("the types carry its path", () => {
      const types = readFileSync(join(copy, "packages/types/src/generated/openapi.ts"), "utf8");
      expect(types).toContain(`"${shape.path}": {`);
    });

    test(`the CLI has \`${shape.command.join(" ")}\` and its --help works`, () => {
      const help = cli([...shape.command, "--help"]);
      expect(help.status, help.stderr).toBe(0);
      expect(help.stdout).toContain(`openai-admin ${shape.command.join(" ")}`);
      expect(help.stdout).toContain(`${shape.method} ${shape.path}`);
      // The official CLI's name for the same command.
      expect(help.stdout).toContain(`admin:organization:${(shape.official ?? shape.command).join(" ")}`);
      if (shape.list) expect(help.stdout).toContain("Pages through the whole list");
    });
  });

  test("the contract suite covers each of them from the spec's examples, with no fixture written", () => {
    const { run: suite, tests } = contractSuite(SHAPES.map((s) => s.operationId));
    expect(suite.status, suite.stderr).toBe(0);
    // Printed by the suite after its last case (the console output of the run).
    expect(`${suite.stdout}${suite.stderr}`).toContain(
      "Hand-written fixtures (operations whose spec examples cannot make a request): none",
    );
    for (const shape of SHAPES) {
      const own = tests.filter((t) =>
        t.fullName.startsWith(`${shape.operationId} (${shape.method} ${shape.path})`),
      );
      expect(own.length, `${shape.operationId} has no contract cases`).toBeGreaterThan(0);
      expect(own.filter((t) => t.status !== "passed")).toEqual([]);
      expect(own.map((t) => t.fullName)).toContainEqual(expect.stringMatching(/ 200 .*(request|params)/));
    }
  }, 180_000);

  test("an operation without examples makes the suite fail, naming it", () => {
    addToSpec(WITHOUT_EXAMPLES);
    const generate = run("pnpm", ["generate"]);
    expect(generate.status, `${generate.stdout}\n${generate.stderr}`).toBe(0);
    const { run: suite, tests } = contractSuite(["list-login-sessions"]);
    expect(suite.status, `${suite.stdout}\n${suite.stderr}`).toBe(1);
    const failed = tests.filter((t) => t.status === "failed");
    expect(failed.map((t) => t.fullName)).toEqual([
      "every operation of the spec has a fixture, and every fixture an operation",
      "list-login-sessions (GET /organization/login_sessions) 200: no fixture",
    ]);
    expect(failed[0]?.failureMessages.join("\n")).toMatch(
      /no fixture for operation list-login-sessions \(GET \/organization\/login_sessions; statuses 200\): the spec has no an example of the 200 response/,
    );
    expect(failed[1]?.failureMessages.join("\n")).toMatch(/no fixture for operation list-login-sessions/);
  }, 180_000);
});
