// @ts-check
// Bundles the CLI into dist/openai-admin.js (ESM, Node 20). Code splitting keeps the entry tiny:
// `--version` loads nothing else, and YAML, JMESPath, the HTTP client and completion are chunks
// loaded on demand; so is the mock organization (@openai-admin/simulator), loaded only for --mock.
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8"));

// yaml's "node" export is CommonJS that requires "process", which an ESM bundle cannot do; its
// ESM build (published for browsers) has no Node-only code and works the same on Node.
const yamlDir = dirname(createRequire(import.meta.url).resolve("yaml/package.json"));
/** @type {import("esbuild").Plugin} */
const yamlAsEsm = {
  name: "yaml-esm",
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: resolve(yamlDir, "browser/index.js") }));
  },
};

rmSync(resolve(root, "dist"), { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { "openai-admin": "src/bin.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "none",
  chunkNames: "chunks/[name]-[hash]",
  define: { __CLI_VERSION__: JSON.stringify(pkg.version) },
  // The proxy agents' `debug` dependency is CommonJS that requires Node built-ins (tty) at run
  // time, which an ESM bundle can only do through a `require` made with createRequire.
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);',
  },
  plugins: [yamlAsEsm],
  metafile: true,
  logLevel: "warning",
});
const outputs = Object.entries(result.metafile.outputs).map(
  ([file, { bytes }]) => `${file} ${(bytes / 1024).toFixed(1)} KiB`,
);
console.log(`built ${outputs.join(", ")}`);
