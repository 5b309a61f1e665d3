import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { DIALECTS, testCtx, testDb, type TestDb } from '../../../test/support/db.ts';
import { assertOwnWords, CORPUS_LETTER, corpusPresent } from '../../../test/support/letters.ts';
import { IdSchema } from '../../domain/common.ts';
import { listRecords } from '../../queries/records/list-records.ts';
import { getRecord } from '../../queries/records/get-record.ts';
import { caseDef, membershipDef, personDef } from '../../records/registry.ts';
import {
  DEMO_CASES,
  DEMO_CITATIONS,
  DEMO_EVENTS,
  DEMO_ID,
  DEMO_MEMBERSHIPS,
  DEMO_ORGANISATIONS,
  DEMO_PERSONS,
  DEMO_SOURCES,
} from './demo-data.ts';
import { loadDemo } from './load-demo.ts';
import { ANONYMOUS } from '../../context.ts';
import { signingOpen } from '../../domain/appeal.ts';
import { appealView } from '../../queries/appeals/get-appeal.ts';

const ALL = [
  DEMO_ORGANISATIONS,
  DEMO_PERSONS,
  DEMO_MEMBERSHIPS,
  DEMO_EVENTS,
  DEMO_CASES,
  DEMO_SOURCES,
  DEMO_CITATIONS,
].flat();

const DATA_TEXT = ['./demo-data.ts', './demo-appeal.ts']
  .map((f) => fs.readFileSync(new URL(f, import.meta.url), 'utf8'))
  .join('\n');

async function auditCount(t: TestDb): Promise<number> {
  const row = await t.handle.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('demo data', () => {
  it('uses valid, distinct record ids', () => {
    const ids = ALL.map((r) => r.id);
    for (const id of ids) assert.ok(IdSchema.safeParse(id).success, `not a ULID: ${id}`);
    assert.ok(
      ids.every((id) => id[0]! <= '7'),
      'a ULID starts with 0-7',
    );
    assert.equal(new Set(ids).size, ids.length);
  });

  it(
    'repeats no wording of the real letter',
    { skip: !corpusPresent() && 'the shared corpus is not beside the project' },
    () => {
      // Names are facts the letter shares with any register; only wording is the letter's own.
      const names = [...DEMO_ORGANISATIONS, ...DEMO_PERSONS].flatMap((r) => r.input.names.map((n) => n.full));
      assertOwnWords(DATA_TEXT, fs.readFileSync(CORPUS_LETTER, 'utf8'), names);
    },
  );
});

for (const dialect of DIALECTS) {
  describe(`vigil demo (${dialect})`, () => {
    let t: TestDb;
    let first: { created: number; unchanged: number };
    before(async () => {
      t = await testDb(dialect);
      first = await loadDemo(testCtx(t));
    });
    after(async () => {
      await t?.cleanup();
    });

    it('creates every demo record on an empty register', () => {
      assert.deepEqual(first, { created: ALL.length + 1, unchanged: 0 });
    });

    it('publishes the 2014 appeal with its occasion, cases, four co-signatories in order and public signing open', async () => {
      const view = await appealView(testCtx(t, ANONYMOUS), 'hollande-kazakhstan-2014', 'ru');
      assert.equal(view.appeal.status, 'published');
      assert.equal(view.appeal.publishedAt, '2014-12-04T00:00:00.000Z');
      assert.ok(signingOpen(view.appeal, new Date()));
      assert.equal(view.occasion?.startDate, '2014-12-05');
      assert.equal(view.occasion?.endDate, '2014-12-06');
      assert.deepEqual(
        view.appeal.addressees.map((a) => a.title),
        ['President of the French Republic'],
      );
      assert.deepEqual(
        view.coSignatories.map((c) => c.name),
        ['Lyudmila Alexeeva', 'Valery Borschev', 'Svetlana Gannushkina', 'Lev Ponomarev'],
      );
      assert.equal(view.text?.lang, 'ru');
      const names = view.annex.entries.map((e) => e.name);
      assert.ok(
        names.includes('Роза Тулетаева') && names.includes('Владимир Козлов') && names.includes('Вадим Курамшин'),
        names.join(', '),
      );
      const months = Object.fromEntries(view.annex.entries.map((e) => [e.name, e.sentence?.months ?? null]));
      assert.deepEqual([months['Роза Тулетаева'], months['Владимир Козлов'], months['Вадим Курамшин']], [60, 90, 144]);
      assert.ok(view.annex.entries.every((e) => !e.updatedSincePublication));
    });

    it('keeps the fixed ids, slugs and timestamps', async () => {
      const p = await getRecord(testCtx(t), personDef, 'roza-tuletayeva');
      assert.equal(p.id, DEMO_ID.tuletayeva);
      assert.equal(p.createdAt, '2014-12-04T00:00:00.000Z');
      assert.equal(p.updatedAt, '2014-12-04T00:00:00.000Z');
    });

    it('stores the four persecuted persons with Latin and Cyrillic names', async () => {
      const expected = {
        [DEMO_ID.tuletayeva]: ['Roza Tuletayeva', 'Роза Тулетаева'],
        [DEMO_ID.kozlov]: ['Vladimir Kozlov', 'Владимир Козлов'],
        [DEMO_ID.kuramshin]: ['Vadim Kuramshin', 'Вадим Курамшин'],
        [DEMO_ID.ablyazov]: ['Mukhtar Ablyazov', 'Мухтар Аблязов'],
      };
      for (const [id, [latin, cyrillic]] of Object.entries(expected)) {
        const p = await getRecord(testCtx(t), personDef, id);
        assert.ok(
          p.names.some((n) => n.full === latin && n.script === 'Latn'),
          `${latin} in Latin script`,
        );
        assert.ok(
          p.names.some((n) => n.full === cyrillic && n.script === 'Cyrl'),
          `${latin} in Cyrillic script`,
        );
      }
    });

    it('lists the Kazakh cases with sentences of 60, 90 and 144 months', async () => {
      const { data } = await listRecords(testCtx(t), caseDef, { country: 'KZ' }, { limit: 50 });
      assert.ok(data.length >= 4, `found ${data.length} cases`);
      const months = data.map((c) => c.sentence?.months);
      for (const m of [60, 90, 144]) assert.ok(months.includes(m), `a sentence of ${m} months`);
    });

    it('records the extradition and the extremist label as the letter describes them', async () => {
      const ablyazov = await getRecord(testCtx(t), caseDef, DEMO_ID.ablyazovCase);
      assert.equal(ablyazov.status, 'extradition_pending');
      assert.equal(ablyazov.sentence, null);
      const decision = ablyazov.acts.find((a) => a.kind === 'extradition_decision');
      assert.equal(decision?.perpetratorId, DEMO_ID.frenchCourt);
      assert.equal(decision?.place.country, 'FR');
      const media = await getRecord(testCtx(t), caseDef, DEMO_ID.mediaCase);
      assert.deepEqual(media.subject, { type: 'organisation', id: DEMO_ID.zhanaozenMedia });
      assert.ok(media.acts.some((a) => a.kind === 'designation_extremist'));
    });

    it('gives the signatories their titles', async () => {
      const expected: [string, string, string][] = [
        [DEMO_ID.alexeeva, DEMO_ID.mhg, 'Head'],
        [DEMO_ID.borschev, DEMO_ID.mhg, 'Member'],
        [DEMO_ID.gannushkina, DEMO_ID.civicAssistance, 'Chair'],
        [DEMO_ID.ponomarev, DEMO_ID.forHumanRights, 'Executive Director'],
        [DEMO_ID.ponomarev, DEMO_ID.solidarityCommittee, 'Coordinator'],
      ];
      for (const [personId, organisationId, role] of expected) {
        const { data } = await listRecords(testCtx(t), membershipDef, { personId }, { limit: 50 });
        assert.ok(
          data.some((m) => m.organisationId === organisationId && m.role === role),
          `${role} of ${organisationId}`,
        );
      }
    });

    it('changes nothing when loaded again', async () => {
      const before = await auditCount(t);
      assert.ok(before >= ALL.length);
      const kozlov = await getRecord(testCtx(t), caseDef, DEMO_ID.kozlovCase);
      const second = await loadDemo(testCtx(t));
      assert.deepEqual(second, { created: 0, unchanged: ALL.length + 1 });
      assert.equal(await auditCount(t), before);
      assert.deepEqual(await getRecord(testCtx(t), caseDef, DEMO_ID.kozlovCase), kozlov);
    });
  });
}
