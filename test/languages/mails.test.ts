// Mails in the signer's or recipient's language, as multipart text + HTML: each part carries the same paragraphs and
// the same link, the HTML part escapes everything (a title with <script> stays text) and says which language it is in.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { escapeHtml } from '../../src/mail/compose.ts';
import { sendMail, type Mail } from '../../src/mail/outbox.ts';
import { alreadySignedMail, confirmationMail } from '../../src/mail/templates/signature.ts';
import { coSignConfirmed, coSignInvitation } from '../../src/mail/templates/co-sign.ts';
import { reminderMail } from '../../src/mail/templates/reminder.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';
import { readMail, type ReadMail } from '../support/mail.ts';
import { confirmPathIn, drainJobs, insertAppeal, outbox, signonApp, workerCtx } from '../signon/helpers.ts';

const HOSTILE = 'Free <script>alert(1)</script> & "Roza" \u2019now\u2019';
const LINK = 'https://vigil.example.org/appeals/a-1/confirm/AbC_123-xyz?x=1&y=2';

// One word of each language that its messages must contain, so that a message silently in English is caught.
const MARKER: Record<Locale, RegExp> = {
  en: /\b(the|your)\b/i,
  ru: /[а-яё]{3,}/i,
  fr: /\b(vous|votre|l’appel)\b/i,
  kk: /[әғқңөұүһі]/i,
};

function mailsIn(lang: Locale): Mail[] {
  const to = 'reader@example.org';
  return [
    confirmationMail(lang, to, HOSTILE, LINK),
    alreadySignedMail(lang, to, HOSTILE),
    { to, ...coSignInvitation(lang, HOSTILE, LINK, '2014-12-10T12:00:00.000Z') },
    { to, ...coSignConfirmed(lang, HOSTILE, LINK) },
    reminderMail(lang, to, {
      eventTitle: HOSTILE,
      startDate: '2014-12-05',
      endDate: '2014-12-06',
      timeZone: 'Asia/Almaty',
      link: LINK,
      countries: ['KZ'],
      open: [{ title: 'Kozlov', country: 'KZ', status: 'serving_sentence' }],
      appealTitles: [HOSTILE],
      since: '2014-11-01T00:00:00.000Z',
      changed: [{ title: 'Kozlov', updatedAt: '2014-11-20T10:00:00.000Z' }],
    }),
  ];
}

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);

describe('multipart mails in every language', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-mail-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function roundTrip(mail: Mail): Promise<ReadMail> {
    const delivery = await sendMail({ smtp: null, outboxDir: dir, mailFrom: 'Vigil <vigil@example.org>' }, mail);
    assert.equal(delivery.via, 'outbox');
    return readMail(delivery.via === 'outbox' ? delivery.file : '');
  }

  for (const lang of LOCALES) {
    it(`sends each ${lang} message with a text and an HTML part holding the same facts and link`, async () => {
      for (const mail of mailsIn(lang)) {
        const read = await roundTrip(mail);
        assert.match(read.headers['content-type'] ?? '', /multipart\/alternative/);
        assert.equal(read.headers['content-language'], lang);
        assert.ok(read.text.length > 0 && read.html.length > 0, `${lang}: ${read.subject} has both parts`);
        assert.match(read.text, MARKER[lang], `${lang}: ${read.subject} is written in ${lang}`);
        assert.ok(read.subject.includes(HOSTILE), `${lang}: the subject names the appeal`);
        // Every paragraph of the text part is in the HTML part, escaped: the same facts in each.
        for (const p of paragraphs(read.text)) {
          const shown = p
            .split('\n')
            .map((line) => line.replace(/^- /, ''))
            .map(escapeHtml);
          for (const line of shown)
            assert.ok(read.html.includes(line), `${lang}: "${line}" missing from the HTML part of ${read.subject}`);
        }
        assert.match(read.html, new RegExp(`<html lang="${lang}">`));
        assert.ok(!read.html.includes('<script>'), `${lang}: the HTML part escapes the title`);
        assert.ok(read.html.includes(escapeHtml(HOSTILE)));
        assert.doesNotMatch(read.html, /<img|src=|style=|https?:\/\/(?!vigil\.example\.org)/, 'no remote content');
        const hasLink = read.text.includes(LINK);
        assert.equal(
          read.html.includes(`<a href="${escapeHtml(LINK)}">${escapeHtml(LINK)}</a>`),
          hasLink,
          `${lang}: the same link in both parts`,
        );
      }
    });
  }
});

describe('reminders in the follower’s language', () => {
  const facts = {
    eventTitle: 'State visit',
    startDate: '2014-12-05',
    endDate: null,
    timeZone: 'Asia/Almaty',
    link: LINK,
    countries: ['KZ', 'FR'],
    open: [{ title: 'Kozlov', country: 'KZ', status: 'serving_sentence' }],
    appealTitles: ['Free them'],
    since: null,
    changed: [],
  };
  const expected: Record<Locale, RegExp[]> = {
    en: [/December 5, 2014/, /Kazakhstan and France/, /Kozlov \(Kazakhstan, Serving sentence\)/, /first reminder/],
    ru: [/5 декабря 2014/, /Казахстан и Франция/, /Kozlov \(Казахстан, [а-яё ]+\)/i, /первое напоминание/],
    fr: [/5 décembre 2014/, /Kazakhstan et France/, /Kozlov \(Kazakhstan, [^)]+\)/, /premier rappel/],
    kk: [/2014/, /Қазақстан/, /Kozlov \(Қазақстан, [^)]+\)/, /алғашқы еске салғыш/],
  };
  for (const lang of LOCALES) {
    it(`writes the dates, countries and statuses of a ${lang} reminder in ${lang}, with the same facts in both parts`, () => {
      const mail = reminderMail(lang, 'f@example.org', facts);
      for (const re of expected[lang]) {
        assert.match(mail.text, re, `${lang}: text part`);
        assert.match(mail.html ?? '', re, `${lang}: HTML part`);
      }
      for (const fact of ['State visit', 'Free them', LINK])
        assert.ok(mail.text.includes(fact) && (mail.html ?? '').includes(escapeHtml(fact)), `${lang}: ${fact}`);
      if (lang !== 'en')
        assert.doesNotMatch(mail.text, /Serving sentence|Open cases|first reminder/, `${lang}: no English left`);
    });
  }
});

for (const dialect of DIALECTS) {
  describe(`signing in the page's language (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    before(async () => {
      t = await testDb(dialect);
      app = await signonApp(t);
    });
    after(async () => {
      await app.close();
      await t.cleanup();
    });

    it('mails a Kazakh reader in Kazakh and a Russian one in Russian, in both parts, with the same confirmation link', async () => {
      const appeal = await insertAppeal(t, { title: 'Саяси тұтқындарды босатыңыз <b>' });
      for (const [lang, email] of [
        ['kk', 'aigerim@example.org'],
        ['ru', 'olga@example.org'],
      ] as const) {
        const res = await app.inject({
          method: 'POST',
          url: `/api/v1/appeals/${appeal.slug}/signatures`,
          headers: { 'accept-language': `${lang},en;q=0.5` },
          payload: { name: 'Reader', country: 'KZ', email, showName: false },
        });
        assert.equal(res.statusCode, 202, res.body);
      }
      await drainJobs(workerCtx(t));
      const mails = outbox(t);
      assert.equal(mails.length, 2);
      const kk = mails.find((m) => m.to.includes('aigerim'))!;
      const ru = mails.find((m) => m.to.includes('olga'))!;
      assert.match(kk.subject, /^Қолыңызды растаңыз: /);
      assert.match(kk.text, /«Саяси тұтқындарды босатыңыз <b>» үндеуіне қол қойдыңыз/);
      assert.match(ru.subject, /^Подтвердите подпись: /);
      for (const m of [kk, ru]) {
        const link = confirmPathIn(m.text);
        assert.ok(m.html.includes(link), 'the HTML part has the same link');
        assert.ok(m.html.includes('Саяси тұтқындарды босатыңыз &lt;b&gt;'), 'the title is escaped in HTML');
      }
      const langs = await t.handle.db
        .selectFrom('signatures')
        .select('lang')
        .where('appeal_id', '=', appeal.id)
        .orderBy('lang')
        .execute();
      assert.deepEqual(
        langs.map((r) => r.lang),
        ['kk', 'ru'],
        'each signature keeps the language it was made in',
      );
    });

    it('writes to a confirmed signer in the language they signed in, whatever the language of a later signing with their address', async () => {
      const appeal = await insertAppeal(t, { title: 'Освободите их' });
      const sign = (lang: string) =>
        app.inject({
          method: 'POST',
          url: `/api/v1/appeals/${appeal.slug}/signatures`,
          headers: { 'accept-language': lang },
          payload: { name: 'Reader', country: 'KZ', email: 'sasha@example.org', showName: false },
        });
      assert.equal((await sign('ru')).statusCode, 202);
      await drainJobs(workerCtx(t));
      const first = outbox(t).find((m) => m.subject.includes('Освободите их') && m.to.includes('sasha'))!;
      assert.match(first.subject, /^Подтвердите подпись/);
      const confirmed = await app.inject({
        method: 'POST',
        url: confirmPathIn(first.text),
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
        payload: '',
      });
      assert.equal(confirmed.statusCode, 200, confirmed.body);
      assert.equal((await sign('fr')).statusCode, 202);
      await drainJobs(workerCtx(t));
      const note = outbox(t)
        .filter((m) => m.to.includes('sasha'))
        .find((m) => m.subject !== first.subject)!;
      assert.match(note.subject, /^Вы уже подписали: Освободите их/);
    });
  });
}
