import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DIALECTS, testDb } from '../../../test/support/db.ts';
import { writeTransaction } from '../database.ts';
import { insertRows, insertValues } from './bulk-insert.ts';

const doc = (n: number, extra: Record<string, unknown> = {}) => ({
  doc_id: n,
  record_type: 'person',
  record_id: `p${n}`,
  slug: `s${n}`,
  confidentiality: 'public',
  title: `title ${n}`,
  title_key: `title ${n}`,
  body: `body ${n}`,
  country: n % 2 === 0 ? 'KZ' : null,
  year: null,
  updated_at: '2026-01-01T00:00:00.000Z',
  ...extra,
});

for (const dialect of DIALECTS) {
  describe(`multi-row inserts with reused SQL (${dialect})`, () => {
    it('stores each statement’s own values, also when the shape repeats, and rows Kysely must build itself', async () => {
      const t = await testDb(dialect);
      try {
        await writeTransaction(t.handle.db, async (trx) => {
          await insertValues(trx, 'search_docs', [doc(1), doc(2)]);
          // Same table, columns and row count: the kept SQL text with new values.
          await insertValues(trx, 'search_docs', [doc(3), doc(4)]);
          // Columns in another order, and a row holding undefined (Kysely leaves its column out): Kysely's own path.
          const { title: _t, ...rest } = doc(5);
          await insertValues(trx, 'search_docs', [{ ...rest, title: 'title 5' }]);
          await insertValues(trx, 'search_docs', [doc(6), doc(7, { country: undefined })]);
        });
        const rows = await t.handle.db
          .selectFrom('search_docs')
          .select(['doc_id', 'record_id', 'title', 'country'])
          .orderBy('doc_id')
          .execute();
        assert.deepEqual(
          rows.map((r) => [Number(r.doc_id), r.record_id, r.title, r.country]),
          [1, 2, 3, 4, 5, 6, 7].map((n) => [n, `p${n}`, `title ${n}`, n % 2 === 0 ? 'KZ' : null]),
        );
      } finally {
        await t.cleanup();
      }
    });

    it('fails like Kysely on a bad row, inside the caller’s transaction', async () => {
      const t = await testDb(dialect);
      try {
        await assert.rejects(
          writeTransaction(t.handle.db, async (trx) => {
            await insertValues(trx, 'search_docs', [doc(1), doc(2)]);
            await insertValues(trx, 'search_docs', [doc(3), doc(1)]);
          }),
        );
        const n = await t.handle.db.selectFrom('search_docs').select('doc_id').execute();
        assert.equal(n.length, 0);
      } finally {
        await t.cleanup();
      }
    });

    it('inserts any number of rows, texts exactly as given; on PostgreSQL short values go as arrays', async () => {
      const t = await testDb(dialect);
      const awkward = [
        'a "quoted" word',
        'back\\slash \\"',
        '{braces, commas}',
        'NULL',
        '',
        'line\nbreak',
        'Жаксыбеков 𝔸',
      ];
      const long = `${'x'.repeat(300)} "and" \\ more`;
      try {
        const statements: string[] = [];
        await writeTransaction(t.handle.db, async (trx) => {
          const run = trx.executeQuery.bind(trx);
          trx.executeQuery = ((query: Parameters<typeof run>[0]) => {
            statements.push('compile' in query ? query.compile().sql : query.sql);
            return run(query);
          }) as typeof trx.executeQuery;
          // 5,000 rows: more than one array statement on PostgreSQL, many power-of-two statements on SQLite.
          await insertValues(trx, 'search_docs', [doc(1), doc(2, { title: long, country: null })]);
          const keys = Array.from({ length: 5000 }, (_v, i) => ({
            doc_id: 1 + (i % 2),
            key: `${awkward[i % awkward.length]} ${i}`,
          }));
          await insertRows(trx, 'search_name_keys', keys, 256);
          // A long text takes the statement of separate parameters.
          await insertRows(trx, 'search_docs', [doc(3, { body: long }), doc(4)], 256);
        });
        const keys = await t.handle.db.selectFrom('search_name_keys').select(['doc_id', 'key']).execute();
        assert.equal(keys.length, 5000);
        const stored = new Map(keys.map((k) => [k.key, Number(k.doc_id)]));
        for (let i = 0; i < 5000; i++) assert.equal(stored.get(`${awkward[i % awkward.length]} ${i}`), 1 + (i % 2));
        const docs = await t.handle.db
          .selectFrom('search_docs')
          .select(['doc_id', 'title', 'body', 'country'])
          .orderBy('doc_id')
          .execute();
        assert.deepEqual(
          docs.map((d) => [Number(d.doc_id), d.title, d.body, d.country]),
          [
            [1, 'title 1', 'body 1', null],
            [2, long, 'body 2', null],
            [3, 'title 3', long, null],
            [4, 'title 4', 'body 4', 'KZ'],
          ],
        );
        const arrays = statements.filter((sql) => sql.includes('unnest('));
        if (dialect === 'postgres') {
          assert.equal(arrays.length, 2);
          assert.ok(arrays.every((sql) => sql.startsWith('insert into "search_name_keys"')));
        } else assert.equal(arrays.length, 0);
      } finally {
        await t.cleanup();
      }
    });
  });
}
