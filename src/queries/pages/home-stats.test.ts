import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DIALECTS, testCtx, testDb, type TestDb } from '../../../test/support/db.ts';
import { loadDemo } from '../../commands/demo/load-demo.ts';
import { DEMO_CASES, DEMO_EVENTS, DEMO_ID, DEMO_ORGANISATIONS, DEMO_PERSONS } from '../../commands/demo/demo-data.ts';
import { caseDef } from '../../records/registry.ts';
import { updateRecord } from '../../commands/records/update-record.ts';
import { ANONYMOUS, type Actor } from '../../context.ts';
import { countryBriefing } from '../briefings/country-briefing.ts';
import { continuousYears, homeStats, sentenceBands } from './home-stats.ts';

const EDITOR: Actor = { kind: 'user', id: 'x', role: 'editor' };
/** The sample register is written as of early December 2014. */
const AS_OF_DEMO = new Date('2014-12-04T12:00:00Z');
const pick = (c: { held: number; heldToReview: number }) => ({ held: c.held, heldToReview: c.heldToReview });
const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);

describe('home statistics helpers', () => {
  it('sort sentence lengths into bands with the lower bound included', () => {
    const bands = sentenceBands([
      { months: 11, count: 1 },
      { months: 12, count: 2 },
      { months: 60, count: 1 },
      { months: 180, count: 4 },
      { months: 400, count: 1 },
    ]);
    assert.deepEqual(
      bands.map((b) => b.count),
      [1, 2, 0, 1, 0, 5],
    );
    assert.deepEqual(
      bands.map((b) => [b.fromYears, b.toYears]),
      [
        [0, 1],
        [1, 3],
        [3, 5],
        [5, 10],
        [10, 15],
        [15, null],
      ],
    );
  });

  it('fill the gaps between years with zeros', () => {
    assert.deepEqual(
      continuousYears([
        { value: '2014', count: 1 },
        { value: '2011', count: 2 },
      ]),
      [
        { year: 2011, count: 2 },
        { year: 2012, count: 0 },
        { year: 2013, count: 0 },
        { year: 2014, count: 1 },
      ],
    );
    assert.deepEqual(continuousYears([]), []);
  });
});

for (const dialect of DIALECTS) {
  describe(`home statistics (${dialect})`, () => {
    let t: TestDb;
    before(async () => {
      t = await testDb(dialect);
      await loadDemo(testCtx(t));
    });
    after(async () => {
      await t?.cleanup();
    });

    it('count what the demo register holds', async () => {
      const s = await homeStats(testCtx(t, ANONYMOUS, () => AS_OF_DEMO));
      assert.deepEqual(s.counts, {
        cases: DEMO_CASES.length,
        persons: DEMO_PERSONS.length,
        organisations: DEMO_ORGANISATIONS.length,
        events: DEMO_EVENTS.length,
        held: 3,
        heldToReview: 0,
      });
      assert.equal(sum(s.byStatus), DEMO_CASES.length);
      assert.equal(s.byStatus.find((r) => r.status === 'serving_sentence')?.count, 3);
      assert.equal(s.byStatus.find((r) => r.status === 'extradition_pending')?.count, 1);
      assert.deepEqual(s.byCountry, [{ country: 'KZ', count: DEMO_CASES.length }]);
    });

    it("count people held now by the briefings' rule: a sentence run out with no release recorded is set apart for review", async () => {
      // Five, seven and a half and twelve years from 2012: by 2020 two have run out, by 2026 all three.
      const on = async (iso: string) => (await homeStats(testCtx(t, ANONYMOUS, () => new Date(iso)))).counts;
      assert.deepEqual(pick(await on('2020-06-01T00:00:00Z')), { held: 1, heldToReview: 2 });
      assert.deepEqual(pick(await on('2026-12-05T00:00:00Z')), { held: 0, heldToReview: 3 });
      const b = await countryBriefing(testCtx(t, ANONYMOUS), { country: 'KZ', asOf: '2020-06-01', lang: 'en' });
      assert.deepEqual(
        { held: b.totals.held, heldToReview: b.totals.toReview },
        pick(await on('2020-06-01T00:00:00Z')),
        'the same figures as the briefing of that day',
      );
    });

    it('date each case by its earliest act or timeline entry', async () => {
      const s = await homeStats(testCtx(t, ANONYMOUS));
      // Tuletayeva, Kozlov, Kuramshin (arrested December 2012) and the media case start in 2012; Ablyazov's in 2014.
      assert.deepEqual(s.byYear, [
        { year: 2012, count: 4 },
        { year: 2013, count: 0 },
        { year: 2014, count: 1 },
      ]);
    });

    it('band the prison sentences of 5, 7.5 and 12 years', async () => {
      const s = await homeStats(testCtx(t, ANONYMOUS));
      assert.deepEqual(
        s.sentences.map((b) => b.count),
        [0, 0, 0, 2, 1, 0],
      );
    });

    it('list the ten latest changes with labels and links', async () => {
      const s = await homeStats(testCtx(t, ANONYMOUS));
      assert.equal(s.latest.length, 10);
      for (const r of s.latest) {
        assert.ok(r.label.length > 0);
        assert.match(r.path, /^\/(cases|persons|organisations|events)\/[a-z0-9-]+$/);
        assert.equal(r.updatedAt, '2014-12-04T00:00:00.000Z');
      }
    });

    it('leave an internal case out for the public but count it for an editor', async () => {
      await updateRecord(
        testCtx(t, { kind: 'system', name: 'test' }, () => new Date('2030-01-01T00:00:00.000Z')),
        caseDef,
        DEMO_ID.kozlovCase,
        { confidentiality: 'internal' },
      );
      const pub = await homeStats(testCtx(t, ANONYMOUS, () => AS_OF_DEMO));
      assert.equal(pub.counts.cases, DEMO_CASES.length - 1);
      assert.equal(pub.counts.held, 2);
      assert.equal(sum(pub.byStatus), DEMO_CASES.length - 1);
      assert.equal(sum(pub.sentences), 2);
      assert.deepEqual(pub.byCountry, [{ country: 'KZ', count: DEMO_CASES.length - 1 }]);
      assert.ok(!pub.latest.some((r) => r.path.includes('kozlov') && r.type === 'case'));

      const ed = await homeStats(testCtx(t, EDITOR, () => AS_OF_DEMO));
      assert.equal(ed.counts.cases, DEMO_CASES.length);
      assert.equal(ed.counts.held, 3);
      assert.equal(sum(ed.byStatus), DEMO_CASES.length);
      assert.equal(sum(ed.sentences), 3);
      // The change makes it the most recent record, for those who may see it.
      assert.equal(ed.latest[0]?.type, 'case');
      assert.equal(ed.latest[0]?.updatedAt, '2030-01-01T00:00:00.000Z');
    });
  });
}
