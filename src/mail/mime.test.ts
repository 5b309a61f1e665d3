// The outbox's MIME text reads back as the same message nodemailer's own composer makes of it: same sender, recipient,
// subject, language and parts, whatever the script, the line lengths or the characters a title may hold.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import nodemailer from 'nodemailer';
import { parseMail } from '../../test/support/mail.ts';
import { mimeMessage, mimeSender, type MimeMail } from './mime.ts';

const SENDERS = [
  'Vigil <vigil@localhost>',
  'noreply@example.org',
  'Правозащитный центр <info@пример.рф>',
  'A. B, "C" <a@b.org>',
];

const MAILS: MimeMail[] = [
  { to: 'a@example.org', subject: 'Confirm your signature', text: 'Hello\n\nhttps://example.org/x\n', lang: 'en' },
  {
    to: 'signer.1@example.org',
    subject: 'Подтвердите подпись под обращением «Свободу политзаключённым Казахстана»',
    text: `Здравствуйте!\n\n${'Очень длинная строка без переносов, '.repeat(12)}\n\nhttps://example.org/appeals/a/confirm/${'x'.repeat(90)}\n`,
    html: '<!DOCTYPE html>\n<html lang="ru"><body><p>Здравствуйте &amp; до свидания</p></body></html>\n',
    lang: 'ru',
  },
  { to: 'b@example.org', subject: 'Plain = text ?= with =?UTF-8?B?x?= inside', text: 'a=b\r\nc\n', html: '<p>a=b</p>' },
  { to: 'c@bücher.example', subject: 'Ελληνικά and English', text: 'ok\n' },
];

describe('outbox MIME text', () => {
  it('reads back as the message nodemailer composes, for every sender and message', async () => {
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    for (const from of SENDERS)
      for (const mail of MAILS) {
        const ours = parseMail(mimeMessage(mimeSender(from), mail, new Date('2026-12-05T12:00:00Z')));
        const info = await transport.sendMail({
          from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          ...(mail.html ? { html: mail.html } : {}),
          ...(mail.lang ? { headers: { 'Content-Language': mail.lang } } : {}),
        });
        const theirs = parseMail((info.message as Buffer).toString('utf8'));
        // A subject holding "=?" is encoded here so that it reads back as written; nodemailer leaves it as it is.
        const keys = mail.subject.includes('=?') ? [] : ['subject'];
        for (const key of ['from', 'to', ...keys, 'content-language', 'mime-version'])
          assert.equal(ours.headers[key], theirs.headers[key], `${key} of "${mail.subject}" from ${from}`);
        assert.equal(ours.text.replace(/\r\n/g, '\n'), theirs.text.replace(/\r\n/g, '\n'));
        assert.equal(ours.html, theirs.html);
        assert.equal(ours.subject, mail.subject);
        assert.match(ours.headers['message-id'] ?? '', /^<[0-9a-f-]{36}@[^>]+>$/);
        assert.equal(ours.headers.date, 'Sat, 05 Dec 2026 12:00:00 +0000');
      }
  });

  it('keeps every header on its line when a title or address holds line breaks', () => {
    const raw = mimeMessage(
      mimeSender('Vigil <vigil@localhost>'),
      { to: 'a@example.org\r\nBcc: x@evil.example', subject: 'Title\r\nBcc: y@evil.example\nX-Other: 1', text: 'ok\n' },
      new Date(),
    );
    const head = raw.slice(0, raw.indexOf('\n\n'));
    assert.doesNotMatch(head, /^(Bcc|X-Other):/im);
    assert.equal(parseMail(raw).subject, 'Title Bcc: y@evil.example X-Other: 1');
  });

  it('refuses a sender that is not an address', () => {
    assert.throws(() => mimeSender('nobody'), /not a sender address/);
  });
});
