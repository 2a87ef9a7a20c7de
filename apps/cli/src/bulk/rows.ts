// The rows of a --from-file: CSV with a header line, or JSON Lines (one object a line). Columns
// are the command's flags (`email`, `project-id`; the wire names `project_id` work too); a cell
// holds what the flag would (`gpt-4.1,o3` for a list, JSON for an object).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import { UsageError } from "../cli/usage-error.js";
import type { Field, Operation } from "../manifest/types.js";

/** One line of the file: its number among the rows (1-based, header excluded) and its cells as flag values. */
export interface Row {
  n: number;
  /** Flag name (without dashes) to the values the flag would be given. */
  flags: Map<string, string[]>;
  /** Stable over reorderings and edits of other rows: what the journal knows the row by. */
  key: string;
}

const FLAG = "--from-file";

function cellValues(value: unknown): string[] | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (Array.isArray(value))
    return value.map((item) => (typeof item === "object" ? JSON.stringify(item) : String(item)));
  if (typeof value === "object") return [JSON.stringify(value)];
  return [String(value)];
}

/** Which field a column names: its flag, its wire name or one of its aliases. */
function columnField(op: Operation, column: string): Field | undefined {
  const name = column.trim().replace(/^--/, "");
  return op.fields.find(
    (f) => f.flag === name || f.name === name || f.name === `${name}[]` || (f.aliases ?? []).includes(name),
  );
}

function records(file: string): Record<string, unknown>[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`${FLAG}: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}.`, {
      flag: FLAG,
    });
  }
  const ext = extname(file).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") {
    return text.split(/\r?\n/).flatMap((line, i) => {
      if (!line.trim()) return [];
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new UsageError(`${FLAG}: line ${i + 1} of ${file} is not JSON.`, { flag: FLAG });
      }
      if (!value || typeof value !== "object" || Array.isArray(value))
        throw new UsageError(`${FLAG}: line ${i + 1} of ${file} is not a JSON object.`, { flag: FLAG });
      return [value as Record<string, unknown>];
    });
  }
  if (ext !== ".csv") throw new UsageError(`${FLAG}: ${file} is neither .csv nor .jsonl.`, { flag: FLAG });
  try {
    return parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw new UsageError(`${FLAG}: ${file}: ${(error as Error).message}.`, { flag: FLAG });
  }
}

/** Reads the file; an unknown column is a usage error (exit 2) before anything is sent. */
export function readRows(op: Operation, file: string): Row[] {
  const rows = records(file);
  const unknown = new Set<string>();
  const seen = new Map<string, number>();
  const out = rows.map((record, i) => {
    const flags = new Map<string, string[]>();
    for (const [column, value] of Object.entries(record)) {
      const field = columnField(op, column);
      if (!field) {
        unknown.add(column);
        continue;
      }
      const values = cellValues(value);
      if (values) flags.set(field.flag, values);
    }
    const canonical = JSON.stringify([...flags.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
    // The same row twice in a file is two rows: the second is known by its occurrence.
    const occurrence = (seen.get(canonical) ?? 0) + 1;
    seen.set(canonical, occurrence);
    const key = createHash("sha256").update(`${occurrence}\n${canonical}`).digest("hex").slice(0, 16);
    return { n: i + 1, flags, key };
  });
  if (unknown.size > 0) {
    const known = op.fields.map((f) => f.flag).join(", ");
    throw new UsageError(
      `${FLAG}: ${[...unknown].map((c) => JSON.stringify(c)).join(", ")} ${unknown.size === 1 ? "is not a flag" : "are not flags"} of ${op.resource} ${op.verb} (columns: ${known}).`,
      { flag: FLAG },
    );
  }
  return out;
}
