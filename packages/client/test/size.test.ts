import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { expect, it } from "vitest";

// The budget covers what an app ships: the client plus everything it bundles, openapi-fetch included.
const BUDGET_BYTES = 6144;

it(`bundles to at most ${BUDGET_BYTES} bytes min+gzip`, async () => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("../dist/index.js", import.meta.url))],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
  });
  const bundle = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gzipped = gzipSync(bundle).length;
  console.log(
    `@openai-admin/client: ${bundle.length} bytes minified, ${gzipped} bytes min+gzip (budget ${BUDGET_BYTES})`,
  );
  // An empty bundle would pass the budget without measuring anything.
  expect(bundle.length).toBeGreaterThan(5000);
  expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
});
