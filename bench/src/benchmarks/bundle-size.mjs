// @ts-check
// 4. Bundle size: what an application ships to call the users list, minified and gzipped.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { clientEntry, names } from "../contenders.mjs";
import { benchDir } from "../harness.mjs";
import { compare } from "../report.mjs";

const sdkEntry = `import OpenAI from "openai";
const client = new OpenAI({ adminAPIKey: "sk-admin" });
export const listUsers = () => client.admin.organization.users.list({ limit: 100 });
`;

/** @param {import("esbuild").BuildOptions} entry */
async function measure(entry) {
  const out = await build({
    ...entry,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
  });
  const code = /** @type {import("esbuild").OutputFile} */ (out.outputFiles[0]).contents;
  return { minKb: code.byteLength / 1024, gzipKb: gzipSync(code, { level: 9 }).byteLength / 1024 };
}

/**
 * @param {string} name
 * @returns {(entry: import("esbuild").BuildOptions) => Promise<import("../harness.mjs").ContenderResult>}
 */
const one = (name) => async (entry) => {
  try {
    const sample = await measure(entry);
    const metrics = Object.fromEntries(
      Object.entries(sample).map(([m, v]) => [m, { median: v, min: v, max: v, samples: [v] }]),
    );
    return /** @type {const} */ ({ name, available: true, metrics });
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    return /** @type {const} */ ({ name, available: false, reason });
  }
};

/** @param {import("../run.mjs").Context} _ctx */
export async function bundleSize(_ctx) {
  const results = [
    await one(names.sdk)({ stdin: { contents: sdkEntry, resolveDir: benchDir, loader: "js" } }),
    await one(names.client)({ entryPoints: [clientEntry] }),
  ];
  return [
    compare(
      {
        id: "bundle-size",
        title: "4. Bundle size",
        how: "esbuild 0.28 bundle (minify, esm, platform node) then gzip -9: all of packages/client/dist/index.js with its dependencies, against an entry that imports OpenAI and calls `client.admin.organization.users.list`. Sizes do not vary between runs, so there is one.",
        baseline: names.sdk,
        metrics: { minKb: { label: "minified", unit: "KB" }, gzipKb: { label: "min+gzip", unit: "KB" } },
        warmup: 0,
      },
      { results, runs: 1, truncated: false },
    ),
  ];
}
