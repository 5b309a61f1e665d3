// A briefing "as of" a past date reads the status a case had then, from its status history.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { ANONYMOUS } from '../../src/context.ts';
import { countryBriefing } from '../../src/queries/briefings/country-briefing.ts';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildPerson } from '../support/factories.ts';

for (const dialect of DIALECTS) {
  describe(`briefings as of a past date (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let editor: string;
    const send = (method: 'POST' | 'PATCH', url: string, payload: unknown) =>
      app.inject({ method, url, headers: bearer(editor), payload: payload as object });

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t, () => new Date('2026-05-01T12:00:00Z'));
      editor = await tokenFor(t, 'editor');
      const p = (await send('POST', '/api/v1/persons', buildPerson())).json().data;
      const c = (
        await send(
          'POST',
          '/api/v1/cases',
          buildCase(p.id, {
            country: 'BY',
            status: 'detained_pre_trial',
            statusSince: '2010-01',
            sentence: null,
            acts: [],
            timeline: [{ date: '2010-01-12', kind: 'arrest' }],
          }),
        )
      ).json().data;
      assert.equal(
        (await send('PATCH', `/api/v1/cases/${c.id}`, { status: 'serving_sentence', statusSince: '2011-03-02' }))
          .statusCode,
        200,
      );
      assert.equal(
        (await send('PATCH', `/api/v1/cases/${c.id}`, { status: 'released', statusSince: '2015-06' })).statusCode,
        200,
      );
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('counts the case under the status it had on each day', async () => {
      const on = async (asOf: string) => countryBriefing(testCtx(t, ANONYMOUS), { country: 'BY', asOf, lang: 'en' });
      const early = await on('2010-06-01');
      assert.deepEqual(early.byStatus, { detained_pre_trial: 1 });
      assert.equal(early.totals.held, 1);
      assert.deepEqual((await on('2011-03-01')).byStatus, { detained_pre_trial: 1 }, 'the day before the verdict');
      const serving = await on('2011-03-02');
      assert.deepEqual(serving.byStatus, { serving_sentence: 1 });
      assert.equal(serving.people[0]?.status, 'serving_sentence');
      const later = await on('2016-01-01');
      assert.deepEqual(later.byStatus, { released: 1 });
      assert.equal(later.totals.held, 0);
    });

    it('answers the same through the briefing API', async () => {
      const json = await app.inject('/api/v1/briefings/BY?asOf=2012-01-01');
      assert.equal(json.statusCode, 200);
      assert.deepEqual(json.json().data.byStatus, { serving_sentence: 1 });
      const now = await app.inject('/api/v1/briefings/BY?asOf=2026-05-01');
      assert.deepEqual(now.json().data.byStatus, { released: 1 });
    });
  });
}
