// Group commit for public signing. Each signing is durable before it is answered, and on SQLite with synchronous=FULL a
// commit costs a flush to disk (milliseconds): one transaction per signature would cap a viral appeal at a few hundred
// signatures a second. Signings that arrive while a transaction is being written wait for the next one, which takes them
// all (up to MAX_BATCH): no timer, so a lone signing waits for one turn of the event loop only. If a batch fails, its signings are written one
// by one, so one bad signing cannot fail the others.
import type { Keyring } from '../../crypto/field-cipher.ts';
import type { Db, Trx } from '../../db/database.ts';
import { writeTransaction } from '../../db/database.ts';
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

async function runBatch(db: Db, batch: Pending[]): Promise<void> {
  try {
    await writeTransaction(db, async (trx) => {
      const audit: AuditInput[] = [];
      for (const p of batch) audit.push(...(await p.write(trx)));
      // Every keyring of one installation holds the same audit key (it survives rotations), so the first one serves the batch.
      await appendAudit(trx, batch[0]!.keyring, audit);
    });
    for (const p of batch) p.resolve();
  } catch (err) {
    if (batch.length === 1) {
      batch[0]!.reject(err);
      return;
    }
    for (const p of batch) await runBatch(db, [p]);
  }
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
