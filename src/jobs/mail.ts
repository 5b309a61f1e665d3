// Mail as durable jobs: a message is queued in the transaction of the write that causes it, so a crash between the
// write and the sending loses nothing; the worker sends it (outbox file or SMTP) and retries with back-off.
import { ulid } from 'ulid';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import type { Trx } from '../db/database.ts';
import { insertJobs } from '../db/repos/job.repo.ts';
import { sendMail, type Mail } from '../mail/outbox.ts';

/** The job kind of one message to send. */
export const MAIL_JOB = 'mail.send';

const MailPayload = z.object({ to: z.string().min(3), subject: z.string(), text: z.string() });

/** Queues one message inside the caller's write transaction; the worker sends it once the transaction has committed. */
export async function enqueueMail(trx: Trx, mail: Mail, now: Date): Promise<void> {
  const iso = now.toISOString();
  await insertJobs(trx, [{ id: ulid(now.getTime()), kind: MAIL_JOB, payload: { to: mail.to, subject: mail.subject, text: mail.text }, runAt: iso, createdAt: iso, maxAttempts: 10 }]);
}

/** Sends the message of one mail job (the worker's handler). */
export async function runMailJob(ctx: Ctx, payload: unknown): Promise<void> {
  const mail = MailPayload.parse(payload);
  await sendMail(ctx.config, mail);
}
