import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { after, before, describe, it } from 'node:test';
import { createRecord } from '../../commands/records/create-record.ts';
import { ANONYMOUS, type Ctx } from '../../context.ts';
import type { CaseFilter } from '../../domain/filters.ts';
import { listRecords } from '../../queries/records/list-records.ts';
import { caseDef, personDef } from '../../records/registry.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../../../test/support/db.ts';
import { buildCase, buildPerson } from '../../../test/support/factories.ts';
import { filteredCases } from '../repos/case.repo.ts';
import { visiblePage } from '../repos/shared.ts';
import { down, up } from './2026_12_06_0700_case_list_indexes.ts';

for (const dialect of DIALECTS) {
  describe(`case list indexes migration (${dialect})`, () => {
    let t: TestDb;
    let pub: Ctx;
    const expected = { KZ: [] as string[], serving_sentence: [] as string[] };

    /** Every page of a filtered list as the public reads it, two cases a page. */
    const listed = async (filter: CaseFilter): Promise<string[]> => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listRecords(pub, caseDef, filter, { limit: 2, ...(cursor ? { cursor } : {}) });
        ids.push(...page.data.map((c) => c.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return ids;
    };

    before(async () => {
      t = await testDb(dialect);
      const ctx = testCtx(t);
      pub = { ...ctx, actor: ANONYMOUS };
      const p = await createRecord(ctx, personDef, buildPerson());
      const shapes = [
        ['KZ', 'serving_sentence', 'public'],
        ['RU', 'serving_sentence', 'public'],
        ['KZ', 'released', 'public'],
        ['KZ', 'serving_sentence', 'internal'],
        ['BY', 'in_exile', 'public'],
      ] as const;
      for (let i = 0; i < 15; i++) {
        const [country, status, confidentiality] = shapes[i % shapes.length]!;
        const c = await createRecord(ctx, caseDef, buildCase(p.id, { country, status, confidentiality }));
        if (confidentiality !== 'public') continue;
        if (country === 'KZ') expected.KZ.push(c.id);
        if (status === 'serving_sentence') expected.serving_sentence.push(c.id);
      }
      expected.KZ.sort();
      expected.serving_sentence.sort();
    });
    after(async () => {
      await t?.cleanup();
    });

    it('lists the same cases in the same order, page by page, before and after', async () => {
      assert.deepEqual(await listed({ country: 'KZ' }), expected.KZ);
      assert.deepEqual(await listed({ status: 'serving_sentence' }), expected.serving_sentence);
      const bare = t.handle.db as unknown as Kysely<unknown>; // migrations are written against no schema type
      await down(bare);
      assert.deepEqual(await listed({ country: 'KZ' }), expected.KZ);
      assert.deepEqual(await listed({ status: 'serving_sentence' }), expected.serving_sentence);
      await up(bare);
      assert.deepEqual(await listed({ country: 'KZ' }), expected.KZ);
      assert.deepEqual(await listed({ status: 'serving_sentence' }), expected.serving_sentence);
    });

    it('gives each filter an index on (column, id) in place of the single-column one', async () => {
      const { rows } = await sql<{ name: string }>`${
        dialect === 'postgres'
          ? sql`select indexname as name from pg_indexes where schemaname = current_schema() and tablename = 'cases'`
          : sql`select name from sqlite_master where type = 'index' and tbl_name = 'cases'`
      }`.execute(t.handle.db);
      const names = rows.map((r) => r.name);
      for (const col of ['country', 'status']) {
        assert.ok(names.includes(`cases_${col}_id`), `cases_${col}_id in ${names.join(', ')}`);
        assert.ok(!names.includes(`cases_${col}`));
      }
    });

    if (dialect === 'sqlite')
      it('reads a filtered page in id order from the index, without sorting the matching cases', () => {
        for (const filter of [{ country: 'KZ' }, { status: 'serving_sentence' }] as CaseFilter[]) {
          const q = visiblePage(
            filteredCases(t.handle.db, filter, ['public']).selectAll('cases'),
            'cases',
            ['public'],
            {
              limit: 51,
            },
          ).compile();
          const plan = (
            t.handle.rawSqlite!.prepare(`explain query plan ${q.sql}`).all(...q.parameters) as { detail: string }[]
          )
            .map((r) => r.detail)
            .join('; ');
          assert.match(plan, /USING INDEX cases_(country|status)_id/);
          assert.doesNotMatch(plan, /TEMP B-TREE/);
        }
      });
  });
}
