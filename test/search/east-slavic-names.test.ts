// Belarusian and Ukrainian forms of a name in the search and the duplicate finder, on a real database of each dialect:
// a Russian or Latin query finds the Belarusian or Ukrainian form and the reverse, the duplicate finder pairs them
// and keeps a namesake with another father apart, and `vigil search reindex` (rebuildIndex) brings a document indexed
// with the earlier keys up to date. Made-up names.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createRecord } from '../../src/commands/records/create-record.ts';
import { rebuildIndex } from '../../src/commands/search/index-record.ts';
import { writeTransaction } from '../../src/db/database.ts';
import { personDef } from '../../src/records/registry.ts';
import type { Ctx } from '../../src/context.ts';
import { findDuplicates } from '../../src/queries/duplicates/find-duplicates.ts';
import { search, SearchInputSchema } from '../../src/queries/search/search.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildPerson } from '../support/factories.ts';

for (const dialect of DIALECTS) {
  describe(`Belarusian and Ukrainian name forms (${dialect})`, () => {
    let t: TestDb;
    let ctx: Ctx;
    const ids = new Map<string, string>();
    const found = async (q: string) =>
      (await search(ctx, SearchInputSchema.parse({ q, type: 'person', limit: 5 }))).hits.map((h) => h.slug);

    before(async () => {
      t = await testDb(dialect);
      ctx = testCtx(t);
      const p = async (slug: string, full: string) =>
        ids.set(slug, (await createRecord(ctx, personDef, { ...buildPerson({ names: [{ full }] }), slug })).id);
      await p('ageeu', 'Аляксандр Віктаравіч Агееў');
      await p('bazanau', 'Уладзімір Базанаў');
      await p('sciacko', 'Аляксандр Мікалаевіч Сцяцко');
      await p('bohdanovych', 'Богданович Олександр Вікторович');
      await p('ageev', 'Агеев Александр Викторович');
      await p('volkau', 'Міхаіл Мікалаевіч Волкаў');
      await p('volkov-m', 'Волков Михаил Михайлович');
    });
    after(async () => {
      await t?.cleanup();
    });

    it('finds the Belarusian and Ukrainian forms by Russian and Latin ones, first', async () => {
      assert.equal((await found('Базанов Владимир'))[0], 'bazanau');
      assert.equal((await found('BAZANOV VLADIMIR'))[0], 'bazanau');
      assert.equal((await found('Стецко Александр'))[0], 'sciacko');
      assert.equal((await found('STETSKO ALEKSANDR'))[0], 'sciacko');
      assert.equal((await found('Богданович Александр'))[0], 'bohdanovych');
    });

    it('finds the Russian form by the Belarusian one', async () => {
      assert.ok((await found('Аляксандр Агееў')).includes('ageev'));
      assert.ok((await found('Uladzimir Bazanau')).includes('bazanau'));
    });

    it('pairs the Belarusian and Russian forms as duplicates, and not namesakes with another father', async () => {
      const pairs = (await findDuplicates(ctx)).map((p) => [p.a.id, p.b.id].sort().join(' '));
      assert.ok(pairs.includes([ids.get('ageeu'), ids.get('ageev')].sort().join(' ')), 'Агееў / Агеев');
      assert.ok(!pairs.includes([ids.get('volkau'), ids.get('volkov-m')].sort().join(' ')), 'other fathers');
    });

    it('reindexing gives a document indexed with the earlier keys the new ones', async () => {
      const db = t.handle.db;
      const doc = await db
        .selectFrom('search_docs')
        .select('doc_id')
        .where('record_id', '=', ids.get('bazanau')!)
        .executeTakeFirstOrThrow();
      // Keys as an earlier version wrote them (ў as u, дз as dz, no Russian reading): the skeletons alone.
      await db.deleteFrom('search_name_keys').where('doc_id', '=', doc.doc_id).execute();
      await db
        .insertInto('search_name_keys')
        .values(['uladzimir', 'bazanau'].map((key) => ({ doc_id: doc.doc_id, key })))
        .execute();
      assert.ok(!(await found('Базанов Владимир')).includes('bazanau'), 'stale keys miss');
      await writeTransaction(db, (trx) => rebuildIndex(trx));
      assert.equal((await found('Базанов Владимир'))[0], 'bazanau');
    });
  });
}
