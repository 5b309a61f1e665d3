// Group commit for public signing. Each signing is durable before it is answered, and on SQLite with synchronous=FULL a
// commit costs a flush to disk (milliseconds): one transaction per signature would cap a viral appeal at a few hundred
// signatures a second. Signings that arrive while a transaction is being written wait for the next one, which takes them
// all (up to MAX_BATCH): no timer, so a lone signing waits for one turn of the event loop only. If a batch fails, its signings are written one
// by one, so one bad signing cannot fail the others. On SQLite the flush to disk of a committed batch runs off the event
// loop while the next batches are written, and batches committed during one flush share the next.
import type { Keyring } from '../../crypto/field-cipher.ts';
import type { Db, Trx } from '../../db/database.ts';
import { writeTransactionFlushedLater } from '../../db/database.ts';
import { appendAudit, type AuditInput } from '../../db/repos/audit.repo.ts';

/** One signing's writes inside the shared transaction; returns its audit entries (appended in order, in the same transaction). */
export type BatchedWrite = (trx: Trx) => Promise<AuditInput[]>;

const MAX_BATCH = 256;

interface Pending {
  write: BatchedWrite;
  keyring: Keyring;
  resolve: () => void;
  reject: (err: unknown) => void;
}

interface Queue {
  pending: Pending[];
  running: boolean;
}

const queues = new WeakMap<Db, Queue>();

/**
 * Commits one batch and returns once it has committed, so that the next batch can be written while this one's flush to
 * disk runs (on SQLite that flush is off the event loop: writeTransactionFlushedLater). Its signings are answered only
 * once the flush has ended.
 */
async function runBatch(db: Db, batch: Pending[]): Promise<void> {
  let durable: Promise<void>;
  try {
    ({ durable } = await writeTransactionFlushedLater(db, async (trx) => {
      const audit: AuditInput[] = [];
      for (const p of batch) audit.push(...(await p.write(trx)));
      // Every keyring of one installation holds the same audit key (it survives rotations), so the first one serves the batch.
      await appendAudit(trx, batch[0]!.keyring, audit);
    }));
  } catch (err) {
    if (batch.length === 1) {
      batch[0]!.reject(err);
      return;
    }
    for (const p of batch) await runBatch(db, [p]);
    return;
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
}

/**
 * Writes what is pending, one batch per turn of the event loop. The turn matters: better-sqlite3 is synchronous, so a
 * whole transaction completes without letting other requests in; waiting for setImmediate lets the requests whose
 * bytes have arrived meanwhile reach the queue and join the next batch.
 */
function scheduleDrain(db: Db, q: Queue): void {
  q.running = true;
  setImmediate(() => {
    void runBatch(db, q.pending.splice(0, MAX_BATCH)).finally(() => {
      if (q.pending.length > 0) scheduleDrain(db, q);
      else q.running = false;
    });
  });
}

/** Runs a signing's writes in a write transaction shared with the signings waiting at the same time; resolves once committed. */
export function batchedWrite(db: Db, keyring: Keyring, write: BatchedWrite): Promise<void> {
  let q = queues.get(db);
  if (!q) {
    q = { pending: [], running: false };
    queues.set(db, q);
  }
  const queue = q;
  return new Promise<void>((resolve, reject) => {
    queue.pending.push({ write, keyring, resolve, reject });
    if (!queue.running) scheduleDrain(db, queue);
  });
}
