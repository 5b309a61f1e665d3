// What every CLI command shares: configuration, an open database with a system context, errors as one line, progress bars.
import { SingleBar, Presets } from 'cli-progress';
import { ConfigError, loadConfigFromProcess, type Config } from '../config.ts';
import type { Ctx } from '../context.ts';
import { openKeyring, rememberKeyring } from '../commands/keys/open-keyring.ts';
import { FieldCipherError } from '../crypto/field-cipher.ts';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { CliError } from './cli-error.ts';
import { FileStore } from '../files.ts';
import { createLogger } from '../logger.ts';
import { sealPendingRecords } from '../commands/records/seal-pending.ts';

export { CliError };

/**
 * Runs `fn` with a migrated database (restricted records of older versions sealed, unless `seal: false`) and a system
 * context (with this database's keyring, read once); always closes the database.
 */
export async function withContext<T>(
  fn: (ctx: Ctx, handle: DatabaseHandle, config: Config) => Promise<T>,
  opts: { seal?: boolean } = {},
): Promise<T> {
  const config = loadConfigFromProcess();
  const handle = openDatabase(config.database);
  try {
    const keyring = await openKeyring(handle.db, config.secretKeyFile);
    await migrateToLatest(handle.db);
    const log = createLogger({ logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel }, 2);
    const ctx: Ctx = {
      actor: { kind: 'system', name: 'cli' },
      db: handle.db,
      log,
      now: () => new Date(),
      config,
      files: new FileStore(config.filesDir),
      keyring,
    };
    await rememberKeyring(ctx);
    // Restricted records an older version stored in clear are sealed first (quick when there are none).
    if (opts.seal !== false) await sealPendingRecords(ctx);
    return await fn(ctx, handle, config);
  } finally {
    await handle.close();
  }
}

/** The one-line reason printed for an error. */
export function describeError(err: unknown): string {
  if (err instanceof ConfigError) return `configuration: ${err.message}`;
  if (err instanceof FieldCipherError) return `restricted fields: ${err.message}`;
  if (err instanceof AppError || err instanceof CliError) return err.message;
  if (err instanceof Error) return err.message.split('\n')[0] ?? 'failed';
  return String(err);
}

/** A progress bar on stderr, shown only when stdout is a terminal; otherwise every call is a no-op. */
export function progressBar(label: string, total: number): { update(done: number): void; stop(): void } {
  if (!process.stdout.isTTY || total <= 0) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_value}s left`,
      stream: process.stderr,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(Math.min(done, total)), stop: () => bar.stop() };
}
