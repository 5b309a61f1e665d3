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
import { LOCALES } from '../i18n/locales.ts';
import { sendMail, type Mail } from './outbox.ts';
import { alreadySignedMail, confirmationMail, type MailLocale } from './templates/signature.ts';

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

/**
 * A message queued by name with what it says, rendered by the worker when it sends it: the signer's messages. Public
 * signing queues one with every signature, and rendering it there (HTML and text, about 2.5 KB sealed) cost the web
 * app's thread its time and the job table a page of log per signing; what is sealed now is the few values below.
 */
export type TemplateMail =
  | { template: 'signature.confirm'; locale: MailLocale; to: string; appealTitle: string; link: string }
  | { template: 'signature.already'; locale: MailLocale; to: string; appealTitle: string };

const TemplateSchema = z.discriminatedUnion('template', [
  z.object({
    template: z.literal('signature.confirm'),
    locale: z.enum(LOCALES),
    to: z.string().min(3),
    appealTitle: z.string(),
    link: z.string().min(1),
  }),
  z.object({
    template: z.literal('signature.already'),
    locale: z.enum(LOCALES),
    to: z.string().min(3),
    appealTitle: z.string(),
  }),
]);

/** The message a template mail stands for. */
export function renderTemplateMail(m: TemplateMail): Mail {
  return m.template === 'signature.confirm'
    ? confirmationMail(m.locale, m.to, m.appealTitle, m.link)
    : alreadySignedMail(m.locale, m.to, m.appealTitle);
}

/** The sealed text of a queued message: a message as it will be sent, or a template mail with its values. */
function sealedText(mail: Mail | TemplateMail): string {
  if ('template' in mail) return JSON.stringify(mail); // checked again by TemplateSchema when the worker opens it
  return JSON.stringify({
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    ...(mail.lang ? { lang: mail.lang } : {}),
  });
}

/** Queues one message, sealed, inside the caller's write transaction; the worker sends it once the transaction has committed. */
export async function enqueueMail(trx: Trx, mail: Mail | TemplateMail, now: Date, keyring: Keyring): Promise<void> {
  const iso = now.toISOString();
  // Queued with every signing: ids from the pool (random-pool.ts) rather than 16 system calls each.
  const id = pooledUlid(now.getTime());
  const sealed = keyring.encrypt(sealedText(mail), sealedJobAad(id));
  await insertJobs(trx, [{ id, kind: MAIL_JOB, payload: { sealed }, runAt: iso, createdAt: iso, maxAttempts: 10 }]);
}

/**
 * The message a mail job's payload holds, opened with the keyring and rendered if it is a template mail (payloads queued
 * in clear by older versions are read as they are).
 */
export function openMailPayload(keyring: Keyring, jobId: string, payload: unknown): Mail {
  const sealed = SealedPayload.safeParse(payload);
  if (!sealed.success) return MailSchema.parse(payload);
  const opened: unknown = JSON.parse(keyring.decrypt(sealed.data.sealed, sealedJobAad(jobId)));
  if (typeof opened === 'object' && opened !== null && 'template' in opened)
    return renderTemplateMail(TemplateSchema.parse(opened));
  return MailSchema.parse(opened);
}

/** Sends the message of one mail job (the worker's handler). */
export async function runMailJob(ctx: Ctx, payload: unknown, jobId: string): Promise<void> {
  await sendMail(ctx.config, openMailPayload(ctx.keyring, jobId, payload));
}
