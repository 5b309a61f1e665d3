// `vigil import`: Vigil's own JSON export, or CSV and XLSX spreadsheets through a column map, Uwazi's CSV export and
// Popolo JSON. Every format is all or nothing; --dry-run checks every row and reports its problems without writing.
import fs from 'node:fs';
import { Transform } from 'node:stream';
import v8 from 'node:v8';
import { Command, Option } from 'commander';
import type { ImportReport } from '../commands/transfer/import-rows.ts';
import { CliError, withContext } from './lazy.ts';

const SINGULAR: Record<string, string> = {
  organisations: 'organisation',
  persons: 'person',
  events: 'event',
  cases: 'case',
  memberships: 'membership',
  sources: 'source',
  citations: 'citation',
};
const count = (n: number, plural: string) => `${n} ${n === 1 ? (SINGULAR[plural] ?? plural) : plural}`;

/** The lines printed for a row import's report: each problem and duplicate by row, then one summary line. */
export function reportLines(report: ImportReport & { unmapped: string[] }): string[] {
  const lines = report.problems.map((p) => `${p.at}: ${p.message}`);
  for (const d of report.duplicates) {
    lines.push(
      `${d.at}: "${d.name}" looks like "${d.existing.name}" ${d.inThisImport ? 'earlier in this file' : 'already in the register'} (${d.existing.slug}, ${d.existing.id}): ${d.action === 'skipped' ? 'skipped' : 'created anyway'}`,
    );
  }
  if (report.unmapped.length > 0)
    lines.push(`not imported (not in the map, or not read from this format): ${report.unmapped.join(', ')}`);
  const written =
    Object.entries(report.counts)
      .filter(([k, n]) => n > 0 && k !== 'skipped')
      .map(([k, n]) => count(n, k))
      .join(', ') || 'nothing';
  const skipped = report.counts.skipped
    ? `; ${report.counts.skipped} row${report.counts.skipped === 1 ? '' : 's'} skipped as duplicates`
    : '';
  const rows = `${report.rows} row${report.rows === 1 ? '' : 's'}`;
  if (report.problems.length > 0) {
    const bad = new Set(report.problems.map((p) => p.at)).size;
    lines.push(
      `${rows} read; ${bad} with problems: ${report.dryRun ? 'this file would not be imported' : 'nothing was imported'}`,
    );
  } else if (report.dryRun)
    lines.push(`dry run: ${rows} read, all valid; would import ${written}${skipped}; nothing was written`);
  else lines.push(`imported ${written} from ${rows}${skipped}`);
  return lines;
}

/** Adds the `import` command to the program. */
export function registerImportCommand(program: Command, say: (line: string) => void): void {
  program
    .command('import')
    .description(
      'Load a file in one transaction (all of it or, on any error, none): a Vigil JSON export, a CSV or XLSX spreadsheet with a column map, an Uwazi CSV export, or Popolo JSON',
    )
    .argument('<file>', 'the file to import')
    .addOption(
      new Option('--format <format>', 'what the file is')
        .choices(['json', 'csv', 'xlsx', 'uwazi', 'popolo'])
        .default('json'),
    )
    .option('--map <file>', 'the column map (JSON) for csv, xlsx and uwazi')
    .option('--dry-run', 'check every row and report problems and duplicates; write nothing')
    .addOption(
      new Option('--on-duplicate <action>', 'a row whose person is already in the register')
        .choices(['skip', 'create'])
        .default('skip'),
    )
    .action(
      async (
        file: string,
        opts: { format: string; map?: string; dryRun?: boolean; onDuplicate: 'skip' | 'create' },
      ) => {
        if (!fs.existsSync(file)) throw new CliError(`import: ${file} does not exist`);
        if (opts.map && !fs.existsSync(opts.map)) throw new CliError(`import: the map ${opts.map} does not exist`);
        if (opts.map && (opts.format === 'json' || opts.format === 'popolo'))
          throw new CliError(`import: --format ${opts.format} takes no --map (maps are for csv, xlsx and uwazi)`);
        if (opts.format === 'json') {
          if (opts.dryRun) throw new CliError('import: --dry-run applies to --format csv, xlsx, uwazi and popolo');
          return importVigilJson(file, say);
        }
        // A spreadsheet import keeps little alive (about 45 MB for 20,000 rows) but allocates a lot, and V8 lets the
        // heap grow to about four times what survived before it collects again: 340 MB for 20,000 CSV rows. Letting it
        // only double keeps that import near 250 MB with no more CPU (README, *Importing spreadsheets*). The JSON
        // import is left as it is: there the same setting cost about 15 % more CPU.
        v8.setFlagsFromString('--heap-growing-percent=100');
        const [{ importFile }, { progressBar }] = await Promise.all([
          import('../commands/transfer/import-file.ts'),
          import('./runtime.ts'),
        ]);
        await withContext(async (ctx) => {
          let bar = progressBar('import', 0);
          try {
            const report = await importFile(ctx, {
              format: opts.format as 'csv',
              file,
              mapFile: opts.map,
              dryRun: opts.dryRun,
              onDuplicate: opts.onDuplicate,
              onRows: (total) => (bar = progressBar('import', total)),
              onProgress: (n) => bar.update(n),
            });
            bar.stop();
            for (const line of reportLines(report)) say(line);
            if (report.problems.length > 0)
              throw new CliError(
                `import: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}; nothing was imported`,
              );
          } finally {
            bar.stop();
          }
        });
      },
    );
}

/** Loads a Vigil JSON export, with a progress bar over the bytes read. */
async function importVigilJson(file: string, say: (line: string) => void): Promise<void> {
  const [{ importJson }, { progressBar }] = await Promise.all([
    import('../commands/transfer/import-json.ts'),
    import('./runtime.ts'),
  ]);
  await withContext(async (ctx) => {
    const bar = progressBar('import', fs.statSync(file).size);
    // The progress is counted as the import reads: a 'data' listener on the file would set it flowing before the import's
    // transaction has begun (on PostgreSQL that takes a round trip), and the first bytes would be lost.
    let read = 0;
    const stream = fs.createReadStream(file).pipe(
      new Transform({
        transform(chunk: Buffer, _enc, done) {
          read += chunk.length;
          bar.update(read);
          done(null, chunk);
        },
      }),
    );
    try {
      const counts = await importJson(ctx, stream);
      bar.stop();
      say(
        `imported: ${Object.entries(counts)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ')}`,
      );
    } finally {
      bar.stop();
      stream.destroy();
    }
  });
}
