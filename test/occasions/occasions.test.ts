// Occasions: event fields on both dialects, the calendar and its iCalendar feed (parsed with ical.js), confidentiality in
// the feeds, anniversary proposals, reminders sent exactly once across a restart, briefings and the appeal made from one.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { loadDemo } from '../../src/commands/demo/load-demo.ts';
import { DEMO_ID } from '../../src/commands/demo/demo-data.ts';
import { sendDueReminders } from '../../src/commands/occasions/send-reminders.ts';
import { followSomething } from '../../src/commands/occasions/follow.ts';
import { addUser } from '../../src/commands/users/add-user.ts';
import { ANONYMOUS, type Actor } from '../../src/context.ts';
import { countryBriefing } from '../../src/queries/briefings/country-briefing.ts';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { openMailPayload } from '../../src/mail/mail-job.ts';
import { buildEvent } from '../support/factories.ts';

const REQUIRE = Boolean(process.env.CI || process.env.VIGIL_REQUIRE_BROWSER);
const HAVE_PDFTOTEXT = fs.existsSync('/usr/bin/pdftotext');

/** The VEVENTs of an iCalendar text, as ical.js reads them. */
function veventsOf(text: string): { uid: string; summary: string; start: string; end: string }[] {
  const comp = new ICAL.Component(ICAL.parse(text));
  return comp.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, start: e.startDate.toString(), end: e.endDate.toString() };
  });
}

for (const dialect of DIALECTS) {
  describe(`occasions (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let editor: string;
    let clock = new Date('2014-11-20T00:00:00Z');
    const now = () => clock;
    const post = (url: string, payload: unknown, token = editor) =>
      app.inject({ method: 'POST', url, headers: bearer(token), payload: payload as object });

    before(async () => {
      t = await testDb(dialect);
      await loadDemo(testCtx(t));
      app = await testApp(t, now);
      editor = await tokenFor(t, 'editor');
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('stores the countries, participants and time zone of an occasion, and refuses a bad zone', async () => {
      const res = await post(
        '/api/v1/events',
        buildEvent({
          title: 'UPR of Kazakhstan',
          kind: 'un_review',
          startDate: '2014-10-30',
          countries: ['KZ'],
          timeZone: 'Europe/Zurich',
          participants: [
            { name: 'Delegation of Kazakhstan', role: 'delegation' },
            { personId: DEMO_ID.hollande, role: 'speaker' },
          ],
        }),
      );
      assert.equal(res.statusCode, 201, res.body);
      const e = (await app.inject(`/api/v1/events/${res.json().data.id}`)).json().data;
      assert.deepEqual(e.countries, ['KZ']);
      assert.equal(e.timeZone, 'Europe/Zurich');
      assert.deepEqual(
        e.participants.map((p: { role: string }) => p.role),
        ['delegation', 'speaker'],
      );
      const bad = await post('/api/v1/events', buildEvent({ title: 'x', timeZone: 'Mars/Olympus' }));
      assert.equal(bad.statusCode, 400);
      assert.match(bad.json().error.message, /timeZone/);
      const badRef = await post(
        '/api/v1/events',
        buildEvent({ title: 'x', participants: [{ personId: '01ARZ3NDEKTSV4RRFFQ69G5FAV', role: 'host' }] }),
      );
      assert.equal(badRef.statusCode, 400);
    });

    it('serves an iCalendar feed that a parser reads, with the 5–6 December 2014 visit, and keeps internal occasions out', async () => {
      await post(
        '/api/v1/events',
        buildEvent({
          title: 'INTERNAL-SUMMIT-MARKER',
          kind: 'summit',
          startDate: '2014-12-10',
          countries: ['KZ'],
          confidentiality: 'internal',
        }),
      );
      const res = await app.inject('/calendar.ics');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^text\/calendar/);
      const events = veventsOf(res.body);
      const visit = events.find((e) => e.uid.startsWith(DEMO_ID.stateVisit));
      assert.ok(visit, 'the state visit is in the feed');
      assert.equal(visit.start, '2014-12-05');
      assert.equal(visit.end, '2014-12-07', 'all-day events end the day after their last day');
      assert.ok(events.some((e) => e.summary === 'Zhanaozen: three years since the shooting'));
      assert.doesNotMatch(res.body, /INTERNAL-SUMMIT-MARKER/);
      assert.doesNotMatch((await app.inject('/calendar.atom')).body, /INTERNAL-SUMMIT-MARKER/);
      assert.match(
        (await app.inject({ url: '/api/v1/occasions?from=2014-12-01&to=2014-12-31', headers: bearer(editor) })).body,
        /INTERNAL-SUMMIT-MARKER/,
      );
      assert.doesNotMatch(
        (await app.inject('/api/v1/occasions?from=2014-12-01&to=2014-12-31')).body,
        /INTERNAL-SUMMIT-MARKER/,
      );
      const fr = veventsOf((await app.inject('/calendar/FR.ics')).body);
      assert.deepEqual(
        fr.map((e) => e.uid.slice(0, 26)),
        [DEMO_ID.stateVisit],
        'France: only the visit concerns it',
      );
      assert.equal((await app.inject('/calendar/XX.ics')).statusCode, 400);
    });

    it('shows the month and the coming occasions on the calendar page, without script', async () => {
      const page = await app.inject('/calendar?month=2014-12&country=KZ');
      assert.equal(page.statusCode, 200);
      assert.match(
        page.body,
        /French President&#x27;s state visit to Kazakhstan|French President's state visit to Kazakhstan/,
      );
      assert.match(page.body, /href="\/calendar\/KZ\.ics"/);
      assert.doesNotMatch(page.body, /<script/);
      assert.equal((await app.inject('/calendar?month=2014-13')).statusCode, 400);
      const ru = await app.inject({ url: '/calendar?month=2014-12', headers: { cookie: 'vigil_lang=ru' } });
      assert.equal(ru.statusCode, 200);
    });

    it('proposes round anniversaries once, and confirming one puts it on the calendar', async () => {
      clock = new Date('2021-12-01T00:00:00Z');
      const list = async () =>
        (await app.inject({ url: '/api/v1/occasions/anniversaries?days=60', headers: bearer(editor) })).json().data as {
          eventId: string;
          years: number;
          date: string;
        }[];
      const proposals = await list();
      const zhanaozen = proposals.find((p) => p.eventId === DEMO_ID.zhanaozenShooting);
      assert.deepEqual(zhanaozen && { years: zhanaozen.years, date: zhanaozen.date }, {
        years: 10,
        date: '2021-12-16',
      });
      assert.ok(proposals.every((p) => p.years === 1 || p.years % 5 === 0));
      assert.equal((await app.inject('/api/v1/occasions/anniversaries')).statusCode, 401);
      const wrongDay = await post('/api/v1/occasions/anniversaries', {
        eventId: DEMO_ID.zhanaozenShooting,
        date: '2021-12-17',
      });
      assert.equal(wrongDay.statusCode, 400);
      const made = await post('/api/v1/occasions/anniversaries', {
        eventId: DEMO_ID.zhanaozenShooting,
        date: '2021-12-16',
      });
      assert.equal(made.statusCode, 201, made.body);
      assert.equal(made.json().data.kind, 'anniversary');
      assert.deepEqual(made.json().data.relations, [{ eventId: DEMO_ID.zhanaozenShooting, kind: 'commemorates' }]);
      assert.equal(
        (await list()).some((p) => p.eventId === DEMO_ID.zhanaozenShooting),
        false,
        'not proposed again',
      );
    });

    it('sends each reminder once, in the occasion’s own time zone, even across a restart', async () => {
      const { user } = await addUser(testCtx(t), { email: 'follower@example.org', role: 'viewer' }, false);
      const actor: Actor = { kind: 'user', id: user.id, role: 'viewer' };
      await followSomething(testCtx(t, actor), { kind: 'country', value: 'FR', daysBefore: 7 });
      // A second follower, who followed from a Russian page, gets the same reminder in Russian.
      const { user: reader } = await addUser(testCtx(t), { email: 'chitatel@example.org', role: 'viewer' }, false);
      await followSomething(
        testCtx(t, { kind: 'user', id: reader.id, role: 'viewer' }),
        { kind: 'country', value: 'KZ', daysBefore: 7 },
        'ru',
      );
      const mails = async (to = 'follower@example.org') =>
        (await t.handle.db.selectFrom('jobs').select(['id', 'kind', 'payload']).execute())
          .filter((j) => j.kind === 'mail.send')
          .map((j) => openMailPayload(t.keyring, j.id, JSON.parse(j.payload)))
          .filter((m) => m.to === to);
      // Astana's midnight on 5 December is 18:00 UTC on the 4th; seven days earlier is 27 November, 18:00 UTC.
      assert.equal(await sendDueReminders(testCtx(t, ANONYMOUS, () => new Date('2014-11-27T17:59:00Z'))), 0);
      assert.equal(await sendDueReminders(testCtx(t, ANONYMOUS, () => new Date('2014-11-27T18:01:00Z'))), 2);
      assert.equal(await sendDueReminders(testCtx(t, ANONYMOUS, () => new Date('2014-11-28T09:00:00Z'))), 0);
      // A restart: a new app and context over the same database find the reminder already sent.
      const again = await testApp(t, () => new Date('2014-11-29T00:00:00Z'));
      await again.close();
      assert.equal(await sendDueReminders(testCtx(t, ANONYMOUS, () => new Date('2014-11-29T00:00:00Z'))), 0);
      const sent = await mails();
      assert.equal(sent.length, 1);
      assert.match(sent[0]!.subject, /state visit/);
      assert.match(
        sent[0]!.text,
        /Raise human rights during your visit to Kazakhstan/,
        'the appeal timed to the visit',
      );
      assert.match(sent[0]!.text, /Tuletayeva/, 'open cases in Kazakhstan');
      assert.equal(sent[0]!.lang, 'en');
      assert.ok(
        sent[0]!.html?.includes('Raise human rights during your visit to Kazakhstan'),
        'the HTML part has the same facts',
      );
      const [ru] = await mails('chitatel@example.org');
      assert.equal(ru?.lang, 'ru');
      assert.match(ru!.subject, /^Скоро, 5 декабря 2014 г\.: /, 'a Russian subject with the date in the genitive');
      assert.match(ru!.text, /Открытые дела \(Казахстан и Франция\):/);
      assert.match(ru!.text, /Tuletayeva.*\(Казахстан, [а-яё ]+\)/i, 'the case, its country and status in Russian');
      assert.match(ru!.text, /Raise human rights during your visit to Kazakhstan/, 'the same appeal');
      assert.ok(ru!.html?.includes('<html lang="ru">'));
      const dup = await followSomething(testCtx(t, actor), { kind: 'country', value: 'FR' }).catch((e: Error) => e);
      assert.match(String(dup), /already follow/);
    });

    it('builds the KZ briefing as of 2014-12-01 with the four people, their sentences and statuses', async () => {
      const b = await countryBriefing(testCtx(t, ANONYMOUS), { country: 'KZ', asOf: '2014-12-01', lang: 'en' });
      const people = Object.fromEntries(b.people.map((p) => [p.name, [p.status, p.sentence?.months ?? null]]));
      assert.deepEqual(people, {
        'Roza Tuletayeva': ['serving_sentence', 60],
        'Vladimir Kozlov': ['serving_sentence', 90],
        'Vadim Kuramshin': ['serving_sentence', 144],
        'Mukhtar Ablyazov': ['extradition_pending', null],
      });
      assert.equal(b.totals.people, 4);
      assert.equal(b.byStatus.serving_sentence, 3);
      const early = await countryBriefing(testCtx(t, ANONYMOUS), { country: 'KZ', asOf: '2011-06-01', lang: 'en' });
      assert.equal(early.totals.cases, 0, 'nothing had happened yet');
      const json = await app.inject('/api/v1/briefings/KZ?asOf=2014-12-01&lang=ru');
      assert.equal(json.statusCode, 200);
      assert.ok(json.json().data.people.some((p: { name: string }) => p.name === 'Роза Тулетаева'));
      const page = await app.inject('/briefings/KZ?asOf=2014-12-01');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Vadim Kuramshin/);
    });

    it(
      'writes the briefing PDF with the Russian names and sentences',
      { skip: !HAVE_PDFTOTEXT && !REQUIRE },
      async () => {
        const res = await app.inject('/briefings/KZ.pdf?asOf=2014-12-01&lang=ru');
        assert.equal(res.statusCode, 200);
        assert.equal(res.headers['content-type'], 'application/pdf');
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-briefing-'));
        const file = path.join(dir, 'b.pdf');
        fs.writeFileSync(file, res.rawPayload);
        const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
        fs.rmSync(dir, { recursive: true, force: true });
        for (const s of [
          'Роза Тулетаева',
          'Владимир Козлов',
          'Вадим Курамшин',
          'Мухтар Аблязов',
          '7 лет 6 месяцев',
          '12 лет',
          '5 лет',
        ])
          assert.ok(text.includes(s), s);
      },
    );

    it('freezes a briefing and starts an appeal whose annex is its cases; viewers may do neither', async () => {
      const viewer = await tokenFor(t, 'viewer');
      assert.equal((await post('/api/v1/briefings', { country: 'KZ', asOf: '2014-12-01' }, viewer)).statusCode, 403);
      const frozen = await post('/api/v1/briefings', { country: 'KZ', asOf: '2014-12-01' });
      assert.equal(frozen.statusCode, 201, frozen.body);
      const id = frozen.json().data.id;
      assert.equal(
        (await app.inject({ url: `/api/v1/briefings/frozen/${id}`, headers: bearer(viewer) })).statusCode,
        403,
      );
      assert.equal((await app.inject(`/briefings/frozen/${id}`)).statusCode, 401);
      const made = await post(`/api/v1/briefings/frozen/${id}/appeal`, {});
      assert.equal(made.statusCode, 201, made.body);
      const appeal = (
        await app.inject({ url: `/api/v1/appeals/${made.json().data.id}?lang=en`, headers: bearer(editor) })
      ).json().data;
      assert.equal(appeal.status, 'draft');
      const names = appeal.annex.entries.map((e: { name: string }) => e.name);
      for (const n of ['Roza Tuletayeva', 'Vladimir Kozlov', 'Vadim Kuramshin', 'Mukhtar Ablyazov'])
        assert.ok(names.includes(n), n);
      assert.equal((await post(`/api/v1/briefings/frozen/${id}/appeal`, {})).statusCode, 409);
    });
  });
}
