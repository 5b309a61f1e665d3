// The web process: `npm start` and `vigil serve` land here (the database is migrated first).
import type { Config } from './config.ts';
import { openKeyring, rememberKeyring } from './commands/keys/open-keyring.ts';
import { migrateToLatest, openDatabase } from './db/database.ts';
import { sealPendingRecords } from './commands/records/seal-pending.ts';
import { FileStore } from './files.ts';
import { buildApp } from './server.ts';
import { createLogger } from './logger.ts';
import { startSystemWorker, type Worker } from './jobs/worker.ts';
import { startJobThread } from './jobs/job-thread.ts';
import { loadMailer } from './mail/outbox.ts';
import { startCheckpointThread, type CheckpointThread } from './db/dialects/sqlite-checkpoint.ts';

/** What a process runs: the web app, the job worker, or both (the default: one process is enough for most sites). */
export type ProcessRole = 'web' | 'worker' | 'all';

/**
 * Opens and migrates the database, then serves HTTP and/or runs the job worker (by role) until SIGINT/SIGTERM; resolves
 * with a stop function. With `jobThread` (the script the process runs, bin/vigil.js), role all runs the worker in a
 * thread of its own with its own database connection (jobs/job-thread.ts); without it, or on an in-memory SQLite
 * database (which a second connection would not see), web and worker share the main thread and one database handle.
 */
export async function serve(
  config: Config,
  opts: { role?: ProcessRole; jobThread?: URL | string } = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  const role = opts.role ?? 'all';
  const log = createLogger(config);
  const handle = openDatabase(config.database);
  let keyring;
  try {
    // Read once, before migrating: a missing key file (for a database with data), another database's key file, one others
    // can read or a malformed one stops the start here with the reason.
    keyring = await openKeyring(handle.db, config.secretKeyFile);
  } catch (err) {
    await handle.close();
    throw err;
  }
  const applied = await migrateToLatest(handle.db);
  if (applied.length > 0) log.info({ applied }, 'database migrated');
  const files = new FileStore(config.filesDir);
  await rememberKeyring({ db: handle.db, now: () => new Date(), keyring });
  // Restricted records an older version stored in clear are sealed before anything serves them (needs the keys).
  const sealed = await sealPendingRecords({
    actor: { kind: 'system', name: 'upgrade' },
    db: handle.db,
    log,
    now: () => new Date(),
    config,
    files,
    keyring,
  });
  if (sealed > 0) log.info({ sealed }, 'restricted records sealed');
  const jobThread =
    role === 'all' && !(config.database.dialect === 'sqlite' && config.database.file === ':memory:')
      ? opts.jobThread
      : undefined;
  const threaded = jobThread !== undefined;
  let worker: Worker | undefined;
  if (role !== 'web' && !threaded) worker = startSystemWorker({ db: handle.db, log, config, files, keyring });
  const app =
    role === 'worker'
      ? undefined
      : await buildApp({
          config,
          db: handle.db,
          files,
          log,
          now: () => new Date(),
          keyring,
          ...(handle.poolStats ? { poolStats: handle.poolStats } : {}),
        });
  // The web app's connection leaves SQLite's checkpoints (two flushes to disk each) to a thread of their own, so that no
  // request waits for one (db/dialects/sqlite-checkpoint.ts).
  let checkpoints: CheckpointThread | undefined;
  if (app && handle.rawSqlite && !handle.rawSqlite.memory)
    checkpoints = startCheckpointThread(handle.rawSqlite, {
      onFailure: (err) =>
        log.warn({ err: err.message }, 'checkpoint thread failed; the main connection makes its checkpoints again'),
    });
  const url = app ? await app.listen({ port: config.port, host: config.host }) : '';
  if (app) log.info({ url, dialect: handle.dialect, role }, 'vigil is listening');
  // Started once the app answers: the thread's start does not delay the first answer.
  if (jobThread) worker = startJobThread(config, log, jobThread);
  // The worker's first confirmation mail should not wait for the mailer's code: it is loaded a moment after the server
  // answers (not before, which would delay the first answer), or at once in a worker-only process.
  if (worker && !threaded) {
    const preload = setTimeout(() => void loadMailer().catch(() => undefined), app ? 1000 : 0);
    preload.unref();
  }
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      const waits = [...(app ? ['requests in flight'] : []), ...(worker ? ['jobs in hand'] : [])];
      log.info({ waitingFor: waits, timeoutMs: config.shutdownTimeoutMs }, 'stopping');
      const inHand = (async () => {
        await app?.close();
        if (app) log.info('requests finished');
        await worker?.stop();
        if (worker) log.info('jobs finished');
      })();
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = await Promise.race([
        inHand.then(() => false),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(true), config.shutdownTimeoutMs);
        }),
      ]);
      clearTimeout(timer);
      // Whatever is still running was not acknowledged: a request gets no answer, a job's lock expires and it runs again.
      if (gaveUp)
        log.warn(
          { timeoutMs: config.shutdownTimeoutMs },
          'stop timed out; closing the database with work still in hand',
        );
      await checkpoints?.stop();
      await handle.close();
      log.info('stopped');
      log.flush();
    })();
    return stopping;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop().then(() => process.exit(0)));
  }
  return { url, stop };
}
