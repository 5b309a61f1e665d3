// `vigil import --format csv|xlsx|uwazi|popolo`: reads the file, turns it into drafts and writes them in one transaction.
import fs from 'node:fs';
import path from 'node:path';
import type { Ctx } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { parseImportMap } from './import-map.ts';
import { importRows, type Draft, type ImportReport, type OnDuplicate } from './import-rows.ts';
import { draftsFromTable } from './import-table.ts';
import { readCsv, readXlsx } from './read-table.ts';

/** The formats read through drafts (Vigil's own JSON export has its own importer). */
export const ROW_FORMATS = ['csv', 'xlsx', 'uwazi', 'popolo'] as const;
export type RowFormat = (typeof ROW_FORMATS)[number];

/** What an import is asked to do. */
export interface ImportFileInput {
  format: RowFormat;
  file: string;
  /** The column map (csv, xlsx, uwazi); Popolo needs none. */
  mapFile?: string;
  dryRun?: boolean;
  onDuplicate?: OnDuplicate;
  /** Called with the number of rows once they are read, then with each row done. */
  onRows?: (total: number) => void;
  onProgress?: (done: number) => void;
}

const FORMAT_NAMES: Record<RowFormat, string> = { csv: 'CSV', xlsx: 'XLSX', uwazi: 'Uwazi CSV', popolo: 'Popolo JSON' };

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new AppError('validation_failed', `${what}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The drafts of a file, and the columns its map leaves out. */
async function draftsOf(input: ImportFileInput): Promise<{ drafts: Draft[]; unmapped: string[] }> {
  const needMap = () => {
    if (!input.mapFile)
      throw new AppError('bad_request', `--format ${input.format} needs --map MAP.json (the column map)`);
    return readJson(input.mapFile, `map ${path.basename(input.mapFile)}`);
  };
  switch (input.format) {
    case 'csv':
    case 'xlsx': {
      const map = parseImportMap(needMap());
      const table =
        input.format === 'csv'
          ? readCsv(fs.readFileSync(input.file, 'utf8'))
          : await readXlsx(fs.readFileSync(input.file), map.sheet);
      return draftsFromTable(map, table);
    }
    case 'uwazi': {
      const { draftsFromUwazi, parseUwaziMap } = await import('./import-uwazi.ts');
      return draftsFromUwazi(parseUwaziMap(needMap()), readCsv(fs.readFileSync(input.file, 'utf8')));
    }
    case 'popolo': {
      const { draftsFromPopolo } = await import('./import-popolo.ts');
      return draftsFromPopolo(readJson(input.file, 'Popolo JSON'));
    }
  }
}

/** Imports a CSV, XLSX, Uwazi CSV or Popolo JSON file: all rows or, when any row has a problem (or on a dry run), none. */
export async function importFile(ctx: Ctx, input: ImportFileInput): Promise<ImportReport & { unmapped: string[] }> {
  const { drafts, unmapped } = await draftsOf(input);
  input.onRows?.(drafts.length);
  const report = await importRows(ctx, drafts, {
    fileName: path.basename(input.file),
    format: FORMAT_NAMES[input.format],
    dryRun: input.dryRun,
    onDuplicate: input.onDuplicate,
    onProgress: input.onProgress,
  });
  return { ...report, unmapped };
}
