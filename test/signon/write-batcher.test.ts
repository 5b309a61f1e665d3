// Group commit: signings arriving together share one transaction; one that fails does not take the others with it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { batchedWrite } from '../../src/commands/signatures/write-batcher.ts';
import { insertJobs, listJobs } from '../../src/db/repos/job.repo.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';

for (const dialect of DIALECTS) {
  describe(`batched writes (${dialect})`, () => {
    let t: TestDb;
    before(async () => {
      t = await testDb(dialect);
    });
    after(async () => {
      await t.cleanup();
    });

    it('commits every write of a batch, and only the failing one fails', async () => {
      const iso = new Date().toISOString();
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, k) =>
          batchedWrite(t.handle.db, t.keyring, async (trx) => {
            if (k === 7) throw new Error('bad signing');
            await insertJobs(trx, [
              {
                id: `BATCH${String(k).padStart(2, '0')}`,
                kind: 'test.batch',
                payload: { k },
                runAt: iso,
                createdAt: iso,
              },
            ]);
            return [
              {
                at: iso,
                actor: 'system:test',
                action: 'test.batch',
                recordType: 'test',
                recordId: String(k),
                before: null,
                after: { k },
              },
            ];
          }),
        ),
      );
      assert.deepEqual(results.map((r) => r.status).filter((s) => s === 'rejected').length, 1);
      assert.equal((results[7] as PromiseRejectedResult).reason.message, 'bad signing');
      const jobs = await listJobs(t.handle.db, 'test.batch');
      assert.equal(jobs.length, 19);
      const audit = await t.handle.db
        .selectFrom('audit_log')
        .select('record_id')
        .where('action', '=', 'test.batch')
        .execute();
      assert.equal(audit.length, 19, 'each committed write has its audit entry');
    });
  });
}
