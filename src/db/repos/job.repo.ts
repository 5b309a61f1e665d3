// The durable job table. Jobs are written in the caller's transaction (so they exist exactly when the work that asked
// for them committed), claimed by workers with an atomic UPDATE that only one process can win, and retried with back-off.
import { PostgresAdapter, sql } from 'kysely';
import type { Db, Executor, Trx } from '../database.ts';
import { prepared, preparedRows } from '../prepared.ts';
import type { JobsTable } from '../schema.ts';

/** A job as the worker sees it. */
export interface Job {
  id: string;
  kind: string;
  payload: unknown;
  uniqueKey: string | null;
  runAt: string;
  attempts: number;
  maxAttempts: number;
  lockedUntil: string | null;
  lockedBy: string | null;
  lastError: string | null;
  createdAt: string;
  doneAt: string | null;
  failedAt: string | null;
}

/** What enqueueing a job takes. */
export interface NewJob {
  id: string;
  kind: string;
  payload: unknown;
  runAt: string;
  createdAt: string;
  maxAttempts?: number;
  uniqueKey?: string;
}

/** What a sealed job payload ({ sealed: blob }) is bound to: a blob moved onto another job does not open. */
export const sealedJobAad = (jobId: string): string => `job:${jobId}`;

/** Open one-off jobs whose payload is sealed with the field keys, with that blob (key rotation re-encrypts them). */
export async function openSealedJobs(db: Executor): Promise<{ id: string; sealed: string }[]> {
  const rows = await db
    .selectFrom('jobs')
    .select(['id', 'payload'])
    .where('unique_key', 'is', null)
    .where('done_at', 'is', null)
    .where('failed_at', 'is', null)
    .execute();
  const out: { id: string; sealed: string }[] = [];
  for (const r of rows) {
    const payload = JSON.parse(r.payload) as { sealed?: unknown };
    if (typeof payload.sealed === 'string') out.push({ id: r.id, sealed: payload.sealed });
  }
  return out;
}

/** Replaces a job's sealed payload (after re-encryption under another key). */
export async function resealJob(trx: Trx, id: string, sealed: string): Promise<void> {
  await trx
    .updateTable('jobs')
    .set({ payload: JSON.stringify({ sealed }) })
    .where('id', '=', id)
    .where('done_at', 'is', null)
    .execute();
}

function toJob(r: JobsTable): Job {
  return {
    id: r.id,
    kind: r.kind,
    payload: JSON.parse(r.payload) as unknown,
    uniqueKey: r.unique_key,
    runAt: r.run_at,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    lockedUntil: r.locked_until,
    lockedBy: r.locked_by,
    lastError: r.last_error,
    createdAt: r.created_at,
    doneAt: r.done_at,
    failedAt: r.failed_at,
  };
}

function row(job: NewJob) {
  return {
    id: job.id,
    kind: job.kind,
    payload: JSON.stringify(job.payload ?? {}),
    unique_key: job.uniqueKey ?? null,
    run_at: job.runAt,
    attempts: 0,
    max_attempts: job.maxAttempts ?? 8,
    locked_until: null,
    locked_by: null,
    last_error: null,
    created_at: job.createdAt,
    done_at: null,
    failed_at: null,
  };
}

// Every signing queues its mail here: compiled once per row count (prepared.ts).
const insertJobRows = preparedRows<JobsTable>((db, rows) =>
  db.insertInto('jobs').values(
    rows.map((p) => ({
      id: p.id,
      kind: p.kind,
      payload: p.payload,
      unique_key: p.unique_key,
      run_at: p.run_at,
      attempts: p.attempts,
      max_attempts: p.max_attempts,
      locked_until: p.locked_until,
      locked_by: p.locked_by,
      last_error: p.last_error,
      created_at: p.created_at,
      done_at: p.done_at,
      failed_at: p.failed_at,
    })),
  ),
);

/** Inserts one-off jobs inside the caller's transaction. */
export async function insertJobs(trx: Trx, jobs: NewJob[]): Promise<void> {
  await insertJobRows.run(trx, jobs.map(row));
}

/** Inserts a recurring job unless one with its unique key exists already (any number of processes may try at once). */
export async function ensureRecurringJob(db: Executor, job: NewJob & { uniqueKey: string }): Promise<void> {
  await db
    .insertInto('jobs')
    .values(row(job))
    .onConflict((oc) => oc.column('unique_key').doNothing())
    .execute();
}

/** PostgreSQL can skip rows another transaction holds (FOR UPDATE SKIP LOCKED); SQLite has one writer and no row locks. */
function canSkipLocked(db: Executor): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Claims up to `limit` due jobs for `workerId` until `lockUntil`: open jobs whose run_at has come and whose lock is free or
 * expired (its worker died). One UPDATE … RETURNING that re-checks the lock on the row it updates, so two workers never
 * both win a job; on PostgreSQL the candidates are picked with SKIP LOCKED so concurrent pollers do not queue.
 */
export async function claimDueJobs(
  db: Executor,
  opts: { workerId: string; nowIso: string; lockUntil: string; limit: number },
): Promise<Job[]> {
  const { rows } = await claimQuery.run(db, opts);
  return rows.map(toJob).sort((a, b) => (a.runAt < b.runAt ? -1 : a.runAt > b.runAt ? 1 : 0));
}

// The worker's poll and its bookkeeping run with every message sent: compiled once per database (prepared.ts).
const claimQuery = prepared<{ workerId: string; nowIso: string; lockUntil: string; limit: number }, JobsTable>(
  (db, p) =>
    db
      .updateTable('jobs')
      .set({ locked_until: p.lockUntil, locked_by: p.workerId, attempts: sql<number>`attempts + 1` })
      .where('id', 'in', (eb) => {
        let q = eb
          .selectFrom('jobs')
          .select('id')
          .where('done_at', 'is', null)
          .where('failed_at', 'is', null)
          .where('run_at', '<=', p.nowIso)
          .where((w) => w.or([w('locked_until', 'is', null), w('locked_until', '<', p.nowIso)]))
          .orderBy('run_at')
          .limit(p.limit);
        if (canSkipLocked(db)) q = q.forUpdate().skipLocked();
        return q;
      })
      .where('done_at', 'is', null)
      .where('failed_at', 'is', null)
      .where((w) => w.or([w('locked_until', 'is', null), w('locked_until', '<', p.nowIso)]))
      .returningAll(),
);

const completeQuery = prepared<{ id: string; workerId: string; nowIso: string }, never>((db, p) =>
  db
    .updateTable('jobs')
    .set({ done_at: p.nowIso, locked_until: null, locked_by: null, last_error: null, payload: '{}' })
    .where('id', '=', p.id)
    .where('locked_by', '=', p.workerId),
);

/**
 * Marks a claimed job done; false when this worker no longer holds it (its lock expired and another took it). The payload
 * is emptied: a sent message's address and link have no business staying in the database.
 */
export async function completeJob(db: Executor, id: string, workerId: string, nowIso: string): Promise<boolean> {
  const res = await completeQuery.run(db, { id, workerId, nowIso });
  return Number(res.numAffectedRows ?? 0) > 0;
}

/** Marks claimed jobs done in one transaction (see completeJob); returns how many this worker still held. */
export async function completeJobs(db: Db, ids: readonly string[], workerId: string, nowIso: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let held = 0;
    for (const id of ids) if (await completeJob(trx, id, workerId, nowIso)) held += 1;
    return held;
  });
}

/** Puts a recurring job back in the queue for its next run (its attempts start again). */
export async function rescheduleJob(
  db: Executor,
  id: string,
  workerId: string,
  runAt: string,
  lastError: string | null = null,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ run_at: runAt, attempts: 0, locked_until: null, locked_by: null, last_error: lastError })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .execute();
}

/** Records a failed attempt: the job runs again at `retryAt`, or fails for good (payload emptied) when it has no attempts left. */
export async function failJobAttempt(
  db: Executor,
  job: Job,
  workerId: string,
  error: string,
  nowIso: string,
  retryAt: string | null,
): Promise<void> {
  const set =
    retryAt === null
      ? { failed_at: nowIso, locked_until: null, locked_by: null, last_error: error, payload: '{}' }
      : { run_at: retryAt, locked_until: null, locked_by: null, last_error: error };
  await db.updateTable('jobs').set(set).where('id', '=', job.id).where('locked_by', '=', workerId).execute();
}

/** One job by id. */
export async function findJob(db: Executor, id: string): Promise<Job | undefined> {
  const r = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toJob(r);
}

/** Jobs of a kind, oldest first (tests and operators' checks). */
export async function listJobs(db: Executor, kind?: string): Promise<Job[]> {
  let q = db.selectFrom('jobs').selectAll();
  if (kind) q = q.where('kind', '=', kind);
  return (await q.orderBy('created_at').orderBy('id').execute()).map(toJob);
}

/** Deletes finished one-off jobs older than `beforeIso` (their payloads may hold addresses and links). */
export async function purgeFinishedJobs(db: Executor, beforeIso: string): Promise<number> {
  const res = await db
    .deleteFrom('jobs')
    .where('unique_key', 'is', null)
    .where((eb) => eb.or([eb('done_at', '<', beforeIso), eb('failed_at', '<', beforeIso)]))
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
