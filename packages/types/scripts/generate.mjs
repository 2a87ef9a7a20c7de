// @ts-check
// Regenerates the TypeScript types and the packaged copy of the spec from spec/openapi.yaml.
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { emit, finish, generatedHeader, specPath } from "../../../scripts/codegen.mjs";

const spec = specPath();
const out = (p) => fileURLToPath(new URL(`../${p}`, import.meta.url));

const ast = await openapiTS(pathToFileURL(spec), { alphabetize: false, exportType: false });
emit(out("src/generated/openapi.ts"), `${generatedHeader("//", spec)}\n${astToString(ast)}`);
emit(out("generated/openapi.yaml"), `${generatedHeader("#", spec)}${readFileSync(spec, "utf8")}`);
finish();
