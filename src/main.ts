// The web process: `npm start` and `vigil serve` land here (the database is migrated first).
import type { Config } from './config.ts';
import { loadOrCreateKeyring } from './crypto/key-file.ts';
import { migrateToLatest, openDatabase } from './db/database.ts';
import { FileStore } from './files.ts';
import { buildApp } from './http/app.ts';
import { createLogger } from './logger.ts';

/** Opens and migrates the database, then serves HTTP until SIGINT/SIGTERM; resolves with a stop function. */
export async function serve(config: Config): Promise<{ url: string; stop: () => Promise<void> }> {
  const log = createLogger(config);
  // Read once: a key file others can read, or one that is malformed, stops the start here with the reason.
  const keyring = loadOrCreateKeyring(config.secretKeyFile);
  const handle = openDatabase(config.database);
  const applied = await migrateToLatest(handle.db);
  if (applied.length > 0) log.info({ applied }, 'database migrated');
  const app = await buildApp({ config, db: handle.db, files: new FileStore(config.filesDir), log, now: () => new Date(), keyring });
  const url = await app.listen({ port: config.port, host: config.host });
  log.info({ url, dialect: handle.dialect }, 'vigil is listening');
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await app.close();
      await handle.close();
      log.flush();
    })();
    return stopping;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop().then(() => process.exit(0)));
  }
  return { url, stop };
}
