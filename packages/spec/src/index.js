// @ts-check
// The one module of the repo that reads the spec and resolves its `$ref`s (through
// @redocly/openapi-core). Everything else reads the model this builds, usually the committed copy
// in generated/model.json.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle, createConfig } from "@redocly/openapi-core";
import { cliNames, destructive, fieldPaths, isSecret, isUnixTime } from "./cli-names.js";
import { cursorStyle, responseKind } from "./response-kind.js";

export { segmentsOf } from "./cli-names.js";

/** @typedef {import("./types.js").ModelOperation} ModelOperation */
/** @typedef {import("./types.js").Parameter} Parameter */
/** @typedef {import("./types.js").Example} Example */

const METHODS = /** @type {const} */ (["get", "put", "post", "delete", "patch", "head", "options", "trace"]);

export const repoSpec = fileURLToPath(new URL("../../../spec/openapi.yaml", import.meta.url));

/**
 * The model of `specFile`: the committed one for the repo's spec (no parsing), derived on the
 * spot for any other file (generators' `--spec`, tests' spec copies).
 * @param {string} specFile @returns {Promise<import("./types.js").OperationModel>}
 */
export async function modelOf(specFile) {
  if (resolve(specFile) === repoSpec) return (await import("@openai-admin/spec/model")).model;
  return buildModel(specFile);
}

/** @param {string} specFile @returns {Promise<import("./types.js").OperationModel>} */
export async function buildModel(specFile) {
  const config = await createConfig({});
  const result = await bundle({ ref: specFile, config, dereference: true });
  // An unresolvable `$ref` is a problem, not an exception: a model with a hole in it must not pass.
  const errors = result.problems.filter((p) => p.severity === "error");
  if (errors.length) throw new Error(`${specFile}:\n  ${errors.map((p) => p.message).join("\n  ")}`);
  /** @type {any} */
  const doc = result.bundle.parsed;
  /** @type {Omit<ModelOperation, "cli" | "destructive">[]} */
  const described = [];
  /** @type {any[]} */
  const raw = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      described.push(describe(doc, path, method, item, op));
      raw.push(op);
    }
  }
  const operations = described.map((op, i) => ({
    ...op,
    pathParams: op.pathParams.map((p) => withList(op.path, p, described)),
    cli: cliNames(op, described, raw[i]),
    destructive: destructive(op, raw[i]),
  }));
  const commands = operations.map((o) => `${o.cli.resource} ${o.cli.verb}`);
  const clash = commands.find((c, i) => commands.indexOf(c) !== i);
  if (clash) throw new Error(`two operations map to the command "${clash}"`);
  return { operations };
}

/**
 * @param {any} doc @param {string} path @param {import("./types.js").HttpMethod} method
 * @param {any} item @param {any} op
 * @returns {Omit<ModelOperation, "cli" | "destructive">}
 */
function describe(doc, path, method, item, op) {
  const operationId = op.operationId ?? `${method.toUpperCase()} ${path}`;
  const parameters = mergeParameters(item.parameters, op.parameters);
  const order = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const pathParams = parameters
    .filter((p) => p.in === "path")
    .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  if (pathParams.length !== order.length) throw new Error(`${operationId}: path params do not match ${path}`);
  const responses = Object.entries(op.responses ?? {}).map(([status, r]) => responseOf(status, r));
  const success = responses.find((r) => /^2\d\d$/.test(r.status));
  const kind = responseKind(success?.schema);
  const tag = (doc.tags ?? []).find((/** @type {any} */ t) => t.name === op.tags?.[0]);
  return {
    operationId,
    method,
    path,
    summary: op.summary ?? operationId,
    ...(op.description ? { description: op.description } : {}),
    ...(tag ? { tag: { name: tag.name, ...(tag.description ? { description: tag.description } : {}) } } : {}),
    pathParams,
    queryParams: parameters.filter((p) => p.in !== "path"),
    requestBody: requestBodyOf(op.requestBody),
    responses,
    kind,
    ...(kind === "list" && success?.schema ? { cursor: cursorStyle(success.schema) } : {}),
    secrets: fieldPaths(success?.schema, isSecret),
    times: fieldPaths(success?.schema, isUnixTime),
  };
}

/**
 * A path parameter with the list operation whose items it names: the list at the path up to it
 * (`/organization/groups/{group_id}` -> list-groups), under `/organization` for the `/projects/...`
 * paths, else the top-level list of the same noun (`/projects/{project_id}` -> list-projects).
 * @param {string} path @param {Parameter} param
 * @param {Omit<ModelOperation, "cli" | "destructive">[]} all @returns {Parameter}
 */
function withList(path, param, all) {
  const prefix = path.slice(0, path.indexOf(`/{${param.name}}`));
  const noun = prefix.split("/").at(-1);
  const lists = all.filter((o) => o.method === "get" && o.kind === "list");
  const list =
    lists.find((o) => o.path === prefix) ??
    lists.find((o) => o.path === `/organization${prefix}`) ??
    lists.find((o) => o.pathParams.length === 0 && o.path.split("/").at(-1) === noun);
  return list ? { ...param, list: list.operationId } : param;
}

/**
 * Operation-level parameters replace path-level ones with the same name and location.
 * @param {any} pathLevel @param {any} operationLevel @returns {Parameter[]}
 */
function mergeParameters(pathLevel, operationLevel) {
  /** @type {Map<string, Parameter>} */
  const merged = new Map();
  for (const p of [...(pathLevel ?? []), ...(operationLevel ?? [])]) {
    merged.set(`${p.in}:${p.name}`, {
      name: p.name,
      in: p.in,
      required: p.required === true,
      ...((p.description ?? p.schema?.description)
        ? { description: p.description ?? p.schema.description }
        : {}),
      schema: p.schema ?? {},
      ...(p.example !== undefined ? { example: p.example } : {}),
    });
  }
  return [...merged.values()];
}

/** @param {any} media @returns {Example[]} */
function examplesOf(media) {
  const examples = Object.entries(media?.examples ?? {}).map(([name, e]) => ({
    name,
    value: /** @type {any} */ (e)?.value,
  }));
  if (!examples.length && media && "example" in media)
    examples.push({ name: "example", value: media.example });
  return examples;
}

/** @param {any} body @returns {import("./types.js").RequestBody | undefined} */
function requestBodyOf(body) {
  if (!body) return undefined;
  const content = body.content ?? {};
  const mediaType = "application/json" in content ? "application/json" : Object.keys(content)[0];
  if (!mediaType) return undefined;
  const media = content[mediaType];
  return {
    required: body.required === true,
    mediaType,
    schema: media.schema ?? {},
    examples: examplesOf(media),
  };
}

/** @param {string} status @param {any} response @returns {import("./types.js").DocumentedResponse} */
function responseOf(status, response) {
  const [contentType, media] = Object.entries(response.content ?? {})[0] ?? [];
  return {
    status,
    contentType,
    schema: /** @type {any} */ (media)?.schema,
    examples: examplesOf(media),
    headers: Object.entries(response.headers ?? {}).map(([name, header]) => ({
      name: name.toLowerCase(),
      required: /** @type {any} */ (header).required === true,
      schema: /** @type {any} */ (header).schema ?? {},
    })),
  };
}
