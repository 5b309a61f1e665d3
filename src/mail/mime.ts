// The MIME text of one message, for the outbox. nodemailer's transports build a message through a pipeline of streams
// (a tree of MIME nodes, each encoded and piped in turn), which costs far more than writing the file: with every
// signing sending a confirmation, that pipeline was a large share of the signing server's CPU. Our messages have one
// shape (a plain-text part and, most often, an HTML part of the same content), so the text is put together here, while
// every encoding that needs care (encoded words in headers, quoted-printable bodies, header folding, parsing the sender)
// is nodemailer's own. SMTP delivery still goes through nodemailer's transport.
import { randomUUID } from 'node:crypto';
import { domainToASCII } from 'node:url';
import addressparser from 'nodemailer/lib/addressparser';
import { encodeWord, encodeWords, foldLines, isPlainText, quoteString } from 'nodemailer/lib/mime-funcs';
import { encode as qpEncode, wrap as qpWrap } from 'nodemailer/lib/qp';

/** What a message says: the parts and the language, as the outbox gets it. */
export interface MimeMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  lang?: string;
}

/** The sender as a header value, with the domain its message ids are made under. */
export interface MimeSender {
  header: string;
  domain: string;
}

// A header line's value never breaks the line: a title or name holding a line break cannot add headers.
const oneLine = (value: string): string => value.replace(/\r\n|\r|\n/g, ' ');

/** A header value as written: encoded words where it is not plain ASCII, or where it would read as one ("=?"). */
function headerText(value: string): string {
  const flat = oneLine(value);
  return isPlainText(flat) && !flat.includes('=?') ? flat : encodeWord(flat, 'B', 52);
}

/** An address with its domain in ASCII (punycode), as nodemailer writes it. */
function asciiAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0 || isPlainText(address)) return address;
  const domain = domainToASCII(address.slice(at + 1));
  return `${address.slice(0, at + 1)}${domain || address.slice(at + 1)}`;
}

/** Parses the configured sender once ("Vigil <noreply@example.org>" or a bare address) into its header value. */
export function mimeSender(from: string): MimeSender {
  const parsed = addressparser(oneLine(from), { flatten: true })[0];
  if (!parsed || !('address' in parsed) || !parsed.address) throw new Error(`not a sender address: ${from}`);
  const address = asciiAddress(parsed.address);
  const name = parsed.name;
  let header = address;
  if (name) {
    const shown = isPlainText(name) ? (/^[\w ]*$/.test(name) ? name : quoteString(name)) : encodeWords(name, 'B', 52);
    header = `${shown} <${address}>`;
  }
  return { header, domain: address.slice(address.lastIndexOf('@') + 1) || 'localhost' };
}

/** The length of the longest line (line ends not counted). */
function longestLine(text: string): number {
  let longest = 0;
  for (let start = 0; ;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    longest = Math.max(longest, end - start - (text[end - 1] === '\r' ? 1 : 0));
    if (nl < 0) return longest;
    start = nl + 1;
  }
}

/** A body part's headers and text: 7bit when it is short-lined ASCII, quoted-printable otherwise. */
function part(contentType: string, body: string): string {
  const plain = isPlainText(body) && longestLine(body) <= 76;
  const encoded = plain ? body : qpWrap(qpEncode(body), 76);
  return (
    `Content-Type: ${contentType}; charset=utf-8\n` +
    `Content-Transfer-Encoding: ${plain ? '7bit' : 'quoted-printable'}\n\n` +
    encoded.replace(/\r\n/g, '\n')
  );
}

/** The whole message as the outbox stores it (an .eml with Unix line ends). */
export function mimeMessage(sender: MimeSender, mail: MimeMail, date: Date): string {
  const headers = [
    ...(mail.lang ? [`Content-Language: ${oneLine(mail.lang)}`] : []),
    `From: ${sender.header}`,
    `To: ${asciiAddress(oneLine(mail.to))}`,
    `Subject: ${headerText(mail.subject)}`,
    `Message-ID: <${randomUUID()}@${sender.domain}>`,
    `Date: ${date.toUTCString().replace(/GMT$/, '+0000')}`,
    'MIME-Version: 1.0',
  ]
    .map((h) => foldLines(h, 76).replace(/\r\n/g, '\n'))
    .join('\n');
  if (!mail.html) return `${headers}\n${part('text/plain', mail.text)}`;
  const boundary = `--_Vigil-${randomUUID()}`;
  return (
    `${headers}\nContent-Type: multipart/alternative;\n boundary="${boundary}"\n\n` +
    `--${boundary}\n${part('text/plain', mail.text)}\n` +
    `--${boundary}\n${part('text/html', mail.html)}\n` +
    `--${boundary}--\n`
  );
}
