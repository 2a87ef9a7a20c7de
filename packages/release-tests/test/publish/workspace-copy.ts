// The published packages of a copy of the workspace (scripts/workspace-copy.mjs makes the copy).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

function workspaceDirs(root: string): string[] {
  return ["packages", "apps"].flatMap((parent) =>
    existsSync(join(root, parent))
      ? readdirSync(join(root, parent), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => join(parent, d.name))
      : [],
  );
}

export interface PublicPackage {
  name: string;
  version: string;
  dir: string;
  /** Files its package.json points at (exports, bin, main, types) that do not exist. */
  missing: string[];
}

/** Every published (non-private) package of the workspace at `root`, with what it lacks. */
export function publicPackages(root: string): PublicPackage[] {
  return workspaceDirs(root)
    .map((dir) => join(root, dir))
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
    .filter(({ pkg }) => !pkg.private)
    .map(({ dir, pkg }) => ({
      name: pkg.name,
      version: pkg.version,
      dir,
      missing: entryFiles(pkg).filter((file) => !existsSync(join(dir, file))),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function entryFiles(pkg: Record<string, unknown>): string[] {
  const found = new Set<string>();
  const add = (file: string) => found.add(file.startsWith("./") ? file : `./${file}`);
  const strings = (value: unknown): string[] =>
    typeof value === "string"
      ? [value]
      : value && typeof value === "object"
        ? Object.values(value).flatMap(strings)
        : [];
  for (const file of strings(pkg.exports)) if (file.startsWith("./") && !file.includes("*")) add(file);
  for (const file of strings(pkg.bin)) add(file);
  for (const key of ["main", "types", "module"]) for (const file of strings(pkg[key])) add(file);
  return [...found];
}
