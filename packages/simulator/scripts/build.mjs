// @ts-check
// Bundles the simulator into dist/ (ESM, Node 20) with the operation model inside: the model's
// package (@openai-admin/spec) is private, so the published package carries what it needs of it.
// Declarations come from tsc (tsconfig.build.json).
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const specDir = dirname(createRequire(import.meta.url).resolve("@openai-admin/spec/package.json"));

/** @type {import("esbuild").Plugin} */
const inlineModel = {
  name: "inline-operation-model",
  setup(b) {
    // spec/src/model.js reads generated/model.json from disk next to itself; in a bundle it is imported.
    b.onResolve({ filter: /^@openai-admin\/spec\/model$/ }, () => ({
      path: "operation-model",
      namespace: "model",
    }));
    // As a string that is parsed at run time: V8 parses JSON text several times faster than the
    // same data as an object literal, which matters for `openai-admin ... --mock` one-shots.
    b.onLoad({ filter: /.*/, namespace: "model" }, () => {
      const text = readFileSync(resolve(specDir, "generated/model.json"), "utf8");
      return {
        contents: `export const model = { operations: JSON.parse(${JSON.stringify(text)}).operations };`,
        loader: "js",
      };
    });
  },
};

rmSync(resolve(root, "dist"), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { index: "src/index.ts", bin: "src/bin.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["ajv", "ajv/*", "ajv-formats"],
  chunkNames: "chunks/[name]-[hash]",
  plugins: [inlineModel],
  logLevel: "warning",
});
execFileSync(
  process.execPath,
  [
    createRequire(import.meta.url).resolve("typescript/bin/tsc"),
    "-p",
    "tsconfig.build.json",
    "--emitDeclarationOnly",
  ],
  {
    cwd: root,
    stdio: "inherit",
  },
);
