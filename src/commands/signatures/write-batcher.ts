// Group commit for public signing. Each signing is durable before it is answered, and on SQLite with synchronous=FULL a
// commit costs a flush to disk (milliseconds): one transaction per signature would cap a viral appeal at a few hundred
// signatures a second. Signings that arrive while a transaction is being written wait for the next one, which takes them
// all (up to MAX_BATCH): no timer, so a lone signing waits for one turn of the event loop only. If a batch fails, its signings are written one
// by one, so one bad signing cannot fail the others. On SQLite the flush to disk of a committed batch runs off the event
// loop while the next batches are written, and batches committed during one flush share the next. A batch never waits
// for SQLite's write lock on the event loop: while another connection (the job thread, a CLI command) holds it, the batch
// is tried again on a later turn, its signings unanswered until it commits.
import type { Keyring } from '../../crypto/field-cipher.ts';
import type { Db, Trx } from '../../db/database.ts';
import { isLockBusy, writeTransactionFlushedLater } from '../../db/database.ts';
import { BUSY_TIMEOUT_MS } from '../../db/dialects/sqlite-wal-sync.ts';
import { appendAudit, type AuditInput } from '../../db/repos/audit.repo.ts';

/** One signing's writes inside the shared transaction; returns its audit entries (appended in order, in the same transaction). */
export type BatchedWrite = (trx: Trx) => Promise<AuditInput[]>;

const MAX_BATCH = 256;

interface Pending {
  write: BatchedWrite;
  keyring: Keyring;
  resolve: () => void;
  reject: (err: unknown) => void;
  /** When its batch first found the write lock taken (ms since the epoch); unset while it has not. */
  busySince?: number;
}

interface Queue {
  pending: Pending[];
  running: boolean;
  /** Tries in a row that found the write lock taken: after a few, the next try waits a little (lockRetryDelayMs). */
  busyTries: number;
}

const queues = new WeakMap<Db, Queue>();

/**
 * Commits one batch and returns once it has committed, so that the next batch can be written while this one's flush to
 * disk runs (on SQLite that flush is off the event loop: writeTransactionFlushedLater). Its signings are answered only
 * once the flush has ended.
 */
async function runBatch(db: Db, batch: Pending[]): Promise<'busy' | 'done'> {
  let durable: Promise<void>;
  try {
    ({ durable } = await writeTransactionFlushedLater(
      db,
      async (trx) => {
        const audit: AuditInput[] = [];
        for (const p of batch) audit.push(...(await p.write(trx)));
        // Every keyring of one installation holds the same audit key (it survives rotations), so the first one serves the batch.
        await appendAudit(trx, batch[0]!.keyring, audit);
      },
      { noWait: true },
    ));
  } catch (err) {
    if (isLockBusy(err)) return 'busy';
    if (batch.length === 1) {
      batch[0]!.reject(err);
      return 'done';
    }
    for (const p of batch) {
      // Written alone, a signing still gets the lock's turn it is due, never an error because the lock was taken.
      while ((await runBatch(db, [p])) === 'busy') await new Promise((resolve) => setTimeout(resolve, 1));
    }
    return 'done';
  }
  durable.then(
    () => {
      for (const p of batch) p.resolve();
    },
    (err: unknown) => {
      // Committed but not known to be on disk: no signing of the batch may be acknowledged.
      for (const p of batch) p.reject(err);
    },
  );
  return 'done';
}

/**
 * How long to wait before trying again after `tries` tries in a row found the write lock taken: the next turn of the
 * event loop for the first few (another connection holds it for a fraction of a millisecond), then 1, 2, 4 … ms, at
 * most 50 ms, so that a long holder (an import) does not keep the event loop spinning.
 */
export function lockRetryDelayMs(tries: number): number {
  return tries <= 3 ? 0 : Math.min(50, 2 ** (tries - 4));
}

/**
 * Writes what is pending, one batch per turn of the event loop. The turn matters: better-sqlite3 is synchronous, so a
 * whole transaction completes without letting other requests in; waiting for setImmediate lets the requests whose
 * bytes have arrived meanwhile reach the queue and join the next batch.
 */
function scheduleDrain(db: Db, q: Queue): void {
  q.running = true;
  const drain = (): void => {
    const batch = q.pending.splice(0, MAX_BATCH);
    void runBatch(db, batch)
      .then((outcome) => {
        if (outcome === 'done') {
          q.busyTries = 0;
          return;
        }
        q.busyTries += 1;
        // Nothing was written. Signings that have waited for the lock as long as a connection waits (busy_timeout) get
        // the error a wait would have ended in; the others go back to the head of the queue, in their order.
        const now = Date.now();
        const retry: Pending[] = [];
        for (const p of batch) {
          p.busySince ??= now;
          if (now - p.busySince >= BUSY_TIMEOUT_MS) p.reject(new Error('the database stayed locked by another writer'));
          else retry.push(p);
        }
        q.pending.unshift(...retry);
      })
      .finally(() => {
        if (q.pending.length > 0) scheduleDrain(db, q);
        else q.running = false;
      });
  };
  const delay = lockRetryDelayMs(q.busyTries);
  if (delay === 0) setImmediate(drain);
  else setTimeout(drain, delay);
}

/** Runs a signing's writes in a write transaction shared with the signings waiting at the same time; resolves once committed. */
export function batchedWrite(db: Db, keyring: Keyring, write: BatchedWrite): Promise<void> {
  let q = queues.get(db);
  if (!q) {
    q = { pending: [], running: false, busyTries: 0 };
    queues.set(db, q);
  }
  const queue = q;
  return new Promise<void>((resolve, reject) => {
    queue.pending.push({ write, keyring, resolve, reject });
    if (!queue.running) scheduleDrain(db, queue);
  });
}
