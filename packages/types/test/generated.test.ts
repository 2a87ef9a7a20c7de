import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const generate = fileURLToPath(new URL("../scripts/generate.mjs", import.meta.url));
const spec = fileURLToPath(new URL("../../../spec/openapi.yaml", import.meta.url));
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function check(specFile?: string) {
  const args = [generate, "--check", ...(specFile ? ["--spec", specFile] : [])];
  try {
    const { stdout, stderr } = await run(process.execPath, args);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("generated files", () => {
  it("are up to date with spec/openapi.yaml", async () => {
    const result = await check();
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("are reported stale, by name, after a spec edit that was not regenerated", async () => {
    const dir = await mkdtemp(join(tmpdir(), "openai-admin-spec-"));
    dirs.push(dir);
    const edited = join(dir, "openapi.yaml");
    const text = await readFile(spec, "utf8");
    // A changed schema description: it reaches the types' doc comments and the packaged spec.
    const changed = text.replace("description: Always `organization.user`.", "description: Edited.");
    expect(changed).not.toBe(text);
    await writeFile(edited, changed);
    const result = await check(edited);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("stale generated files");
    expect(result.stderr).toContain("packages/types/src/generated/openapi.ts");
    expect(result.stderr).toContain("packages/types/generated/openapi.yaml");
  });

  it("start with a header that names the spec hash and how to regenerate", async () => {
    const types = await readFile(new URL("../src/generated/openapi.ts", import.meta.url), "utf8");
    expect(types.split("\n")[0]).toMatch(
      /^\/\/ This file is generated from spec\/openapi\.yaml \(sha256 [0-9a-f]{16}\)\.$/,
    );
    expect(types).toContain("run `pnpm generate`");
    const yaml = await readFile(new URL("../generated/openapi.yaml", import.meta.url), "utf8");
    expect(yaml.startsWith("# This file is generated from spec/openapi.yaml")).toBe(true);
  });
});
