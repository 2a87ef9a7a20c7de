// RFC 4180 CSV: a header from the first page's keys, then one row per item as it arrives.
import { columnsOf, isRow } from "./columns.js";

function field(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export class CsvWriter {
  private columns: readonly string[] | undefined;

  /** `columns` (--columns) fixes the header; otherwise the first page's keys do. */
  constructor(private readonly chosen?: readonly string[]) {}

  page(rows: readonly unknown[]): string {
    if (rows.length === 0) return "";
    let out = "";
    if (!this.columns) {
      const columns = this.chosen ?? columnsOf(rows, false);
      this.columns = columns.length > 0 ? columns : ["value"];
      out += `${this.columns.map(field).join(",")}\r\n`;
    }
    const columns = this.columns;
    for (const row of rows) {
      const cells = isRow(row) ? columns.map((c) => field(row[c])) : [field(row)];
      out += `${cells.join(",")}\r\n`;
    }
    return out;
  }
}
