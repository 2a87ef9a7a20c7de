// Every operation of the spec has a command, and that command answers to both its short and its
// official name.
import { describe, expect, it } from "vitest";
import { operations } from "../../src/manifest/lookup.js";
import { run } from "../helpers/cli.js";
import { specOperations } from "../helpers/manifest.js";

const spec = specOperations();

describe("commands derived from the spec", () => {
  it("the spec has all 119 operations of the Administration API", () => {
    expect(spec).toHaveLength(119);
  });

  it("maps every spec operation to exactly one command, and nothing else", () => {
    const missing = spec.filter(
      (s) => operations.filter((o) => o.method === s.method && o.path === s.path).length !== 1,
    );
    expect(missing.map((m) => `${m.method} ${m.path} (${m.operationId})`)).toEqual([]);
    expect(operations).toHaveLength(spec.length);
  });

  it.each(spec.map((s) => [`${s.method} ${s.path}`, s] as const))(
    "%s has a working command",
    async (_, s) => {
      const op = operations.find((o) => o.method === s.method && o.path === s.path);
      expect(op, `${s.operationId} has no command`).toBeDefined();
      if (!op) return;
      const short = await run([op.resource, op.verb, "--help"]);
      expect(short.code).toBe(0);
      expect(short.stdout).toContain(`${s.method} ${s.path}`);
      const official = await run([`admin:organization:${op.resource}`, op.verb, "--help"]);
      expect(official.code).toBe(0);
      expect(official.stdout).toBe(short.stdout);
    },
  );

  it("names resources and verbs as the official CLI does", () => {
    const commands = operations.map((o) => `${o.fullResource} ${o.verb}`);
    expect(commands).toEqual(
      expect.arrayContaining([
        "admin:organization:users list",
        "admin:organization:users:roles create",
        "admin:organization:projects archive",
        "admin:organization:projects:model-permissions update",
        "admin:organization:projects:spend-alerts delete",
        "admin:organization:projects:data-retention retrieve",
      ]),
    );
  });
});
