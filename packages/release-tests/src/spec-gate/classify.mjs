// @ts-check
// Classifies the difference between two OpenAPI 3.1 documents as breaking, feature or fix.
// api-smart-diff does the diffing and most of the classifying; the few rules below are where its
// verdicts and ours differ, each named so the report says which rule decided.
import { apiCompare } from "api-smart-diff";

/** @typedef {"breaking" | "feature" | "fix"} ChangeLevel */
/** @typedef {ChangeLevel | "none"} SpecLevel */
/**
 * @typedef {object} SpecChange
 * @property {ChangeLevel} level
 * @property {"add" | "remove" | "replace" | "rename"} action
 * @property {(string | number)[]} path  JSON path in the document.
 * @property {string} where  `GET /organization/users`, or the dotted path outside `paths`.
 * @property {string} text  What changed, in words.
 * @property {string} [rule]  Our rule that overrode api-smart-diff's verdict.
 */

/** @type {Record<string, ChangeLevel>} */
const levelOfType = {
  breaking: "breaking",
  "non-breaking": "feature",
  deprecated: "feature",
  annotation: "fix",
};

const levelRank = { none: 0, fix: 1, feature: 2, breaking: 3 };

/**
 * The highest of the given levels.
 * @param {SpecLevel[]} levels
 * @returns {SpecLevel}
 */
export function maxLevel(levels) {
  return levels.reduce((a, b) => (levelRank[b] > levelRank[a] ? b : a), /** @type {SpecLevel} */ ("none"));
}

// Components whose names @openai-admin/types exports (`components["schemas"]["User"]`): adding one
// is a feature and removing or renaming one breaks code that names it, even if no wire format changed.
const exportedComponents = new Set(["schemas", "parameters", "responses", "requestBodies", "headers"]);
const httpMethods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/**
 * @param {unknown} value
 * @returns {Set<string>}
 */
function typeSet(value) {
  const types = new Set((Array.isArray(value) ? value : [value]).map(String));
  if (types.has("number")) types.add("integer");
  return types;
}

/**
 * @param {Set<string>} a
 * @param {Set<string>} b
 */
const isSubset = (a, b) => [...a].every((t) => b.has(t));

/**
 * Our verdict where it differs from api-smart-diff's, or undefined to keep its own.
 * `null` drops the change (it shows up again, resolved, under the operations that use it).
 * @param {import("api-smart-diff").Diff} diff
 * @returns {{ level: ChangeLevel, rule: string } | null | undefined}
 */
function override(diff) {
  const { path, action } = diff;
  const key = path.at(-1);

  if (path[0] === "components" && path[1] !== "securitySchemes") {
    if (path.length === 3 && exportedComponents.has(String(path[1]))) {
      return action === "add"
        ? { level: "feature", rule: "new exported component" }
        : { level: "breaking", rule: "removed or renamed exported component" };
    }
    return null;
  }
  // api-smart-diff mirrors its request rules for responses, so any replaced `type` or `const` in a
  // response comes out non-breaking, and adding "null" to a request field comes out breaking.
  if (key === "type" && action === "replace") {
    const before = typeSet(diff.before);
    const after = typeSet(diff.after);
    if (isSubset(before, after) && isSubset(after, before)) return { level: "fix", rule: "same types" };
    const inResponse = path.includes("responses");
    const safe = inResponse ? isSubset(after, before) : isSubset(before, after);
    return safe
      ? { level: "feature", rule: inResponse ? "response type narrowed" : "request type widened" }
      : { level: "breaking", rule: inResponse ? "response type changed" : "request type changed" };
  }
  if (key === "const" && action === "replace") return { level: "breaking", rule: "const value changed" };
  // The operationId names `operations[...]` in the types and the CLI command.
  if (key === "operationId" && path[0] === "paths") {
    return action === "add"
      ? { level: "feature", rule: "operationId added" }
      : { level: "breaking", rule: "operationId renamed or removed" };
  }
  if (diff.type === "unclassified") {
    return path.includes("examples") || path.includes("example")
      ? { level: "fix", rule: "example changed" }
      : { level: "feature", rule: "unclassified by api-smart-diff" };
  }
  return undefined;
}

/**
 * @param {unknown} value
 * @returns {string}
 */
function show(value) {
  const text = JSON.stringify(value);
  return text === undefined ? "nothing" : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * @param {import("api-smart-diff").Diff} diff
 * @returns {string}
 */
function where(diff) {
  const [root, route, method] = diff.path;
  if (root === "paths" && typeof route === "string") {
    return typeof method === "string" && httpMethods.has(method) ? `${method.toUpperCase()} ${route}` : route;
  }
  return diff.path.join(".");
}

/**
 * @param {import("api-smart-diff").Diff} diff
 * @returns {string}
 */
function describe(diff) {
  const own = diff.description && !/undefined|\] {2}/.test(diff.description) ? diff.description : "";
  const text = own || `[${diff.action}] ${diff.path.slice(diff.path[0] === "paths" ? 3 : 0).join(".")}`;
  const primitive = (/** @type {unknown} */ v) => v === null || typeof v !== "object";
  if (diff.action === "replace") return `${text}: ${show(diff.before)} -> ${show(diff.after)}`;
  if (diff.action === "remove" && primitive(diff.before)) return `${text} (was ${show(diff.before)})`;
  if (diff.action === "add" && primitive(diff.after)) return `${text} (${show(diff.after)})`;
  return text;
}

/**
 * Compares two parsed OpenAPI documents.
 * @param {unknown} before  The spec as last released.
 * @param {unknown} after  The spec now.
 * @returns {{ level: SpecLevel, changes: SpecChange[] }}
 */
export function classifySpecChange(before, after) {
  // apiCompare resolves $refs in place, so it gets copies.
  const { diffs } = apiCompare(structuredClone(before), structuredClone(after));
  /** @type {SpecChange[]} */
  const changes = [];
  for (const diff of diffs) {
    const ours = override(diff);
    if (ours === null) continue;
    const level = ours?.level ?? levelOfType[diff.type] ?? "feature";
    const change = { level, action: diff.action, path: diff.path, where: where(diff), text: describe(diff) };
    changes.push(ours ? { ...change, rule: ours.rule } : change);
  }
  return { level: maxLevel(changes.map((c) => c.level)), changes };
}
