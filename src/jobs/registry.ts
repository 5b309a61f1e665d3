// Every kind of job the worker knows, and the recurring ones with their rhythm.
import type { Config } from '../config.ts';
import type { Ctx } from '../context.ts';
import { anonymiseSigners } from '../commands/signatures/anonymise-signers.ts';
import { refreshSignatureCounts } from '../commands/signatures/refresh-counts.ts';
import { rekeySignatures } from '../commands/signatures/rekey-signatures.ts';
import { purgeFinishedJobs } from '../db/repos/job.repo.ts';
import { MAIL_JOB, runMailJob } from '../mail/mail-job.ts';
import { sendDueReminders } from '../commands/occasions/send-reminders.ts';

/** Runs one job (its payload and id); throwing makes it a failed attempt. */
export type JobHandler = (ctx: Ctx, payload: unknown, jobId: string) => Promise<void>;

/** Finished one-off jobs are kept this long for the operator's checks, then deleted. */
const KEEP_FINISHED_MS = 7 * 24 * 3600 * 1000;

const HANDLERS: Readonly<Record<string, JobHandler>> = {
  [MAIL_JOB]: runMailJob,
  'signatures.count': async (ctx) => {
    await refreshSignatureCounts(ctx);
  },
  'signatures.anonymise': async (ctx) => {
    await anonymiseSigners(ctx);
  },
  'signatures.rekey': async (ctx) => {
    await rekeySignatures(ctx);
  },
  'reminders.send': async (ctx) => {
    await sendDueReminders(ctx);
  },
  'jobs.purge': async (ctx) => {
    await purgeFinishedJobs(ctx.db, new Date(ctx.now().getTime() - KEEP_FINISHED_MS).toISOString());
  },
};

/** The handler of a job kind, if there is one. */
export function handlerOf(kind: string): JobHandler | undefined {
  return Object.hasOwn(HANDLERS, kind) ? HANDLERS[kind] : undefined;
}

/** Jobs that run again and again: one row each (keyed by kind), rescheduled after every run. */
export const RECURRING_JOBS: readonly { kind: string; everyMs: (config: Config) => number }[] = [
  { kind: 'signatures.count', everyMs: (c) => c.signon.countIntervalMs },
  { kind: 'signatures.anonymise', everyMs: () => 3600_000 },
  { kind: 'signatures.rekey', everyMs: () => 3600_000 },
  // Reminders fall due at the start of a day in the occasion's zone; checking every ten minutes is close enough.
  { kind: 'reminders.send', everyMs: () => 600_000 },
  { kind: 'jobs.purge', everyMs: () => 24 * 3600_000 },
];
