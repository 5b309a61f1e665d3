// Sending mail. With SMTP settings, through that server; without them, each message is written as an .eml file to
// <data dir>/outbox (readable by the operator only: invitations carry live links), to be delivered by hand or by a relay.
// The outbox's MIME text is put together in mime.ts (with nodemailer's encoders), without a transport's stream pipeline.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type nodemailer from 'nodemailer';
import type { Config } from '../config.ts';
import { mimeMessage, mimeSender, type MimeSender } from './mime.ts';

let mailer: Promise<typeof nodemailer> | undefined;

/**
 * nodemailer, loaded with the first message (or by preloadMailer) rather than with the server: about 650 KB of code
 * that the first answer does not need.
 */
export function loadMailer(): Promise<typeof nodemailer> {
  // A failed load is not kept: the next message tries again.
  mailer ??= import('nodemailer').then(
    (m) => m.default,
    (err: unknown) => {
      mailer = undefined;
      throw err;
    },
  );
  return mailer;
}

/** One message: a plain-text part, and an HTML part with the same content when the template writes one. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The language the message is written in (sent as Content-Language). */
  lang?: string;
}

/** Where a message went: the SMTP server, or the outbox file written. */
export type Delivery = { via: 'smtp' } | { via: 'outbox'; file: string };

/** Sends a message by SMTP when configured, otherwise writes it to the outbox folder. */
export async function sendMail(config: Pick<Config, 'smtp' | 'outboxDir' | 'mailFrom'>, mail: Mail): Promise<Delivery> {
  const message = {
    from: config.mailFrom,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    ...(mail.lang ? { headers: { 'Content-Language': mail.lang } } : {}),
  };
  const nodemailer = await loadMailer();
  if (config.smtp) {
    const { host, port, user, pass } = config.smtp;
    const transport = nodemailer.createTransport({
      host,
      port,
      secure: port === 465,
      requireTLS: port !== 465 && port !== 25,
      ...(user ? { auth: { user, pass } } : {}),
    });
    try {
      await transport.sendMail(message);
    } finally {
      transport.close();
    }
    return { via: 'smtp' };
  }
  const now = new Date();
  const text = mimeMessage(senderOf(config.mailFrom), mail, now);
  if (!madeDirs.has(config.outboxDir)) {
    fs.mkdirSync(config.outboxDir, { recursive: true, mode: 0o700 });
    madeDirs.add(config.outboxDir);
  }
  written = (written + 1) % 1_000_000;
  const stamp = `${now.toISOString().replace(/[:.]/g, '-')}-${String(written).padStart(6, '0')}`;
  const file = path.join(config.outboxDir, `${stamp}-${randomUUID().slice(0, 8)}.eml`);
  try {
    // Synchronous: three small system calls cost less than fs.promises' file handle and its chunked writes.
    fs.writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    // The folder may have been removed since (an operator emptying the outbox): made again on the next message.
    madeDirs.delete(config.outboxDir);
    throw err;
  }
  return { via: 'outbox', file };
}

// Messages this process has written to the outbox: the count in each file's name after the time keeps messages of the
// same millisecond in the order they were sent when the folder is listed by name.
let written = 0;
// The outbox folder is made once per process, not before every message.
const madeDirs = new Set<string>();
const senders = new Map<string, MimeSender>();

/** The configured sender, parsed once. */
function senderOf(from: string): MimeSender {
  let s = senders.get(from);
  if (!s) {
    s = mimeSender(from);
    senders.set(from, s);
  }
  return s;
}
