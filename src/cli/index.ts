// The `vigil` command line. Commands call commands/ and queries/, never SQL; failures print one line and exit non-zero.
import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { loadConfigFromProcess } from '../config.ts';
import { loadDemo } from '../commands/demo/load-demo.ts';
import { importJson } from '../commands/transfer/import-json.ts';
import { addUser } from '../commands/users/add-user.ts';
import { migrateToLatest, openDatabase, pendingMigrations } from '../db/database.ts';
import { countRecords } from '../db/repos/stats.repo.ts';
import { USER_ROLES } from '../domain/vocabulary.ts';
import { verifyAudit } from '../queries/audit/verify-audit.ts';
import { exportCsv } from '../queries/export/export-csv.ts';
import { exportJson } from '../queries/export/export-json.ts';
import { backupTo, restoreFrom } from './backup.ts';
import { CliError, describeError, progressBar, withContext } from './runtime.ts';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Builds the program; exported so tests can run commands in-process. */
export function buildProgram(): Command {
  const program = new Command('vigil')
    .description('Vigil: a register of political persecution and the appeals made from it')
    .showHelpAfterError()
    .exitOverride();

  program.command('serve').description('Run the web app and JSON API (migrates the database first)').action(async () => {
    // Loaded only here: the web app's modules are not needed by the other commands and slow their start.
    const { serve } = await import('../main.ts');
    await serve(loadConfigFromProcess());
    await new Promise(() => undefined); // until a signal stops the server
  });

  program.command('migrate').description('Bring the database schema up to date').option('--status', 'only list pending migrations').action(async (opts: { status?: boolean }) => {
    const config = loadConfigFromProcess();
    const handle = openDatabase(config.database);
    try {
      if (opts.status) {
        const pending = await pendingMigrations(handle.db);
        say(pending.length ? `pending: ${pending.join(', ')}` : 'up to date');
        return;
      }
      const applied = await migrateToLatest(handle.db);
      say(applied.length ? `applied: ${applied.join(', ')}` : 'up to date');
    } finally {
      await handle.close();
    }
  });

  program.command('demo').description('Load the sample register built from the December 2014 open letter (running it again changes nothing)').action(async () => {
    await withContext(async (ctx) => {
      const r = await loadDemo(ctx);
      say(`demo register: ${r.created} records created, ${r.unchanged} already present`);
    });
  });

  const user = program.command('user').description('Manage accounts');
  user.command('add').description('Add a user; with --token, print a new API token alone on the last line')
    .requiredOption('--email <email>', 'email address')
    .addOption(new Option('--role <role>', 'role').choices([...USER_ROLES]).makeOptionMandatory())
    .option('--name <name>', 'display name')
    .option('--token', 'also create an API token')
    .action(async (opts: { email: string; role: string; name?: string; token?: boolean }) => {
      await withContext(async (ctx) => {
        const { user: u, secret } = await addUser(ctx, { email: opts.email, role: opts.role, ...(opts.name ? { displayName: opts.name } : {}) }, Boolean(opts.token));
        say(`user ${u.id} ${u.email} (${u.role}) added`);
        if (secret) {
          say('API token (shown once; store it now):');
          say(secret);
        }
      });
    });

  program.command('export').description('Write the register as JSON (Popolo for persons, organisations, memberships) or CSV')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .addOption(new Option('--type <type>', 'record type for CSV').choices(['cases', 'persons']))
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (opts: { format: 'json' | 'csv'; type?: 'cases' | 'persons'; out?: string }) => {
      if (opts.format === 'csv' && !opts.type) throw new CliError('export: --format csv needs --type cases or --type persons');
      await withContext(async (ctx, handle) => {
        const counts = await countRecords(handle.db);
        const total = opts.format === 'csv' ? counts[opts.type === 'cases' ? 'cases' : 'persons'] : Object.values(counts).reduce((a, b) => a + b, 0);
        const target = opts.out ? path.resolve(opts.out) : undefined;
        const tmp = target ? `${target}.partial` : undefined;
        const out = tmp ? fs.createWriteStream(tmp) : process.stdout;
        const bar = tmp ? progressBar('export', total) : progressBar('export', 0);
        const onProgress = (n: number) => bar.update(n);
        if (opts.format === 'json') await exportJson(ctx, out, { onProgress });
        else await exportCsv(ctx, opts.type!, out, { onProgress });
        bar.stop();
        if (tmp && target) {
          await new Promise<void>((resolve, reject) => (out as fs.WriteStream).end((err?: Error | null) => (err ? reject(err) : resolve())));
          fs.renameSync(tmp, target);
          process.stderr.write(`exported to ${target}\n`);
        }
      });
    });

  program.command('import').description('Load an export file (JSON) in one transaction: all of it or, on any error, none of it')
    .argument('<file>', 'a file written by `vigil export --format json`')
    .action(async (file: string) => {
      if (!fs.existsSync(file)) throw new CliError(`import: ${file} does not exist`);
      await withContext(async (ctx) => {
        const size = fs.statSync(file).size;
        const bar = progressBar('import', size);
        const stream = fs.createReadStream(file);
        stream.on('data', () => bar.update(stream.bytesRead));
        try {
          const counts = await importJson(ctx, stream);
          bar.stop();
          say(`imported: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
        } finally {
          bar.stop();
          stream.destroy();
        }
      });
    });

  program.command('backup').description('Write a consistent online copy of the SQLite database').argument('<file>').option('--force', 'replace an existing file')
    .action(async (file: string, opts: { force?: boolean }) => {
      await withContext(async (_ctx, handle) => {
        const bytes = await backupTo(handle, file, Boolean(opts.force));
        say(`backup written to ${path.resolve(file)} (${bytes} bytes)`);
      });
    });

  program.command('restore').description('Replace the SQLite database with a backup (stop the server first)').argument('<file>').option('--force', 'replace an existing database')
    .action(async (file: string, opts: { force?: boolean }) => {
      const config = loadConfigFromProcess();
      if (config.database.dialect !== 'sqlite') throw new CliError('restore: for PostgreSQL use pg_restore (see the README)');
      restoreFrom(file, config.database.file, Boolean(opts.force));
      say(`restored ${config.database.file} from ${path.resolve(file)}`);
    });

  const audit = program.command('audit').description('The tamper-evident audit log');
  audit.command('verify').description('Check the hash chain; exit 1 naming the first bad entry').action(async () => {
    await withContext(async (_ctx, handle) => {
      const verdict = await verifyAudit(handle.db);
      if (!verdict.ok) throw new CliError(`audit chain broken at entry ${verdict.seq}: ${verdict.reason}`);
      say(`audit chain intact: ${verdict.entries} entries, head ${verdict.head}`);
    });
  });

  return program;
}

/** Runs the CLI with arguments; resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    process.stderr.write(`vigil: ${describeError(err)}\n`);
    return 1;
  }
}
