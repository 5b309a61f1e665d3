// The `vigil` command line. Commands call commands/ and queries/, never SQL; failures print one line and exit non-zero.
import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { CliError, say, withContext } from './lazy.ts';
import { registerUserCommands } from './users.ts';
import { registerSignatureCommands } from './signatures.ts';
import { registerIntakeCommand } from './intake.ts';
import { registerPersonCommands } from './persons.ts';
import { registerBriefingCommand } from './briefing.ts';
import { registerImportCommand } from './import.ts';

// Only what defining the commands needs is imported above: each action imports its own modules when it runs, so
// `vigil --help` or `vigil migrate` do not load the web app, the PDF writer or the document reader.

/** The version in package.json, which sits two folders up from both src/cli/ and dist/cli/. */
export function packageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: unknown;
  };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

/** How the command was started: `script` is the file the process runs (bin/vigil.js), for the server's job thread. */
export interface RunOptions {
  script?: URL | string;
}

/** Builds the program; exported so tests can run commands in-process. */
export function buildProgram(runOpts: RunOptions = {}): Command {
  const program = new Command('vigil')
    .description('Vigil: a register of political persecution and the appeals made from it')
    .version(packageVersion(), '-V, --version', 'print the version')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('serve')
    .description('Run the web app and JSON API with the job worker (migrates the database first)')
    .addOption(
      new Option('--role <role>', 'web: HTTP only; worker: jobs only (mail, counters, anonymisation); all: both')
        .choices(['web', 'worker', 'all'])
        .default('all'),
    )
    .action(async (opts: { role: 'web' | 'worker' | 'all' }) => {
      // Loaded only here: the web app's modules are not needed by the other commands and slow their start.
      const [{ serve }, { loadConfigFromProcess }] = await Promise.all([import('../main.ts'), import('../config.ts')]);
      // Started from bin/vigil.js, the job worker of role all runs in a thread of its own (jobs/job-thread.ts).
      await serve(loadConfigFromProcess(), {
        role: opts.role,
        ...(runOpts.script ? { jobThread: runOpts.script } : {}),
      });
      await new Promise(() => undefined); // until a signal stops the server
    });

  program
    .command('migrate')
    .description('Bring the database schema up to date (and, for a new empty database, create the key file)')
    .option('--status', 'only list pending migrations')
    .action(async (opts: { status?: boolean }) => {
      const [{ loadConfigFromProcess }, { migrateToLatest, openDatabase, pendingMigrations }] = await Promise.all([
        import('../config.ts'),
        import('../db/database.ts'),
      ]);
      const config = loadConfigFromProcess();
      const handle = openDatabase(config.database);
      try {
        if (opts.status) {
          const pending = await pendingMigrations(handle.db);
          say(pending.length ? `pending: ${pending.join(', ')}` : 'up to date');
          return;
        }
        const { openKeyring, rememberKeyring } = await import('../commands/keys/open-keyring.ts');
        // The key is checked (or, for an empty database, made) before the schema changes: a refusal changes nothing.
        const keyring = await openKeyring(handle.db, config.secretKeyFile);
        const applied = await migrateToLatest(handle.db);
        await rememberKeyring({ db: handle.db, now: () => new Date(), keyring });
        say(applied.length ? `applied: ${applied.join(', ')}` : 'up to date');
      } finally {
        await handle.close();
      }
      if (opts.status) return;
      // Sealing restricted records written in clear by an older version needs the keys, which migrations never read.
      const { sealPendingRecords } = await import('../commands/records/seal-pending.ts');
      const sealed = await withContext((ctx) => sealPendingRecords(ctx), { seal: false });
      if (sealed > 0) say(`sealed ${sealed} restricted record(s)`);
    });

  program
    .command('demo')
    .description('Load the sample register built from the December 2014 open letter (running it again changes nothing)')
    .action(async () => {
      const { loadDemo } = await import('../commands/demo/load-demo.ts');
      await withContext(async (ctx) => {
        const r = await loadDemo(ctx);
        say(`demo register: ${r.created} records created, ${r.unchanged} already present`);
      });
    });

  registerUserCommands(program, say);
  registerSignatureCommands(program, say);
  registerIntakeCommand(program, say);
  registerPersonCommands(program, say);
  registerBriefingCommand(program, say);
  registerImportCommand(program, say);

  program
    .command('export')
    .description(
      'Write the register as JSON (Popolo for persons, organisations, memberships) or CSV. JSON holds every record with its restricted fields decrypted (each such read is audited), and appeals, signatures (addresses sealed), users (no secrets) and the rest of the installation; keep it as safe as the key file, or use --public',
    )
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .addOption(new Option('--type <type>', 'record type for CSV').choices(['cases', 'persons']))
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--public', 'only what the public may see: public records, no restricted fields')
    .option(
      '--without-signer-addresses',
      'leave out the sealed addresses of signers and co-signatories, so that the file can be imported under any key file',
    )
    .action(
      async (opts: {
        format: 'json' | 'csv';
        type?: 'cases' | 'persons';
        out?: string;
        public?: boolean;
        withoutSignerAddresses?: boolean;
      }) => {
        if (opts.format === 'csv' && !opts.type)
          throw new CliError('export: --format csv needs --type cases or --type persons');
        const [{ ANONYMOUS }, { countRecords }, { progressBar }, { exportJson }, { exportCsv }] = await Promise.all([
          import('../context.ts'),
          import('../db/repos/stats.repo.ts'),
          import('./runtime.ts'),
          import('../commands/transfer/export-json.ts'),
          import('../queries/export/export-csv.ts'),
        ]);
        await withContext(async (system, handle) => {
          const ctx = opts.public ? { ...system, actor: ANONYMOUS } : system;
          const counts = await countRecords(handle.db);
          const total =
            opts.format === 'csv'
              ? counts[opts.type === 'cases' ? 'cases' : 'persons']
              : Object.values(counts).reduce((a, b) => a + b, 0);
          const target = opts.out ? path.resolve(opts.out) : undefined;
          const tmp = target ? `${target}.partial` : undefined;
          const out = tmp ? fs.createWriteStream(tmp) : process.stdout;
          const bar = tmp ? progressBar('export', total) : progressBar('export', 0);
          const onProgress = (n: number) => bar.update(n);
          if (opts.format === 'json')
            await exportJson(ctx, out, { onProgress, withoutSignerAddresses: opts.withoutSignerAddresses === true });
          else await exportCsv(ctx, opts.type!, out, { onProgress });
          bar.stop();
          if (tmp && target) {
            await new Promise<void>((resolve, reject) =>
              (out as fs.WriteStream).end((err?: Error | null) => (err ? reject(err) : resolve())),
            );
            fs.renameSync(tmp, target);
            process.stderr.write(`exported to ${target}\n`);
          }
        });
      },
    );

  program
    .command('backup')
    .description('Write a consistent online copy of the SQLite database')
    .argument('<file>')
    .option('--force', 'replace an existing file')
    .action(async (file: string, opts: { force?: boolean }) => {
      const { backupTo } = await import('./backup.ts');
      await withContext(async (_ctx, handle) => {
        const bytes = await backupTo(handle, file, Boolean(opts.force));
        say(`backup written to ${path.resolve(file)} (${bytes} bytes)`);
      });
    });

  program
    .command('restore')
    .description('Replace the SQLite database with a backup (stop the server first)')
    .argument('<file>')
    .option('--force', 'replace an existing database')
    .action(async (file: string, opts: { force?: boolean }) => {
      const [{ loadConfigFromProcess }, { restoreFrom }] = await Promise.all([
        import('../config.ts'),
        import('./backup.ts'),
      ]);
      const config = loadConfigFromProcess();
      if (config.database.dialect !== 'sqlite')
        throw new CliError('restore: for PostgreSQL use pg_restore (see the README)');
      restoreFrom(file, config.database.file, Boolean(opts.force));
      say(`restored ${config.database.file} from ${path.resolve(file)}`);
    });

  const keys = program.command('keys').description('The keys that encrypt restricted fields (VIGIL_SECRET_KEY_FILE)');
  keys
    .command('rotate')
    .description(
      'Make a new key current and re-encrypt every restricted value under it (stop the server first, or restart it after)',
    )
    .option(
      '--drop-old',
      'also remove older keys from the key file (backups made before then need a copy of the old key file)',
    )
    .action(async (opts: { dropOld?: boolean }) => {
      const { rotateKeys } = await import('../commands/keys/rotate-keys.ts');
      await withContext(async (ctx, _handle, config) => {
        const r = await rotateKeys(ctx, config.secretKeyFile, { dropOld: Boolean(opts.dropOld) });
        say(`key ${r.keyId} is now current; ${r.reencrypted} records re-encrypted`);
        if (r.dropped.length > 0) say(`removed older keys: ${r.dropped.join(', ')}`);
        if (r.kept.length > 0)
          say(
            `older keys kept in ${config.secretKeyFile}: ${r.kept.join(', ')}${opts.dropOld ? ' (values written meanwhile still use them; run again)' : ' (remove them later with --drop-old)'}`,
          );
      });
    });

  const audit = program.command('audit').description('The tamper-evident audit log');
  audit
    .command('verify')
    .description(
      'Check the keyed hash chain (re-keying a chain from before keyed hashing first); exit 1 naming the first bad entry',
    )
    .option(
      '--anchor <file>',
      'also check that the chain reaches and contains the head written by `vigil audit anchor`',
    )
    .action(async (opts: { anchor?: string }) => {
      const [{ verifyAudit }, { rekeyAudit }, { parseAnchor }] = await Promise.all([
        import('../queries/audit/verify-audit.ts'),
        import('../commands/audit/rekey-audit.ts'),
        import('../domain/audit-chain.ts'),
      ]);
      const anchor = opts.anchor === undefined ? undefined : parseAnchor(readAnchorFile(opts.anchor));
      await withContext(async (ctx, handle) => {
        const rekeyed = await rekeyAudit(ctx);
        if (rekeyed) {
          say(
            `re-keyed ${rekeyed.entries} entries written before keyed hashing (${rekeyed.brokenAt ? `their plain chain was broken at entry ${rekeyed.brokenAt.seq}: ${rekeyed.brokenAt.reason}` : 'their plain chain was intact'})`,
          );
        }
        const verdict = await verifyAudit(handle.db, ctx.keyring, { anchor });
        if (!verdict.ok) throw new CliError(`audit chain broken at entry ${verdict.seq}: ${verdict.reason}`);
        say(
          `audit chain intact: ${verdict.entries} entries, head ${verdict.head}${anchor ? `; contains the anchor of entry ${anchor.seq} taken ${anchor.at}` : ''}`,
        );
      });
    });
  audit
    .command('anchor')
    .description(
      "Print the chain's head (sequence number, keyed hash, time) to keep outside the server; `audit verify --anchor` checks it later",
    )
    .option('--out <file>', 'write the anchor to a file (refused if it exists) instead of stdout')
    .action(async (opts: { out?: string }) => {
      const [{ verifyAudit }, { rekeyAudit }] = await Promise.all([
        import('../queries/audit/verify-audit.ts'),
        import('../commands/audit/rekey-audit.ts'),
      ]);
      await withContext(async (ctx, handle) => {
        await rekeyAudit(ctx);
        const verdict = await verifyAudit(handle.db, ctx.keyring);
        // An anchor vouches for everything before it: never write one over a chain that does not verify.
        if (!verdict.ok)
          throw new CliError(`no anchor written: audit chain broken at entry ${verdict.seq}: ${verdict.reason}`);
        // The anchor is the head just verified (not re-read), so a write landing meanwhile cannot slip in unchecked.
        const anchor = { seq: verdict.entries, hash: verdict.head, at: ctx.now().toISOString() };
        const text = `${JSON.stringify(anchor)}\n`;
        if (!opts.out) {
          process.stdout.write(text);
          return;
        }
        try {
          fs.writeFileSync(opts.out, text, { flag: 'wx', mode: 0o600 });
        } catch (err) {
          throw new CliError(
            `audit anchor: cannot write ${opts.out}: ${(err as NodeJS.ErrnoException).code === 'EEXIST' ? 'it exists already' : (err as Error).message}`,
          );
        }
        process.stderr.write(`anchor of entry ${verdict.entries} written to ${path.resolve(opts.out)}\n`);
      });
    });

  return program;
}

/** Reads an anchor file written by `vigil audit anchor`; a missing file is a one-line failure. */
function readAnchorFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`audit verify: cannot read the anchor ${file}`);
  }
}

/** Runs the CLI with arguments; resolves to the exit code. */
export async function run(argv: string[], opts: RunOptions = {}): Promise<number> {
  try {
    await buildProgram(opts).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    // Loaded only on failure: it knows the error classes of the configuration, the cipher and the use cases.
    const { describeError } = await import('./runtime.ts');
    process.stderr.write(`vigil: ${describeError(err)}\n`);
    return 1;
  }
}

/** The job worker's side of a job thread started by `vigil serve` (bin/vigil.js calls it in that thread). */
export async function runJobThread(): Promise<void> {
  const { runJobThread: runThread } = await import('../jobs/job-thread.ts');
  await runThread();
}
