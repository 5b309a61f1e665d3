// Mail queued inside a write transaction exists exactly when the transaction commits.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { writeTransaction } from '../../src/db/database.ts';
import { listJobs, sealedJobAad } from '../../src/db/repos/job.repo.ts';
import { generateKeyring } from '../../src/crypto/field-cipher.ts';
import { enqueueMail, MAIL_JOB, openMailPayload } from '../../src/mail/mail-job.ts';
import { alreadySignedMail, confirmationMail } from '../../src/mail/templates/signature.ts';
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

    it("queues a signer's message by name with its values, sealed and small, and renders it when opened", async () => {
      const now = new Date('2026-11-27T11:00:00.000Z');
      const link = 'https://vigil.example/appeals/a/confirm/TOKEN123';
      await writeTransaction(t.handle.db, async (trx) => {
        await enqueueMail(
          trx,
          { template: 'signature.confirm', locale: 'fr', to: 'd@example.org', appealTitle: 'Free them', link },
          now,
          t.keyring,
        );
        await enqueueMail(
          trx,
          { template: 'signature.already', locale: 'kk', to: 'e@example.org', appealTitle: 'Free them' },
          now,
          t.keyring,
        );
      });
      const jobs = (await listJobs(t.handle.db, MAIL_JOB)).filter((j) => j.runAt === now.toISOString());
      assert.equal(jobs.length, 2);
      const opened = jobs.map((j) => openMailPayload(t.keyring, j.id, j.payload));
      const expected = [
        confirmationMail('fr', 'd@example.org', 'Free them', link),
        alreadySignedMail('kk', 'e@example.org', 'Free them'),
      ];
      for (const mail of expected) assert.ok(opened.some((o) => JSON.stringify(o) === JSON.stringify(mail)));
      for (const j of jobs) {
        const stored = JSON.stringify(j.payload);
        assert.doesNotMatch(stored, /example\.org|TOKEN123/, 'neither address nor link in clear');
        // The rendered message (text and HTML) would be several times longer.
        assert.ok(stored.length < 600, `${stored.length} characters stored`);
      }
    });

    it('refuses a template mail with a value missing or of another kind', async () => {
      const seal = (value: object): { sealed: string } => ({
        sealed: t.keyring.encrypt(JSON.stringify(value), sealedJobAad('BAD')),
      });
      const base = { template: 'signature.confirm', locale: 'en', to: 'f@example.org', appealTitle: 'T' };
      assert.throws(() => openMailPayload(t.keyring, 'BAD', seal(base)), /link/);
      assert.throws(() => openMailPayload(t.keyring, 'BAD', seal({ ...base, link: 'x', locale: 'xx' })), /locale/);
      assert.throws(() => openMailPayload(t.keyring, 'BAD', seal({ ...base, link: 'x', template: 'other' })));
    });
  });
}
