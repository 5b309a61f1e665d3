// Mail as durable jobs: a message is queued in the transaction of the write that causes it, so a crash between the
// write and the sending loses nothing; the worker sends it (outbox file or SMTP) and retries with back-off.
// The queued message is sealed with the field keys (AES-256-GCM, bound to the job id): its address and any live link in
// it never reach the database, its free pages, its WAL or a backup in clear.
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import type { Keyring } from '../crypto/field-cipher.ts';
import { pooledUlid } from '../crypto/random-pool.ts';
import type { Trx } from '../db/database.ts';
import { insertJobs, sealedJobAad } from '../db/repos/job.repo.ts';
import { sendMail, type Mail } from './outbox.ts';

/** The job kind of one message to send. */
export const MAIL_JOB = 'mail.send';

const MailSchema = z.object({
  to: z.string().min(3),
  subject: z.string(),
  text: z.string(),
  html: z.string().optional(),
  lang: z.string().max(35).optional(),
});
const SealedPayload = z.object({ sealed: z.string().min(1) });

/** Queues one message, sealed, inside the caller's write transaction; the worker sends it once the transaction has committed. */
export async function enqueueMail(trx: Trx, mail: Mail, now: Date, keyring: Keyring): Promise<void> {
  const iso = now.toISOString();
  // Queued with every signing: ids from the pool (random-pool.ts) rather than 16 system calls each.
  const id = pooledUlid(now.getTime());
  const sealed = keyring.encrypt(
    JSON.stringify({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
      ...(mail.lang ? { lang: mail.lang } : {}),
    }),
    sealedJobAad(id),
  );
  await insertJobs(trx, [{ id, kind: MAIL_JOB, payload: { sealed }, runAt: iso, createdAt: iso, maxAttempts: 10 }]);
}

/** The message a mail job's payload holds, opened with the keyring (payloads queued in clear by older versions are read as they are). */
export function openMailPayload(keyring: Keyring, jobId: string, payload: unknown): Mail {
  const sealed = SealedPayload.safeParse(payload);
  if (!sealed.success) return MailSchema.parse(payload);
  return MailSchema.parse(JSON.parse(keyring.decrypt(sealed.data.sealed, sealedJobAad(jobId))));
}

/** Sends the message of one mail job (the worker's handler). */
export async function runMailJob(ctx: Ctx, payload: unknown, jobId: string): Promise<void> {
  await sendMail(ctx.config, openMailPayload(ctx.keyring, jobId, payload));
}
