import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { after, before, describe, it } from 'node:test';
import { createRecord } from '../../commands/records/create-record.ts';
import { caseDef, personDef } from '../../records/registry.ts';
import { getRecord } from '../../queries/records/get-record.ts';
import type { Case } from '../../domain/case.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../../../test/support/db.ts';
import { buildCase, buildPerson } from '../../../test/support/factories.ts';
import { writeTransaction } from '../database.ts';
import { caseRepo } from '../repos/case.repo.ts';
import { down, up } from './2026_12_05_0200_case_status_history.ts';

for (const dialect of DIALECTS) {
  describe(`case status history migration (${dialect})`, () => {
    let t: TestDb;
    before(async () => {
      t = await testDb(dialect);
    });
    after(async () => {
      await t?.cleanup();
    });

    it('gives each existing clear case its current status, dated at the day it was created, and writes nothing clear for a sealed case', async () => {
      const ctx = testCtx(t);
      const p = await createRecord(ctx, personDef, buildPerson());
      const open = await createRecord(ctx, caseDef, buildCase(p.id, { status: 'in_exile' }), {
        createdAt: '2020-05-06T07:08:09.000Z',
        updatedAt: '2024-01-01T00:00:00.000Z',
      });
      const sealed = await createRecord(
        ctx,
        caseDef,
        buildCase(p.id, { status: 'released', confidentiality: 'restricted' }),
        { createdAt: '2021-02-03T00:00:00.000Z' },
      );
      // Back to the schema before the history, then forward again, as an existing database goes through it.
      const bare = t.handle.db as unknown as Kysely<unknown>; // migrations are written against no schema type
      await down(bare);
      await up(bare);
      const rows = await t.handle.db
        .selectFrom('case_status_history')
        .select(['case_id', 'position', 'status', 'since'])
        .orderBy('case_id')
        .execute();
      assert.deepEqual(rows, [{ case_id: open.id, position: 0, status: 'in_exile', since: '2020-05-06' }]);
      assert.deepEqual(((await getRecord(ctx, caseDef, open.id)) as Case).statusHistory, [
        { status: 'in_exile', since: '2020-05-06' },
      ]);
      // A sealed case keeps its history in its blob, which no migration can reach; one sealed before there was a history
      // (a blob without one) reads as its status since the day it was entered.
      assert.deepEqual(((await getRecord(ctx, caseDef, sealed.id)) as Case).statusHistory, [
        { status: 'released', since: '2021-02-03' },
      ]);
      await writeTransaction(t.handle.db, (trx) =>
        caseRepo.update(trx, { ...(sealed as Case), statusHistory: [] }, ctx.keyring),
      );
      assert.deepEqual(((await getRecord(ctx, caseDef, sealed.id)) as Case).statusHistory, [
        { status: 'released', since: '2021-02-03' },
      ]);
      assert.equal(
        (await t.handle.db.selectFrom('case_status_history').selectAll().where('case_id', '=', sealed.id).execute())
          .length,
        0,
      );
    });
  });
}
