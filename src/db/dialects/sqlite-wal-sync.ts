// Durable commits whose flush to disk runs off the event loop, for the group commit of public signing.
//
// With synchronous=FULL, SQLite flushes the write-ahead log inside COMMIT, and better-sqlite3 runs COMMIT on the main
// thread: every batch of signings stopped the whole server for the length of an fsync. Here a batch commits with
// synchronous=NORMAL (the log is written but not flushed), the connection goes back to FULL at once, and the log file is
// flushed with fdatasync on libuv's thread pool. A signing is answered only after a flush that began after its commit
// ended, so what is acknowledged is on disk exactly as with FULL. Batches keep committing while a flush runs, and all of
// them share the next flush. In WAL mode with NORMAL, SQLite itself flushes the log before every checkpoint and the
// database file after it, so frames checkpointed before our flush are on disk as well.
//
// The log file is opened for each flush and closed after it. SQLite holds no POSIX locks on the -wal file (its WAL locks
// are on the -shm file and the database file), so closing our descriptor cannot release one of its locks.
import fs from 'node:fs';
import { sql, type Kysely } from 'kysely';

/** How long a connection waits for another's lock before a statement fails with SQLITE_BUSY (dialects/sqlite.ts). */
export const BUSY_TIMEOUT_MS = 5000;

/** Flushes one database's write-ahead log, coalescing the requests that arrive while a flush runs. */
export class WalSync {
  readonly #walFile: string;
  #running: Promise<void> | undefined;
  #queued: Promise<void> | undefined;
  /** Flushes completed so far (for tests and metrics). */
  flushes = 0;

  constructor(dbFile: string) {
    this.#walFile = `${dbFile}-wal`;
  }

  /** Resolves once everything committed before the call is on disk. */
  durable(): Promise<void> {
    // A flush already running may have begun before the caller's commit ended: the caller waits for the next one,
    // which every caller arriving meanwhile shares.
    if (!this.#running) return this.#start();
    this.#queued ??= this.#running.then(
      () => this.#startQueued(),
      () => this.#startQueued(),
    );
    return this.#queued;
  }

  #startQueued(): Promise<void> {
    this.#queued = undefined;
    return this.#start();
  }

  #start(): Promise<void> {
    const flush = this.#flush().finally(() => {
      if (this.#running === flush) this.#running = undefined;
    });
    this.#running = flush;
    return flush;
  }

  // Plain descriptors and callbacks rather than fs.promises' FileHandle: a FileHandle per flush (hundreds a second)
  // cost the main thread more than the flush itself.
  #flush(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      fs.open(this.#walFile, 'r', (openErr, fd) => {
        if (openErr) return reject(openErr);
        fs.fdatasync(fd, (syncErr) => {
          fs.close(fd, (closeErr) => {
            const err = syncErr ?? closeErr;
            if (err) return reject(err);
            this.flushes += 1;
            resolve();
          });
        });
      });
    });
  }
}

const syncs = new WeakMap<object, WalSync>();

/** Registers the log flusher of a Kysely instance over an SQLite file (not for ':memory:'). */
export function registerWalSync(db: object, dbFile: string): WalSync {
  const s = new WalSync(dbFile);
  syncs.set(db, s);
  return s;
}

/** The log flusher of a database, or undefined when its commits flush themselves (PostgreSQL, SQLite in memory). */
export function walSyncOf(db: object): WalSync | undefined {
  return syncs.get(db);
}

/**
 * Runs `fn` on the connection with synchronous=NORMAL, and sets FULL back before the connection serves anything else
 * (the connection is held for the whole call, so no other write can commit unflushed in between). The caller must
 * await `durable()` of the database's WalSync before acknowledging what `fn` committed.
 *
 * With `noWait`, the connection does not wait for SQLite's write lock while `fn` runs: if another connection (the job
 * thread, another process) holds it, the first write fails at once with SQLITE_BUSY (see isLockBusy) and the caller
 * tries again later. better-sqlite3 waits for a lock by sleeping in SQLite's busy handler (1, 2, 5, 10 … ms), and on the
 * main thread that sleep stopped every request.
 */
export async function commitUnflushed<DB, T>(
  db: Kysely<DB>,
  fn: (conn: Kysely<DB>) => Promise<T>,
  opts: { noWait?: boolean } = {},
): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`pragma synchronous = NORMAL`.execute(conn);
    if (opts.noWait) await sql`pragma busy_timeout = 0`.execute(conn);
    try {
      return await fn(conn);
    } finally {
      await sql`pragma synchronous = FULL`.execute(conn);
      if (opts.noWait) await sql.raw(`pragma busy_timeout = ${BUSY_TIMEOUT_MS}`).execute(conn);
    }
  });
}

/** True when an SQLite statement failed because another connection held the lock it needed. */
export function isLockBusy(err: unknown): boolean {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  return code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_');
}
