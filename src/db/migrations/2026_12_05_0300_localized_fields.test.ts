import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { after, before, describe, it } from 'node:test';
import { createRecord } from '../../commands/records/create-record.ts';
import { caseDef, eventDef, personDef } from '../../records/registry.ts';
import { getRecord } from '../../queries/records/get-record.ts';
import type { Case } from '../../domain/case.ts';
import type { Event } from '../../domain/event.ts';
import { allValues } from '../../domain/localized.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../../../test/support/db.ts';
import { buildCase, buildEvent, buildPerson } from '../../../test/support/factories.ts';
import { down, up } from './2026_12_05_0300_localized_fields.ts';

for (const dialect of DIALECTS) {
  describe(`localized fields migration (${dialect})`, () => {
    let t: TestDb;
    before(async () => {
      t = await testDb(dialect);
    });
    after(async () => {
      await t?.cleanup();
    });

    it('turns every plain value into the value of the record language, losslessly', async () => {
      const ctx = testCtx(t);
      const p = await createRecord(ctx, personDef, buildPerson());
      const ru = await createRecord(
        ctx,
        caseDef,
        buildCase(p.id, {
          title: 'Дело Козлова',
          summary: 'Осуждён на 7,5 лет',
          charges: [{ article: '164', text: 'Разжигание розни' }],
        }),
      );
      const kk = await createRecord(ctx, eventDef, buildEvent({ title: 'Жаңаөзен оқиғасы', description: 'Ереуіл' }));
      const en = await createRecord(ctx, eventDef, buildEvent({ title: 'Strike dispersal', description: 'Gunfire' }));
      // Back to the schema before languages, then forward again, as an existing database goes through it.
      const bare = t.handle.db as unknown as Kysely<unknown>; // migrations are written against no schema type
      await down(bare);
      await up(bare);
      const c = (await getRecord(ctx, caseDef, ru.id)) as Case;
      assert.equal(c.lang, 'ru');
      assert.deepEqual(allValues(c.title, c.lang, c.translations.title), { ru: 'Дело Козлова' });
      assert.deepEqual(allValues(c.summary, c.lang, c.translations.summary), { ru: 'Осуждён на 7,5 лет' });
      assert.deepEqual(c.charges, [{ law: null, article: '164', text: 'Разжигание розни', translations: {} }]);
      const e = (await getRecord(ctx, eventDef, kk.id)) as Event;
      assert.equal(e.lang, 'kk');
      assert.deepEqual(allValues(e.title, e.lang, e.translations.title), { kk: 'Жаңаөзен оқиғасы' });
      const e2 = (await getRecord(ctx, eventDef, en.id)) as Event;
      assert.deepEqual([e2.lang, e2.title, e2.description, e2.translations], ['en', 'Strike dispersal', 'Gunfire', {}]);
    });
  });
}
