// What a bulk run has done, row by row, appended as it happens, so that `--resume` after a crash
// (or kill -9) sends no row twice. One JSON object a line:
//   {"journal":1,"command":"invites create","file":"/abs/rows.csv","target":"https://…/v1","started_at":"…"}
//   {"row":3,"key":"9f2c…","state":"sending"}               written before the request goes out
//   {"row":3,"key":"9f2c…","state":"done","status":200,"id":"invite-…"}
//   {"row":4,"key":"…","state":"skipped","reason":"…"}      already true: nothing was changed
//   {"row":5,"key":"…","state":"failed","status":422,"reason":"…"}
// A row is known by a hash of its cells (`key`), so a resumed file may be reordered or have its
// failed rows fixed. It lives in the state directory: $XDG_STATE_HOME/openai-admin/bulk/ (else
// ~/.local/state/openai-admin/bulk/), named after the file plus a hash of the command, the file's
// absolute path and the API's address.
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { homedir } from "node:os";
import { basename, join, resolve } from "node:path";

export type RowState = "sending" | "done" | "skipped" | "failed";

export interface JournalEntry {
  row: number;
  key: string;
  state: RowState;
  status?: number;
  id?: string;
  reason?: string;
}

export function journalPath(
  env: Record<string, string | undefined>,
  command: string,
  file: string,
  target: string,
): string {
  const base = env.XDG_STATE_HOME || join(env.HOME || homedir(), ".local", "state");
  const absolute = resolve(file);
  const hash = createHash("sha256").update(`${command}\n${absolute}\n${target}`).digest("hex").slice(0, 12);
  const name = basename(absolute).replace(/[^\w.-]+/g, "_");
  return join(base, "openai-admin", "bulk", `${name}-${hash}.jsonl`);
}

/** The last state of every row key an earlier run wrote (a torn last line, from a crash, is ignored). */
export function readJournal(path: string): Map<string, JournalEntry> {
  const last = new Map<string, JournalEntry>();
  if (!existsSync(path)) return last;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim()) continue;
    let entry: Partial<JournalEntry>;
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof entry.key === "string" && typeof entry.state === "string")
      last.set(entry.key, entry as JournalEntry);
  }
  return last;
}

export class Journal {
  readonly #fd: number;

  /** Opens the journal: appended to when resuming, started over otherwise. */
  constructor(
    readonly path: string,
    header: Record<string, unknown>,
    resume: boolean,
  ) {
    mkdirSync(join(path, ".."), { recursive: true });
    this.#fd = openSync(path, resume ? "a" : "w", 0o600);
    this.#write({ journal: 1, ...header, started_at: new Date().toISOString(), resumed: resume });
  }

  // A synchronous write reaches the kernel before the request is sent: a kill -9 cannot lose it.
  #write(value: object): void {
    writeSync(this.#fd, `${JSON.stringify(value)}\n`);
  }

  record(entry: JournalEntry): void {
    this.#write(entry);
  }

  close(): void {
    closeSync(this.#fd);
  }
}
