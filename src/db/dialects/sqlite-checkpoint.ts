// Checkpoints of a served SQLite file, run in a thread of their own.
//
// In WAL mode SQLite copies the log back into the database file (a checkpoint) once the log holds 1,000 pages, and the
// connection whose commit crossed that mark does it inside that commit: two flushes to disk (the log, then the
// database file) on whatever thread made the commit. Under the signing load that was the web app's main thread, which
// stood still for 5–40 ms every few dozen batches. Here the main connection makes no checkpoints
// (`wal_autocheckpoint = 0`) and a thread with a connection of its own makes them instead, at the same mark, looking
// every CHECKPOINT_EVERY_MS. A PASSIVE checkpoint takes no lock that writers need: the signings go on committing while
// it runs.
//
// Durability is unchanged. The checkpointing connection runs with synchronous=FULL, so SQLite flushes the log before it
// copies any page into the database file, and flushes the database file before it records the pages as copied; only
// then may a writer start the log again from its beginning. A commit that was written but not yet flushed
// (sqlite-wal-sync.ts) is therefore on disk in the log or in the database file before it can be overwritten.
//
// If the thread cannot start or fails, the main connection makes its checkpoints itself again, as before.
import { createRequire } from 'node:module';
import { Worker as Thread } from 'node:worker_threads';
import type { RawSqlite } from './sqlite.ts';

/** How often the thread looks how many pages the log holds that the database file does not. */
export const CHECKPOINT_EVERY_MS = 50;

/** SQLite's own default: a connection checkpoints once the log holds this many pages not yet copied back. */
const AUTOCHECKPOINT_PAGES = 1000;

/** What the thread is given. */
interface CheckpointData {
  driver: string;
  file: string;
  everyMs: number;
  pages: number;
}

/** Messages from the thread. */
export type FromCheckpointThread =
  { type: 'ready' } | { type: 'checkpoint'; pages: number; copied: number; busy: boolean };

// The thread's code, self-contained (plain CommonJS, evaluated by the Worker): it needs only the driver, whose path it is
// given, so it loads none of the app's bundle. How many pages the log holds that are not yet in the database file it
// reads from the wal-index header at the start of the -shm file (https://www.sqlite.org/walformat.html): mxFrame, the
// last valid frame, at byte 16, and nBackfill, the frames already copied back, at byte 96, both 32-bit integers in the
// machine's byte order. Reading them costs one small read; a checkpoint is made, as SQLite would, once they differ by
// `pages` or more.
const THREAD_SOURCE = `
const fs = require('node:fs');
const os = require('node:os');
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 0');
db.prepare('select count(*) from sqlite_master').get();
const header = Buffer.alloc(100);
const le = os.endianness() === 'LE';
let shm = -1;
let stopped = false;
let timer;
const unchecked = () => {
  if (shm < 0) shm = fs.openSync(workerData.file + '-shm', 'r');
  if (fs.readSync(shm, header, 0, 100, 0) < 100) return 0;
  const mxFrame = le ? header.readUInt32LE(16) : header.readUInt32BE(16);
  const backfilled = le ? header.readUInt32LE(96) : header.readUInt32BE(96);
  return mxFrame - backfilled;
};
const look = () => {
  if (stopped) return;
  if (unchecked() >= workerData.pages) {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ type: 'checkpoint', pages: r.log, copied: r.checkpointed, busy: r.busy === 1 });
  }
  timer = setTimeout(look, workerData.everyMs);
};
parentPort.on('message', (m) => {
  if (m && m.type === 'stop') {
    stopped = true;
    clearTimeout(timer);
    if (shm >= 0) fs.closeSync(shm);
    db.close();
    parentPort.close();
  }
});
timer = setTimeout(look, 0);
parentPort.postMessage({ type: 'ready' });
`;

/** A running checkpoint thread. */
export interface CheckpointThread {
  /** Resolves once the thread has its connection open (false if it could not start: the main connection checkpoints). */
  readonly ready: Promise<boolean>;
  /** Checkpoints made so far (for tests and metrics). */
  readonly checkpoints: number;
  /** Ends the thread; the main connection makes its checkpoints itself again. */
  stop(): Promise<void>;
}

/**
 * Takes the checkpoints of the database file behind `raw` off the calling thread: `raw` stops checkpointing and a thread
 * does it instead. `onFailure` hears why, if the thread dies; `raw` then checkpoints itself again.
 */
export function startCheckpointThread(
  raw: RawSqlite,
  opts: {
    everyMs?: number;
    pages?: number;
    onFailure?: (err: Error) => void;
    onMessage?: (m: FromCheckpointThread) => void;
  } = {},
): CheckpointThread {
  if (raw.memory) throw new Error('an in-memory database has no log to checkpoint');
  const data: CheckpointData = {
    driver: createRequire(import.meta.url).resolve('better-sqlite3'),
    file: raw.name,
    everyMs: opts.everyMs ?? CHECKPOINT_EVERY_MS,
    pages: opts.pages ?? AUTOCHECKPOINT_PAGES,
  };
  let checkpoints = 0;
  let stopping = false;
  let markReady: (ok: boolean) => void = () => undefined;
  const ready = new Promise<boolean>((resolve) => {
    markReady = resolve;
  });
  const restore = (): void => {
    if (raw.open) raw.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  };
  raw.pragma('wal_autocheckpoint = 0');
  const thread = new Thread(THREAD_SOURCE, { eval: true, workerData: data });
  const ended = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
  thread.on('message', (m: FromCheckpointThread) => {
    if (m.type === 'ready') {
      markReady(true);
      // Running, the thread does not keep the process alive: it may end while the thread waits for its next look.
      thread.unref();
    } else checkpoints += 1;
    opts.onMessage?.(m);
  });
  thread.on('error', (err) => {
    restore();
    markReady(false);
    opts.onFailure?.(err);
  });
  thread.once('exit', () => {
    if (stopping) return;
    restore();
    markReady(false);
  });
  return {
    ready,
    get checkpoints() {
      return checkpoints;
    },
    async stop() {
      stopping = true;
      thread.ref();
      thread.postMessage({ type: 'stop' });
      await ended;
      restore();
    },
  };
}
