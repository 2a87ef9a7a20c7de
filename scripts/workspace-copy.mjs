// @ts-check
// A throwaway copy of the repo for tests that version, build, publish or regenerate it: the files
// git knows (tracked, or new and not ignored), so nothing in the real work tree changes and nothing
// built there is carried over.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

/** @param {string} root @param {string} target */
export function copyWorkspace(root, target) {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  }).split("\0");
  for (const file of files) {
    const from = join(root, file);
    if (!file || !existsSync(from) || !statSync(from).isFile()) continue; // deleted in the work tree
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(from, join(target, file));
  }
}
