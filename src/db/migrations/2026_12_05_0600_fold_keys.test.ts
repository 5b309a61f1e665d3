import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { createRecord } from '../../commands/records/create-record.ts';
import { eventDef, organisationDef, personDef } from '../../records/registry.ts';
import { listRecords } from '../../queries/records/list-records.ts';
import { foldText } from '../../text/fold.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../../../test/support/db.ts';
import { buildEvent, buildOrganisation, buildPerson } from '../../../test/support/factories.ts';
import { rekeyFoldedColumns, up } from './2026_12_05_0600_fold_keys.ts';

for (const dialect of DIALECTS) {
  describe(`fold keys migration (${dialect})`, () => {
    let t: TestDb;
    before(async () => {
      t = await testDb(dialect);
    });
    after(async () => {
      await t?.cleanup();
    });

    it('re-keys names and titles stored with the earlier folding, so Russified spellings find Kazakh ones', async () => {
      const ctx = testCtx(t);
      const db = t.handle.db;
      const p = await createRecord(
        ctx,
        personDef,
        buildPerson({ names: [{ full: 'Қайратұлы Ержан', kind: 'primary', lang: 'kk' }] }),
      );
      await createRecord(ctx, organisationDef, buildOrganisation({ names: [{ full: 'Әділет', kind: 'primary' }] }));
      const e = await createRecord(ctx, eventDef, buildEvent({ title: 'Жаңаөзен strike' }));
      // Keys as the earlier folding wrote them: Kazakh letters kept.
      await db
        .updateTable('person_names')
        .set({ search_key: 'қаиратұлы ержан' })
        .where('person_id', '=', p.id)
        .execute();
      await db.updateTable('organisation_names').set({ search_key: 'әділет' }).execute();
      await db.updateTable('events').set({ title_key: 'жаңаөзен strike' }).where('id', '=', e.id).execute();
      assert.equal(
        (await listRecords(ctx, personDef, { q: 'Кайратулы' }, { limit: 10 })).data.length,
        0,
        'stale keys miss',
      );

      await up(db as unknown as Kysely<unknown>); // migrations are written against no schema type
      assert.deepEqual(
        (await db.selectFrom('person_names').select('search_key').where('person_id', '=', p.id).execute()).map(
          (r) => r.search_key,
        ),
        ['каиратулы ержан'],
      );
      assert.deepEqual(
        (await db.selectFrom('organisation_names').select('search_key').execute()).map((r) => r.search_key),
        ['адилет'],
      );
      assert.equal(
        (await db.selectFrom('events').select('title_key').where('id', '=', e.id).executeTakeFirstOrThrow()).title_key,
        foldText('Жаңаөзен strike'),
      );
      assert.deepEqual(
        (await listRecords(ctx, personDef, { q: 'Кайратулы' }, { limit: 10 })).data.map((r) => r.id),
        [p.id],
      );
      assert.equal((await listRecords(ctx, eventDef, { q: 'Жанаозен' }, { limit: 10 })).data.length, 1);
      // Run again, nothing is left to change.
      assert.equal(await rekeyFoldedColumns(db as unknown as Kysely<unknown>), 0);
    });

    it('reaches every row of a table longer than one page, keyed on two columns', async () => {
      const ctx = testCtx(t);
      const db = t.handle.db;
      const p = await createRecord(ctx, personDef, buildPerson({ names: [{ full: 'Ержан Бек', kind: 'primary' }] }));
      const rows = Array.from({ length: 2300 }, (_, i) => ({
        person_id: p.id,
        position: i + 1,
        full_name: `Әлі ${i}`,
      }));
      const template = await db
        .selectFrom('person_names')
        .selectAll()
        .where('person_id', '=', p.id)
        .executeTakeFirstOrThrow();
      for (let i = 0; i < rows.length; i += 200) {
        await db
          .insertInto('person_names')
          .values(rows.slice(i, i + 200).map((r) => ({ ...template, ...r, search_key: 'stale' })))
          .execute();
      }
      assert.equal(await rekeyFoldedColumns(db as unknown as Kysely<unknown>), 2300);
      const stale = await db.selectFrom('person_names').select('position').where('search_key', '=', 'stale').execute();
      assert.deepEqual(stale, []);
    });
  });
}
