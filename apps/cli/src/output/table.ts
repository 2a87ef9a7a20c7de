// Human tables. A list is printed page by page: widths come from the first page and later pages
// reuse them (truncating with …), so output streams without buffering the whole listing.
import { columnsOf, isRow, type Row } from "./columns.js";

const MAX_WIDTH = 48;

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) return value.join(",");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

const fit = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text.padEnd(width);

export class TableWriter {
  private columns: string[] | undefined;
  private widths: number[] = [];

  constructor(
    private readonly header: (text: string) => string,
    private readonly chosen?: readonly string[],
  ) {}

  /** Renders one page of rows; the first call fixes the columns. */
  page(rows: readonly unknown[]): string {
    if (rows.length === 0) return "";
    if (!this.columns) {
      const columns = this.chosen ? [...this.chosen] : columnsOf(rows, true);
      this.columns = columns.length > 0 ? columns : ["value"];
      this.widths = this.columns.map((column) =>
        Math.min(MAX_WIDTH, Math.max(column.length, ...rows.map((row) => this.cell(row, column).length))),
      );
      const head = this.line(this.columns.map((c) => c.toUpperCase()));
      return `${this.header(head)}\n${rows.map((row) => this.row(row)).join("")}`;
    }
    return rows.map((row) => this.row(row)).join("");
  }

  private cell(row: unknown, column: string): string {
    if (!isRow(row)) return column === "value" ? cellText(row) : "";
    return cellText(row[column]).replace(/\s*\n\s*/g, " ");
  }

  private line(cells: string[]): string {
    return cells
      .map((cell, i) => (i === cells.length - 1 ? cell : fit(cell, this.widths[i] ?? cell.length)))
      .join("  ")
      .trimEnd();
  }

  private row(row: unknown): string {
    const columns = this.columns ?? [];
    return `${this.line(
      columns.map((column, i) => {
        const text = this.cell(row, column);
        return i === columns.length - 1 ? text : fit(text, this.widths[i] ?? text.length);
      }),
    )}\n`;
  }
}

/** One object as KEY  VALUE lines. */
export function objectTable(
  object: Row,
  header: (text: string) => string,
  columns?: readonly string[],
): string {
  const keys = columns ?? Object.keys(object);
  const width = Math.min(MAX_WIDTH, Math.max(3, ...keys.map((k) => k.length)));
  const lines = keys.map((key) => `${header(key.padEnd(width))}  ${cellText(object[key])}`);
  return `${lines.join("\n")}\n`;
}
