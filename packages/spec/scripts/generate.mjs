// @ts-check
// Writes the operation model of spec/openapi.yaml (or `--spec <file>`) to generated/model.js, the
// copy every other generator and the test suites read.
import { fileURLToPath } from "node:url";
import { emit, finish, generatedHeader, specPath } from "../../../scripts/codegen.mjs";
import { buildModel } from "../src/index.js";

const spec = specPath();
const model = await buildModel(spec);
emit(
  fileURLToPath(new URL("../generated/model.js", import.meta.url)),
  `${generatedHeader("//", spec)}export const model = ${JSON.stringify(model, null, 2)};\n`,
);
finish();
