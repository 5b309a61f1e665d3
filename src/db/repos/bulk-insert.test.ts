import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DIALECTS, testDb } from '../../../test/support/db.ts';
import { writeTransaction } from '../database.ts';
import { insertValues } from './bulk-insert.ts';

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
  });
}
