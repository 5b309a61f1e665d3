// The worker: polls the job table, runs due jobs, retries failures with exponential back-off, and keeps the recurring jobs
// (the signature counter, anonymisation, clean-up) scheduled. Any number of workers may run against PostgreSQL: a job is
// claimed by one atomic UPDATE, and a job whose worker died is taken again once its lock expires.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { ulid } from 'ulid';
import type { Ctx } from '../context.ts';
import {
  claimDueJobs,
  completeJobs,
  ensureRecurringJob,
  failJobAttempt,
  rescheduleJob,
  type Job,
} from '../db/repos/job.repo.ts';
import { RECURRING_JOBS, handlerOf } from './registry.ts';
import { writeBookkeeping } from '../db/database.ts';

/** The delay before attempt n+1 after n failed attempts: base × 2^(n−1), at most an hour. */
export function backoffMs(attempts: number, baseMs: number, capMs = 3600_000): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

/** A failure's message as stored: one line, short, addresses blotted out (an SMTP refusal may quote the recipient). */
function errorText(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text
    .split('\n')[0]!
    .replace(/[^\s<>"']+@[^\s<>"']+/g, '<address>')
    .slice(0, 500);
}

/** A name for this worker, unique across processes and hosts. */
export function newWorkerId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

/** Makes sure each recurring job has its row (workers racing to create it are harmless: the key is unique). */
export async function scheduleRecurringJobs(ctx: Ctx): Promise<void> {
  const iso = ctx.now().toISOString();
  for (const r of RECURRING_JOBS)
    await ensureRecurringJob(ctx.db, {
      id: ulid(),
      kind: r.kind,
      uniqueKey: r.kind,
      payload: {},
      runAt: iso,
      createdAt: iso,
    });
}

/** Runs one job; true when it is a one-off job that succeeded and is to be marked done (runDueJobs does so for all at once). */
async function runOne(ctx: Ctx, job: Job, workerId: string): Promise<boolean> {
  const recurring = RECURRING_JOBS.find((r) => r.kind === job.kind && job.uniqueKey === r.kind);
  try {
    const handler = handlerOf(job.kind);
    if (!handler) throw new Error(`no handler for job kind "${job.kind}"`);
    await handler(ctx, job.payload, job.id);
    if (!recurring) return true;
    const now = ctx.now();
    // Unflushed on SQLite (writeBookkeeping): one flush per sent message on the event loop cost the signing server dearly.
    await writeBookkeeping(ctx.db, (db) =>
      rescheduleJob(db, job.id, workerId, new Date(now.getTime() + recurring.everyMs(ctx.config)).toISOString()),
    );
    return false;
  } catch (err) {
    const now = ctx.now();
    const message = errorText(err);
    ctx.log.warn({ job: job.id, kind: job.kind, attempts: job.attempts, err: message }, 'job failed');
    if (recurring) {
      // A recurring job never fails for good: it runs again at its next time.
      await rescheduleJob(
        ctx.db,
        job.id,
        workerId,
        new Date(now.getTime() + recurring.everyMs(ctx.config)).toISOString(),
        message,
      );
      return false;
    }
    const retryAt =
      job.attempts >= job.maxAttempts
        ? null
        : new Date(now.getTime() + backoffMs(job.attempts, ctx.config.signon.retryBaseMs)).toISOString();
    await failJobAttempt(ctx.db, job, workerId, message, now.toISOString(), retryAt);
    return false;
  }
}

/** One poll: claims due jobs and runs them one after the other; returns how many ran. */
export async function runDueJobs(ctx: Ctx, opts: { workerId: string; limit?: number }): Promise<number> {
  const now = ctx.now();
  const jobs = await writeBookkeeping(ctx.db, (db) =>
    claimDueJobs(db, {
      workerId: opts.workerId,
      nowIso: now.toISOString(),
      lockUntil: new Date(now.getTime() + ctx.config.signon.lockMs).toISOString(),
      limit: opts.limit ?? 20,
    }),
  );
  // The jobs that succeeded are marked done together, in one commit after the round, instead of one commit each: a crash
  // in the middle of a round sends that round's messages again (at most `limit`), as a crash after sending always could.
  const done: string[] = [];
  for (const job of jobs) if (await runOne(ctx, job, opts.workerId)) done.push(job.id);
  if (done.length > 0)
    await writeBookkeeping(ctx.db, (db) => completeJobs(db, done, opts.workerId, ctx.now().toISOString()));
  return jobs.length;
}

/** A running worker. */
export interface Worker {
  readonly id: string;
  /** Stops polling and waits for the jobs in hand to finish. */
  stop(): Promise<void>;
}

/** Starts the worker of a process or job thread: the system actor "worker", the clock, and the given handles. */
export function startSystemWorker(deps: Omit<Ctx, 'actor' | 'now'>): Worker {
  return startWorker({ ...deps, actor: { kind: 'system', name: 'worker' }, now: () => new Date() });
}

/** Starts polling every VIGIL_WORKER_POLL_MS (at once again while there is a backlog) until stopped. */
export function startWorker(ctx: Ctx, opts: { workerId?: string } = {}): Worker {
  const id = opts.workerId ?? newWorkerId();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  let scheduled = false;
  const tick = () => {
    current = (async () => {
      let ran = 0;
      try {
        if (!scheduled) {
          await scheduleRecurringJobs(ctx);
          scheduled = true;
        }
        ran = await runDueJobs(ctx, { workerId: id });
      } catch (err) {
        ctx.log.error({ err: errorText(err) }, 'job worker poll failed');
      }
      if (!stopped) timer = setTimeout(tick, ran > 0 ? 0 : ctx.config.signon.pollMs);
    })();
  };
  tick();
  ctx.log.info({ worker: id }, 'job worker started');
  return {
    id,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
