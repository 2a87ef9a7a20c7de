// @ts-check
// Writes the operation model of spec/openapi.yaml (or `--spec <file>`) to generated/model.json, the
// copy every other generator and the test suites read (through src/model.js). JSON rather than a
// module: a 1.5 MB object literal is slow to parse, and test runners that transform modules run out
// of memory on it. One operation per line keeps a diff readable: it shows which operations changed.
import { fileURLToPath } from "node:url";
import { emit, finish, generatedHeader, specPath } from "../../../scripts/codegen.mjs";
import { buildModel } from "../src/index.js";

const spec = specPath();
const model = await buildModel(spec);
const comment = generatedHeader("", spec).replace(/^ /gm, "").trim().replace(/\n/g, " ");
emit(
  fileURLToPath(new URL("../generated/model.json", import.meta.url)),
  `{"$comment": ${JSON.stringify(comment)},\n"operations": [\n${model.operations
    .map((op) => JSON.stringify(op))
    .join(",\n")}\n]}\n`,
);
finish();
