// Spectral custom function: no object schema in a response sets `additionalProperties: false`.
// Response schemas stay open so that a field the API adds later is not an error anywhere; the
// contract suite reports such fields as drift instead.

function walk(schema, path, results, seen) {
  if (!schema || typeof schema !== "object" || Array.isArray(schema) || seen.has(schema)) return;
  seen.add(schema);
  if (schema.additionalProperties === false) {
    results.push({ message: "Response schemas must not set additionalProperties: false.", path });
  }
  if (schema.properties && typeof schema.properties === "object") {
    for (const [k, v] of Object.entries(schema.properties))
      walk(v, [...path, "properties", k], results, seen);
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
    walk(schema.additionalProperties, [...path, "additionalProperties"], results, seen);
  }
  if (schema.items) walk(schema.items, [...path, "items"], results, seen);
  for (const key of ["prefixItems", "allOf", "anyOf", "oneOf"]) {
    if (!Array.isArray(schema[key])) continue;
    schema[key].forEach((s, i) => {
      walk(s, [...path, key, i], results, seen);
    });
  }
}

module.exports = function openObjects(targetVal, _opts, context) {
  const results = [];
  walk(targetVal, context.path, results, new Set());
  return results;
};
