// Reads back a message as nodemailer writes it to the outbox: headers, and the text and HTML parts of a
// multipart/alternative message (quoted-printable or base64), decoded as a mail client shows them.
import fs from 'node:fs';

/** One message read back: its headers and decoded parts (html is '' for a text-only message). */
export interface ReadMail {
  headers: Record<string, string>;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Undoes quoted-printable: soft line breaks and =XX bytes (UTF-8 sequences included). */
function fromQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let k = 0; k < joined.length; k++) {
    const hex = /^=([0-9A-F]{2})/.exec(joined.slice(k, k + 3));
    if (hex) {
      bytes.push(parseInt(hex[1]!, 16));
      k += 2;
    } else {
      bytes.push(...Buffer.from(joined[k]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Decodes a =?UTF-8?Q?…?= or =?UTF-8?B?…?= header word. */
function decodeHeader(value: string): string {
  return value.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : fromQuotedPrintable(data.replace(/_/g, ' ')),
  );
}

function parseHeaders(head: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!.toLowerCase()] = decodeHeader(m[2]!);
  }
  return out;
}

function decodeBody(headers: Record<string, string>, body: string): string {
  const enc = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  if (enc === 'quoted-printable') return fromQuotedPrintable(body);
  if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}

function split(raw: string): [string, string] {
  const m = /\r?\n\r?\n/.exec(raw);
  return m ? [raw.slice(0, m.index), raw.slice(m.index + m[0].length)] : [raw, ''];
}

/** Parses the raw text of one message. */
export function parseMail(raw: string): ReadMail {
  const [head, body] = split(raw);
  const headers = parseHeaders(head);
  const type = headers['content-type'] ?? 'text/plain';
  let text = '';
  let html = '';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (boundary) {
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith('--')) break;
      const [ph, pb] = split(part.replace(/^\r?\n/, ''));
      const partHeaders = parseHeaders(ph);
      const decoded = decodeBody(partHeaders, pb.replace(/\r?\n$/, ''));
      if (/text\/html/i.test(partHeaders['content-type'] ?? '')) html = decoded;
      else if (/text\/plain/i.test(partHeaders['content-type'] ?? '')) text = decoded;
    }
  } else {
    text = decodeBody(headers, body);
  }
  return { headers, to: headers.to ?? '', subject: headers.subject ?? '', text, html };
}

/** Reads and parses an .eml file. */
export function readMail(file: string): ReadMail {
  return parseMail(fs.readFileSync(file, 'utf8'));
}
