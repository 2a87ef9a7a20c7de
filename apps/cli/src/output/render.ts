// Formats results. Lists go through ListPrinter, which writes each page as it arrives in every
// format (JSON as one array written item by item), so memory stays flat on long listings.
import { isRow } from "./columns.js";
import { CsvWriter } from "./csv.js";
import { objectTable, TableWriter } from "./table.js";
import type { Terminal } from "./terminal.js";
import { TextWriter, textOf } from "./text.js";

export type OutputFormat = "table" | "json" | "jsonl" | "yaml" | "csv" | "text";

type Yaml = typeof import("yaml");
let yamlModule: Yaml | undefined;
/** The YAML library is loaded only when YAML is asked for. */
async function yaml(): Promise<Yaml> {
  yamlModule ??= await import("yaml");
  return yamlModule;
}

const indent = (text: string) => text.replace(/^/gm, "  ");

export async function renderValue(
  term: Terminal,
  format: OutputFormat,
  value: unknown,
  columns?: readonly string[],
): Promise<void> {
  const bold = (text: string) => term.style("1", text);
  switch (format) {
    case "json":
      return term.out(`${JSON.stringify(value ?? null, null, 2)}\n`);
    case "jsonl":
      if (Array.isArray(value)) return term.out(value.map((v) => `${JSON.stringify(v)}\n`).join(""));
      return term.out(`${JSON.stringify(value ?? null)}\n`);
    case "yaml": {
      const { stringify } = await yaml();
      return term.out(stringify(value ?? null));
    }
    case "text":
      return term.out(textOf(value, columns));
    case "csv":
      return term.out(new CsvWriter(columns).page(Array.isArray(value) ? value : [value]));
    case "table":
      if (Array.isArray(value)) return term.out(new TableWriter(bold, columns).page(value));
      if (isRow(value)) return term.out(objectTable(value, bold, columns));
      return term.out(
        value === null || value === undefined
          ? ""
          : `${typeof value === "string" ? value : JSON.stringify(value)}\n`,
      );
  }
}

export class ListPrinter {
  private count = 0;
  private readonly table: TableWriter;
  private readonly csv: CsvWriter;
  private readonly text: TextWriter;

  constructor(
    private readonly term: Terminal,
    private readonly format: OutputFormat,
    columns?: readonly string[],
  ) {
    this.table = new TableWriter((text) => term.style("1", text), columns);
    this.csv = new CsvWriter(columns);
    this.text = new TextWriter(columns);
  }

  async page(items: readonly unknown[]): Promise<void> {
    if (items.length === 0) return;
    switch (this.format) {
      case "json": {
        let text = "";
        for (const item of items) {
          text += `${this.count === 0 ? "[\n" : ",\n"}${indent(JSON.stringify(item, null, 2))}`;
          this.count++;
        }
        return this.term.out(text);
      }
      case "jsonl":
        this.count += items.length;
        return this.term.out(items.map((item) => `${JSON.stringify(item)}\n`).join(""));
      case "yaml": {
        const { stringify } = await yaml();
        this.count += items.length;
        // A YAML sequence is the concatenation of one-item sequences.
        return this.term.out(items.map((item) => stringify([item])).join(""));
      }
      case "csv":
        this.count += items.length;
        return this.term.out(this.csv.page(items));
      case "table":
        this.count += items.length;
        return this.term.out(this.table.page(items));
      case "text":
        this.count += items.length;
        return this.term.out(this.text.page(items));
    }
  }

  async end(): Promise<void> {
    if (this.format === "json") return this.term.out(this.count === 0 ? "[]\n" : "\n]\n");
    if (this.format === "yaml" && this.count === 0) return this.term.out("[]\n");
  }
}
