// Spectral custom function: every object schema (type object, or with
// `properties`) must set `additionalProperties` to false, or to a schema
// object for string-keyed maps. `true` and a missing keyword are reported.
// Walks nested properties, items, prefixItems and the *Of combinators.

function isObjectSchema(s) {
  const t = s.type;
  return (
    t === "object" ||
    (Array.isArray(t) && t.includes("object")) ||
    (s.properties && typeof s.properties === "object")
  );
}

function walk(schema, path, results) {
  if (!schema || typeof schema !== "object" || Array.isArray(schema) || schema.$ref) return;
  if (isObjectSchema(schema)) {
    const ap = schema.additionalProperties;
    if (ap !== false && !(ap && typeof ap === "object")) {
      results.push({
        message: "Object schema must set additionalProperties: false (or a value schema for maps).",
        path,
      });
    }
  }
  if (schema.properties && typeof schema.properties === "object") {
    for (const [k, v] of Object.entries(schema.properties)) walk(v, [...path, "properties", k], results);
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
    walk(schema.additionalProperties, [...path, "additionalProperties"], results);
  }
  if (schema.items) walk(schema.items, [...path, "items"], results);
  for (const key of ["prefixItems", "allOf", "anyOf", "oneOf"]) {
    if (!Array.isArray(schema[key])) continue;
    schema[key].forEach((s, i) => {
      walk(s, [...path, key, i], results);
    });
  }
}

module.exports = function closedObjects(targetVal, _opts, context) {
  const results = [];
  walk(targetVal, context.path, results);
  return results;
};
