// The country briefing on the demo register, checked by hand: dates keep their precision, time held stops at the end
// of a sentence, a sentence that ran out without a recorded release is flagged, headers and kinds read right.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadDemo } from '../../src/commands/demo/load-demo.ts';
import { ANONYMOUS } from '../../src/context.ts';
import { countryBriefing } from '../../src/queries/briefings/country-briefing.ts';
import { testApp } from '../support/app.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';

for (const dialect of DIALECTS) {
  describe(`briefing figures on the demo register (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    before(async () => {
      t = await testDb(dialect);
      await loadDemo(testCtx(t));
      app = await testApp(t, () => new Date('2026-12-04T12:00:00Z'));
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });
    const on = (asOf: string) => countryBriefing(testCtx(t, ANONYMOUS), { country: 'KZ', asOf, lang: 'en' });
    const person = (b: Awaited<ReturnType<typeof on>>, slug: string) => b.people.find((c) => c.caseSlug === slug)!;

    it('on the day of the letter: three held, months counted from the arrest month', async () => {
      const b = await on('2014-12-04');
      assert.deepEqual(b.totals, {
        cases: 5,
        people: 4,
        organisations: 1,
        held: 3,
        toReview: 0,
        politicalPrisoners: 2,
      });
      const kozlov = person(b, 'kozlov-alga');
      assert.equal(kozlov.heldSince, '2012-01', 'January 2012, not the first of January');
      assert.equal(kozlov.heldMonths, 35, 'January 2012 to 4 December 2014');
      assert.equal(kozlov.sentenceEnds, '2019-07');
      assert.equal(person(b, 'kuramshin-warsaw-report').heldMonths, 24, 'December 2012 to 4 December 2014');
      assert.equal(person(b, 'tuletayeva-zhanaozen').heldSince, '2012', 'a year stays a year');
      assert.equal(person(b, 'ablyazov-extradition').heldMonths, null, 'not in custody in the register');
    });

    it('twelve years on: every sentence has run out, none is counted as held, each is flagged', async () => {
      const b = await on('2026-12-04');
      assert.equal(b.totals.held, 0);
      assert.equal(b.totals.toReview, 3);
      const kozlov = person(b, 'kozlov-alga');
      assert.equal(kozlov.heldMonths, 90, 'stops at seven and a half years');
      assert.equal(kozlov.heldUntil, '2019-07');
      assert.equal(kozlov.review, 'sentence_ended');
      assert.equal(person(b, 'kuramshin-warsaw-report').heldMonths, 144);
      assert.equal(person(b, 'tuletayeva-zhanaozen').heldMonths, 60);
    });

    it('the page writes partial dates at their precision, names its columns and translates kinds', async () => {
      const en = (
        await app.inject({
          url: '/briefings/KZ?asOf=2014-12-04&since=2011-12-01',
          headers: { 'accept-language': 'en' },
        })
      ).body;
      assert.match(en, /January 2012/);
      assert.doesNotMatch(en, /January 1, 2012/);
      assert.match(
        en,
        /<th scope="col">Organisation<\/th>/,
        'the organisations table starts with an organisation column',
      );
      assert.match(en, /<th scope="col">Person<\/th>/);
      assert.doesNotMatch(en, /extradition decision/, 'no raw vocabulary value');
      const ru = (
        await app.inject({
          url: '/briefings/KZ?asOf=2014-12-04&since=2011-12-01',
          headers: { 'accept-language': 'ru' },
        })
      ).body;
      assert.match(ru, /[Рр]ешение об экстрадиции/);
      assert.match(ru, /<th scope="col">Организация<\/th>/);
      assert.doesNotMatch(ru, /1 января 2012/);
      const late = (await app.inject({ url: '/briefings/KZ?asOf=2026-12-04', headers: { 'accept-language': 'en' } }))
        .body;
      assert.match(late, /3 sentences have run out with no release recorded/);
      assert.match(late, /Sentence ended \(July 2019\) with no release recorded/);
    });

    it('the PDF renders with the flagged cases', async () => {
      const pdf = await app.inject({ url: '/briefings/KZ.pdf?asOf=2026-12-04' });
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
    });
  });
}
