// Statements compiled once: each run takes its own values, on both dialects, and a builder that would not bind a value
// as a parameter is refused instead of running wrong SQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { DIALECTS, testDb, type TestDb } from '../../test/support/db.ts';
import { prepared, preparedRows } from './prepared.ts';

interface DenyRow {
  id: string;
  kind: string;
  value: string;
  note: string | null;
}

const insertRules = preparedRows<DenyRow>(
  (db, rows) =>
    db.insertInto('deny_rules').values(
      rows.map((p) => ({
        id: p.id,
        kind: p.kind,
        value: p.value,
        note: p.note,
        created_at: '2026-12-05T00:00:00.000Z',
        created_by: 'system:test',
      })),
    ),
  4,
);
const ruleById = prepared<{ id: string }, { value: string; note: string | null }>((db, p) =>
  db.selectFrom('deny_rules').select(['value', 'note']).where('id', '=', p.id),
);
const rulesOfKind = prepared<{ kind: string }, { id: string }>((db, p) =>
  db.selectFrom('deny_rules').select('id').where('kind', '=', p.kind).orderBy('id'),
);

for (const dialect of DIALECTS) {
  describe(`prepared statements (${dialect})`, () => {
    let t: TestDb;
    before(async () => {
      t = await testDb(dialect);
    });
    after(async () => {
      await t.cleanup();
    });

    it('runs one compiled statement with each call’s values, in and out of transactions', async () => {
      const rows = Array.from({ length: 11 }, (_, i) => ({
        id: `R${String(i).padStart(2, '0')}`,
        kind: i % 2 === 0 ? 'domain' : 'ip',
        value: `v${i}`,
        note: i === 3 ? null : `note ${i}`,
      }));
      // 11 rows in slices of at most 4: three row counts, each compiled once.
      await t.handle.db.transaction().execute((trx) => insertRules.run(trx, rows));
      for (const r of rows)
        assert.deepEqual(await ruleById.first(t.handle.db, { id: r.id }), { value: r.value, note: r.note });
      assert.equal(await ruleById.first(t.handle.db, { id: 'missing' }), undefined);
      const domains = (await rulesOfKind.run(t.handle.db, { kind: 'domain' })).rows.map((r) => r.id);
      assert.deepEqual(domains, ['R00', 'R02', 'R04', 'R06', 'R08', 'R10']);
      assert.equal((await rulesOfKind.run(t.handle.db, { kind: 'ip' })).rows.length, 5);
      await insertRules.run(t.handle.db, []);
    });

    it('refuses a run without one of its values, and a placeholder the builder put into the SQL text', async () => {
      await assert.rejects(
        ruleById.run(t.handle.db, {} as { id: string }),
        /no value for the statement's parameter "id"/,
      );
      const inText = prepared<{ id: string }, { id: string }>((db, p) =>
        db
          .selectFrom('deny_rules')
          .select('id')
          .where(sql.raw<boolean>(`id = '${String(p.id)}'`)),
      );
      await assert.rejects(inText.run(t.handle.db, { id: 'R00' }), /placeholder ended up in the SQL text/);
    });
  });
}
