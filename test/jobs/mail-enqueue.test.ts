// Mail queued inside a write transaction exists exactly when the transaction commits.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { writeTransaction } from '../../src/db/database.ts';
import { listJobs } from '../../src/db/repos/job.repo.ts';
import { generateKeyring } from '../../src/crypto/field-cipher.ts';
import { enqueueMail, MAIL_JOB, openMailPayload } from '../../src/mail/mail-job.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';

for (const dialect of DIALECTS) {
  describe(`enqueueMail (${dialect})`, () => {
    let t: TestDb;
    before(async () => {
      t = await testDb(dialect);
    });
    after(async () => {
      await t.cleanup();
    });

    it('writes a mail job in the caller transaction, and none when it rolls back', async () => {
      const now = new Date('2026-11-27T10:00:00.000Z');
      await writeTransaction(t.handle.db, (trx) =>
        enqueueMail(trx, { to: 'a@example.org', subject: 'S', text: 'T' }, now, t.keyring),
      );
      await assert.rejects(
        writeTransaction(t.handle.db, async (trx) => {
          await enqueueMail(trx, { to: 'b@example.org', subject: 'S', text: 'T' }, now, t.keyring);
          throw new Error('boom');
        }),
      );
      const jobs = await listJobs(t.handle.db, MAIL_JOB);
      assert.equal(jobs.length, 1);
      assert.doesNotMatch(JSON.stringify(jobs[0]!.payload), /example\.org/, 'the address is sealed');
      assert.deepEqual(openMailPayload(t.keyring, jobs[0]!.id, jobs[0]!.payload), {
        to: 'a@example.org',
        subject: 'S',
        text: 'T',
      });
      assert.equal(jobs[0]!.runAt, now.toISOString());
    });

    it('seals the message to its job: another key or another job id does not open it; a clear payload of an older version still reads', async () => {
      const [job] = await listJobs(t.handle.db, MAIL_JOB);
      assert.throws(
        () => openMailPayload(generateKeyring(), job!.id, job!.payload),
        /does not authenticate|not in the key file/,
      );
      assert.throws(() => openMailPayload(t.keyring, `${job!.id}X`, job!.payload), /does not authenticate/);
      assert.deepEqual(openMailPayload(t.keyring, 'OLD', { to: 'c@example.org', subject: 'S', text: 'T' }), {
        to: 'c@example.org',
        subject: 'S',
        text: 'T',
      });
    });
  });
}
