import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { Ctx } from '../../context.ts';
import { createRecord } from '../../commands/records/create-record.ts';
import { caseDef, organisationDef, personDef } from '../../records/registry.ts';
import { ANONYMOUS } from '../../context.ts';
import { CSV_COLUMNS, exportCsv } from './export-csv.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../../../test/support/db.ts';
import { buildCase, buildOrganisation, buildPerson } from '../../../test/support/factories.ts';

/** Runs a CSV export into memory and parses it back, header row included. */
async function csv(ctx: Ctx, type: 'cases' | 'persons'): Promise<string[][]> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportCsv(ctx, type, out);
  out.end();
  return parse(Buffer.concat(chunks).toString('utf8')) as string[][];
}

for (const dialect of DIALECTS) {
  describe(`CSV export (${dialect})`, () => {
    let t: TestDb;
    let ctx: Ctx;
    before(async () => {
      t = await testDb(dialect);
      ctx = testCtx(t);
    });
    after(async () => {
      await t?.cleanup();
    });

    it('has a header even when empty', async () => {
      assert.deepEqual(await csv(ctx, 'cases'), [[...CSV_COLUMNS.cases]]);
    });

    it('writes cases with subject names, sentence months and text, lists and neutralised formulas', async () => {
      const person = await createRecord(
        ctx,
        personDef,
        buildPerson({
          names: [
            { full: 'Роза Тулетаева', kind: 'primary' },
            { full: 'Roza Tuletayeva', kind: 'transliteration' },
          ],
        }),
      );
      const org = await createRecord(
        ctx,
        organisationDef,
        buildOrganisation({ names: [{ full: '=HYPERLINK("http://evil")', kind: 'primary' }] }),
      );
      const first = await createRecord(
        ctx,
        caseDef,
        buildCase(person.id, {
          title: '=1+2',
          sentence: { kind: 'prison', years: 7.5 },
          acts: [{ kind: 'arrest' }, { kind: 'torture' }],
          charges: [{ law: 'Criminal Code', article: '174' }, { text: '@SUM(A1)' }],
        }),
      );
      await createRecord(
        ctx,
        caseDef,
        buildCase(org.id, {
          title: 'Party banned',
          subject: { type: 'organisation', id: org.id },
          sentence: null,
          acts: [],
        }),
      );
      await createRecord(
        ctx,
        caseDef,
        buildCase(person.id, { title: 'Restricted one', confidentiality: 'restricted' }),
      );

      const [header, ...rows] = await csv(ctx, 'cases');
      assert.deepEqual(header, [...CSV_COLUMNS.cases]);
      assert.equal(rows.length, 3);
      const byTitle = new Map(
        rows.map((r) => [r[header!.indexOf('title')], Object.fromEntries(header!.map((h, i) => [h, r[i]]))]),
      );
      const row = byTitle.get("'=1+2")!;
      assert.ok(row, 'the formula title is prefixed with an apostrophe');
      assert.equal(row.id, first.id);
      assert.equal(row.subject_name, 'Роза Тулетаева');
      assert.equal(row.sentence_months, '90');
      assert.equal(row.sentence_text, '7 years 6 months');
      assert.equal(row.act_kinds, 'arrest; torture');
      assert.equal(
        row.charges,
        'Criminal Code 174; @SUM(A1)',
        'only a cell that starts with a formula character is prefixed',
      );
      const banned = byTitle.get('Party banned')!;
      assert.equal(banned.subject_name, `'=HYPERLINK("http://evil")`);
      assert.equal(banned.sentence_months, '');

      const publicRows = (await csv(testCtx(t, ANONYMOUS), 'cases')).slice(1);
      assert.deepEqual(publicRows.map((r) => r[header!.indexOf('title')]).sort(), ["'=1+2", 'Party banned']);
    });

    it('writes persons with their other names and roles', async () => {
      const [header, ...rows] = await csv(ctx, 'persons');
      assert.deepEqual(header, [...CSV_COLUMNS.persons]);
      assert.deepEqual(
        rows.map((r) => [r[2], r[3], r[10]]),
        [['Роза Тулетаева', 'Roza Tuletayeva', 'activist']],
      );
    });
  });
}
