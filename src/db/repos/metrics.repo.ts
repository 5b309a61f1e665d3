// What the operator's metrics read from the database: the job queue's depth and age, signatures by status. Counts over
// whole tables, cheap enough for a scrape every few seconds; no personal data leaves here.
import type { Executor } from '../database.ts';

/** Open jobs by kind: how many are due now and when the oldest due one was due. */
export interface JobQueueRow {
  kind: string;
  due: number;
  oldestDueAt: string | null;
  failed: number;
}

/** Open (not done, not failed) jobs whose time has come, per kind, and jobs that failed for good. */
export async function jobQueue(db: Executor, nowIso: string): Promise<JobQueueRow[]> {
  const due = await db
    .selectFrom('jobs')
    .select((eb) => ['kind', eb.fn.countAll<number | string>().as('n'), eb.fn.min('run_at').as('oldest')])
    .where('done_at', 'is', null)
    .where('failed_at', 'is', null)
    .where('run_at', '<=', nowIso)
    .groupBy('kind')
    .execute();
  const failed = await db
    .selectFrom('jobs')
    .select((eb) => ['kind', eb.fn.countAll<number | string>().as('n')])
    .where('failed_at', 'is not', null)
    .groupBy('kind')
    .execute();
  const out = new Map<string, JobQueueRow>();
  for (const r of due) out.set(r.kind, { kind: r.kind, due: Number(r.n), oldestDueAt: r.oldest, failed: 0 });
  for (const r of failed)
    out.set(r.kind, { ...(out.get(r.kind) ?? { kind: r.kind, due: 0, oldestDueAt: null }), failed: Number(r.n) });
  return [...out.values()];
}

/** Signatures of every appeal by status (pending, confirmed, invalidated). */
export async function signaturesByStatus(db: Executor): Promise<{ status: string; n: number }[]> {
  const rows = await db
    .selectFrom('signatures')
    .select((eb) => ['status', eb.fn.countAll<number | string>().as('n')])
    .groupBy('status')
    .execute();
  return rows.map((r) => ({ status: r.status, n: Number(r.n) }));
}
