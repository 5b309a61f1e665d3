// Reads a CSV or XLSX file into a header and rows, each row with where it stands in the file (CSV line, XLSX sheet
// and row) so that every error can point the user at the right place.
import { parse } from 'csv-parse/sync';
import { AppError } from '../../errors.ts';
import type { Cell } from './import-cells.ts';

/** One data row: its place in the file as people see it, and its cells by column name. */
export interface TableRow {
  /** "line 4" in a CSV file, "sheet Cases, row 4" in a workbook. */
  at: string;
  cells: Record<string, Cell>;
}

/** A table as read: its header (trimmed) and its rows. */
export interface Table {
  header: string[];
  rows: TableRow[];
  /** How the file is named in messages: "the file" or `sheet "Cases"`. */
  where: string;
}

/** The delimiter the header line uses most among , ; and tab (spreadsheets in many locales write ;). */
function guessDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

const byHeader = (header: string[], values: readonly Cell[]): Record<string, Cell> => {
  const cells: Record<string, Cell> = {};
  header.forEach((h, i) => {
    if (h && !(h in cells)) cells[h] = values[i] ?? null;
  });
  return cells;
};

/** Parses CSV text (UTF-8, with or without BOM, delimiter guessed from the header line). */
export function readCsv(text: string): Table {
  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    // csv-parse's types do not follow the `info` option: with it, each record comes with where it was read.
    records = parse(text, {
      info: true,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      delimiter: guessDelimiter(text),
    }) as unknown as typeof records;
  } catch (err) {
    throw new AppError('validation_failed', `CSV: ${err instanceof Error ? err.message : String(err)}`);
  }
  const [head, ...body] = records;
  if (!head) throw new AppError('validation_failed', 'CSV: the file is empty (the first line must name the columns)');
  const header = head.record.map((h) => h.trim());
  const rows: TableRow[] = [];
  let previous = head.info;
  for (const r of body) {
    // csv-parse counts the line a record ends on; a row starts after the previous one and the blank lines skipped since.
    const line = previous.lines + 1 + (r.info.empty_lines - previous.empty_lines);
    previous = r.info;
    if (r.record.every((v) => v.trim() === '')) continue;
    rows.push({ at: `line ${line}`, cells: byHeader(header, r.record) });
  }
  return { header, rows, where: 'the file' };
}

/** Reads one sheet of an XLSX workbook (by name, or the first); its first row that is not blank names the columns. */
export async function readXlsx(bytes: Buffer, sheet?: string): Promise<Table> {
  const { default: readXlsxFile } = await import('read-excel-file/node');
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = await readXlsxFile(bytes);
  } catch (err) {
    throw new AppError(
      'validation_failed',
      `XLSX: the file could not be read (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheet);
  if (!chosen)
    throw new AppError(
      'validation_failed',
      `XLSX: no sheet "${sheet}" (the workbook has: ${sheets.map((s) => s.sheet).join(', ')})`,
    );
  const data = chosen.data as Cell[][];
  const blank = (values: readonly Cell[]) =>
    values.every((v) => v === null || v === undefined || String(v).trim() === '');
  // The header is the first row with something in it: a sheet may start with a blank row or two.
  const headerAt = data.findIndex((values) => !blank(values));
  if (headerAt === -1)
    throw new AppError(
      'validation_failed',
      `XLSX: sheet "${chosen.sheet}" is empty (its first row must name the columns)`,
    );
  const header = data[headerAt]!.map((h) => (h === null || h === undefined ? '' : String(h).trim()));
  const rows: TableRow[] = [];
  data.forEach((values, i) => {
    if (i <= headerAt || blank(values)) return;
    rows.push({ at: `sheet "${chosen.sheet}", row ${i + 1}`, cells: byHeader(header, values) });
  });
  return { header, rows, where: `sheet "${chosen.sheet}"` };
}
