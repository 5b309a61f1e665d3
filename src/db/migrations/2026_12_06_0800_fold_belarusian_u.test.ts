import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { createRecord } from '../../commands/records/create-record.ts';
import { personDef } from '../../records/registry.ts';
import { listRecords } from '../../queries/records/list-records.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../../../test/support/db.ts';
import { buildPerson } from '../../../test/support/factories.ts';
import { up } from './2026_12_06_0800_fold_belarusian_u.ts';

for (const dialect of DIALECTS) {
  describe(`Belarusian ў fold migration (${dialect})`, () => {
    let t: TestDb;
    before(async () => {
      t = await testDb(dialect);
    });
    after(async () => {
      await t?.cleanup();
    });

    it('re-keys names stored with ў as у, so the Russian spelling finds them in the lists', async () => {
      const ctx = testCtx(t);
      const db = t.handle.db;
      const p = await createRecord(
        ctx,
        personDef,
        buildPerson({ names: [{ full: 'Агееў Аляксандр', kind: 'primary', lang: 'be' }] }),
      );
      // The key as the earlier folding wrote it.
      await db
        .updateTable('person_names')
        .set({ search_key: 'агееу аляксандр' })
        .where('person_id', '=', p.id)
        .execute();
      assert.equal((await listRecords(ctx, personDef, { q: 'Агеев' }, { limit: 10 })).data.length, 0, 'stale key');
      await up(db as unknown as Kysely<unknown>); // migrations are written against no schema type
      assert.deepEqual(
        (await listRecords(ctx, personDef, { q: 'Агеев' }, { limit: 10 })).data.map((r) => r.id),
        [p.id],
      );
      assert.deepEqual(
        (await listRecords(ctx, personDef, { q: 'Агееў' }, { limit: 10 })).data.map((r) => r.id),
        [p.id],
      );
    });
  });
}
