// `--format text` (`-r`), for scripts: strings without quotes, one line per array item, rows as
// tab-separated fields (no header), nothing at all for null or an empty result.
import { columnsOf, isRow } from "./columns.js";
import { cellText } from "./table.js";

const oneLine = (text: string) => text.replace(/[\t\r\n]+/g, " ");

export class TextWriter {
  private columns: readonly string[] | undefined;

  constructor(columns?: readonly string[]) {
    this.columns = columns;
  }

  /** Lines for some items of a list; the first rows seen fix the fields of every later row. */
  page(items: readonly unknown[]): string {
    return items.map((item) => `${this.line(item, items)}\n`).join("");
  }

  private line(item: unknown, page: readonly unknown[]): string {
    if (Array.isArray(item)) return item.map((v) => oneLine(cellText(v))).join("\t");
    if (!isRow(item)) return oneLine(cellText(item));
    this.columns ??= columnsOf(page, true);
    return this.columns.map((column) => oneLine(cellText(item[column]))).join("\t");
  }
}

/** A whole value as text: arrays one line per item, an object as one row, null as nothing. */
export function textOf(value: unknown, columns?: readonly string[]): string {
  if (value === null || value === undefined) return "";
  const items = Array.isArray(value) ? value : [value];
  return new TextWriter(columns).page(items);
}
