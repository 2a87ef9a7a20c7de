// A throwaway copy of the repo (scripts/workspace-copy.mjs) that can run `pnpm generate`, builds
// and tests on its own: each node_modules is recreated with the same relative links, so a
// workspace package resolves to the copy's package, and third-party ones to this checkout's store.
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { copyWorkspace as copyFiles } from "../../../scripts/workspace-copy.mjs";

export function copyWorkspace(root: string, target: string): void {
  copyFiles(root, target);
  // The store itself is shared; everything else in node_modules is links (kept as they are) and
  // small shims.
  mkdirSync(join(target, "node_modules"), { recursive: true });
  for (const entry of readdirSync(join(root, "node_modules"))) {
    const from = join(root, "node_modules", entry);
    if (entry === ".pnpm") symlinkSync(from, join(target, "node_modules", entry));
    else cpSync(from, join(target, "node_modules", entry), { recursive: true, verbatimSymlinks: true });
  }
  for (const parent of ["packages", "apps", "bench"]) {
    const dirs =
      parent === "bench" ? [""] : existsSync(join(root, parent)) ? readdirSync(join(root, parent)) : [];
    for (const dir of dirs) {
      const modules = join(root, parent, dir, "node_modules");
      if (existsSync(modules))
        cpSync(modules, join(target, parent, dir, "node_modules"), {
          recursive: true,
          verbatimSymlinks: true,
        });
    }
  }
}
