// A throwaway copy of the repo (the files git knows, tracked or new) that can run `pnpm generate`,
// builds and tests on its own: each node_modules is recreated with the same relative links, so a
// workspace package resolves to the copy's package, and third-party ones to this checkout's store.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";

export function copyWorkspace(root: string, target: string): void {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  }).split("\0");
  for (const file of files) {
    if (!file || !existsSync(join(root, file))) continue; // deleted in the work tree
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(root, file), join(target, file));
  }
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
