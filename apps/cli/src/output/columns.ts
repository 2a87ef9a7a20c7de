// Column choice shared by table and CSV: the keys of the first page, in order of appearance.

export type Row = Record<string, unknown>;

export const isRow = (value: unknown): value is Row =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Union of keys over `rows`; `skipObjectType` drops the constant `object` discriminator. */
export function columnsOf(rows: readonly unknown[], skipObjectType: boolean): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    if (!isRow(row)) continue;
    for (const key of Object.keys(row)) seen.add(key);
  }
  const columns = [...seen];
  if (skipObjectType && columns.length > 1) return columns.filter((c) => c !== "object");
  return columns;
}
