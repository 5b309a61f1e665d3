// The job worker in a thread of its own. `vigil serve` (role all) runs the web app on the main thread and the worker
// here, with its own database connection: sending mail, recounting signatures and anonymising run beside the requests
// instead of between them, and a burst of signings is not slowed by writing its own confirmations. The thread is to the
// database what a separate `vigil serve --role worker` process is (jobs are claimed by one atomic UPDATE, a job whose
// worker died is taken again once its lock expires), so nothing about durability changes: a job is a row, committed
// with the signing that made it.
//
// The thread runs the same script as the process (bin/vigil.js, which hands over to runJobThread when it finds itself
// in a worker thread), so it shares the bundle's chunks and loads no code twice from disk.
import { isMainThread, parentPort, Worker as Thread, workerData } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { openKeyring } from '../commands/keys/open-keyring.ts';
import { openDatabase } from '../db/database.ts';
import { FileStore } from '../files.ts';
import { createLogger } from '../logger.ts';
import { loadMailer } from '../mail/outbox.ts';
import { startSystemWorker, type Worker } from './worker.ts';

/** What the thread is given. */
export interface JobThreadData {
  vigilJobThread: true;
  config: Config;
}

/** Messages between the process and its job thread. */
type FromThread = { type: 'started'; id: string } | { type: 'stopped' };
type ToThread = { type: 'stop' };

/** True in a thread started by startJobThread. */
export function isJobThread(): boolean {
  return !isMainThread && (workerData as Partial<JobThreadData> | null)?.vigilJobThread === true;
}

/** How long to wait before starting a thread that died again, after `deaths` deaths in a row: 1 s doubling, at most a minute. */
export function restartDelayMs(deaths: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, deaths - 1));
}

/**
 * Starts the job worker in a thread running `script` (bin/vigil.js) and returns at once. A thread that fails to start
 * (the database unreachable) or dies later is logged and started again after a delay, so mail is never left unsent
 * for want of a worker; stop() asks the thread to finish the jobs in hand and waits for it to end.
 */
export function startJobThread(
  config: Config,
  log: Logger,
  script: URL | string,
): Worker & { started: Promise<string> } {
  const data: JobThreadData = {
    vigilJobThread: true,
    // The worker runs one job at a time: a couple of connections are enough on PostgreSQL.
    config:
      config.database.dialect === 'postgres'
        ? { ...config, database: { ...config.database, poolSize: Math.min(2, config.database.poolSize) } }
        : config,
  };
  let thread: Thread | undefined;
  let stopping = false;
  let deaths = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  let ended: Promise<void> = Promise.resolve();
  let id = '';
  let announce: (id: string) => void = () => undefined;
  const started = new Promise<string>((resolve) => {
    announce = resolve;
  });

  const launch = (): void => {
    let running = false;
    const t = new Thread(script, { workerData: data });
    thread = t;
    ended = new Promise((resolve) => t.once('exit', () => resolve()));
    t.on('message', (m: FromThread) => {
      if (m.type !== 'started') return;
      running = true;
      deaths = 0;
      id = m.id;
      log.info({ worker: m.id }, 'job thread started');
      announce(m.id);
    });
    t.on('error', (err) => {
      log.error({ err: err.message }, running ? 'job thread failed' : 'job thread could not start');
    });
    t.once('exit', (code) => {
      if (stopping) return;
      deaths += 1;
      const delay = restartDelayMs(deaths);
      log.error({ code, restartInMs: delay }, 'job thread ended; starting it again');
      restartTimer = setTimeout(launch, delay);
      restartTimer.unref();
    });
  };
  launch();

  return {
    get id() {
      return id;
    },
    started,
    async stop() {
      stopping = true;
      if (restartTimer) clearTimeout(restartTimer);
      const message: ToThread = { type: 'stop' };
      thread?.postMessage(message);
      await ended;
    },
  };
}

/**
 * The thread's side: opens the database and the keys, polls for jobs until the process asks it to stop, then finishes
 * the jobs in hand, closes the database and ends. Called by bin/vigil.js in a thread started by startJobThread.
 */
export async function runJobThread(): Promise<void> {
  const port = parentPort;
  if (!port || !isJobThread()) throw new Error('runJobThread: not in a job thread');
  const { config } = workerData as JobThreadData;
  const log = createLogger(config);
  const handle = openDatabase(config.database);
  let worker: Worker;
  try {
    const keyring = await openKeyring(handle.db, config.secretKeyFile);
    worker = startSystemWorker({ db: handle.db, log, config, files: new FileStore(config.filesDir), keyring });
  } catch (err) {
    await handle.close();
    throw err;
  }
  // The first confirmation should not wait for the mailer's code; the web app's first answer does not wait for this.
  void loadMailer().catch(() => undefined);
  port.on('message', (m: ToThread) => {
    if (m.type !== 'stop') return;
    void (async () => {
      await worker.stop();
      await handle.close();
      log.flush();
      const done: FromThread = { type: 'stopped' };
      port.postMessage(done);
      port.close();
    })();
  });
  const started: FromThread = { type: 'started', id: worker.id };
  port.postMessage(started);
}
