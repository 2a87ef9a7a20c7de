#!/usr/bin/env node
// TEMPORARY (removed once the whole API is in spec/openapi.yaml): merges spec fragments written side
// by side (`spec/fragments/*.yaml`, each with `tags`, `paths` and `components`) into the root spec.
// A component defined twice must be identical; a path (and method) defined twice is an error.
// Usage: node packages/spec/scripts/merge-fragments.mjs spec/fragments/a.yaml [more.yaml ...]
import { readFileSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { parseDocument } from "yaml";
import { repoSpec } from "../src/index.js";

const root = parseDocument(readFileSync(repoSpec, "utf8"));
const problems = [];
for (const file of process.argv.slice(2)) {
  const frag = parseDocument(readFileSync(file, "utf8"));
  if (frag.errors.length) throw new Error(`${file}: ${frag.errors.map((e) => e.message).join("; ")}`);
  const js = frag.toJS();
  for (const tag of frag.get("tags")?.items ?? []) {
    const name = tag.get("name");
    const known = root.get("tags").items.some((t) => t.get("name") === name);
    if (!known) root.get("tags").items.push(tag);
  }
  for (const pair of frag.get("paths")?.items ?? []) {
    const path = String(pair.key.value ?? pair.key);
    const existing = root.getIn(["paths", path]);
    if (!existing) {
      root.get("paths").items.push(pair);
      continue;
    }
    for (const m of pair.value.items) {
      const method = String(m.key.value ?? m.key);
      if (existing.get(method))
        problems.push(`${file}: ${method.toUpperCase()} ${path} is already in the spec`);
      else existing.items.push(m);
    }
  }
  for (const [section, entries] of Object.entries(js.components ?? {})) {
    if (!root.getIn(["components", section])) root.setIn(["components", section], root.createNode({}));
    for (const [name] of Object.entries(entries ?? {})) {
      const node = frag.getIn(["components", section, name], true);
      const have = root.getIn(["components", section, name], true);
      if (!have) {
        root.getIn(["components", section]).items.push(root.createPair(name, node));
        continue;
      }
      const a = JSON.stringify(have.toJSON());
      const b = JSON.stringify(node.toJSON());
      if (!isDeepStrictEqual(JSON.parse(a), JSON.parse(b)))
        problems.push(`${file}: components.${section}.${name} differs from the one already in the spec`);
    }
  }
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
writeFileSync(repoSpec, root.toString({ lineWidth: 0 }));
console.log(`merged ${process.argv.length - 2} fragment(s) into ${repoSpec}`);
