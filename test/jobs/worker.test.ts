// The job worker: retries with exponential back-off, gives up after max attempts, takes over the jobs of a worker that
// died once their lock expires, never runs a job twice when several workers poll at once, and empties sent mail payloads.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Config } from '../../src/config.ts';
import type { Ctx } from '../../src/context.ts';
import { writeTransaction } from '../../src/db/database.ts';
import { claimDueJobs, completeJob, findJob, listJobs } from '../../src/db/repos/job.repo.ts';
import { enqueueMail, MAIL_JOB } from '../../src/mail/mail-job.ts';
import { backoffMs, runDueJobs } from '../../src/jobs/worker.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';

for (const dialect of DIALECTS) {
  describe(`job worker (${dialect})`, () => {
    let t: TestDb;
    let clock = Date.parse('2026-11-27T12:00:00.000Z');
    const now = () => new Date(clock);
    const ctxWith = (config: Config): Ctx => ({ ...testCtx(t, { kind: 'system', name: 'worker' }, now), config });
    let outboxCtx: Ctx;
    let brokenSmtpCtx: Ctx;
    before(async () => {
      t = await testDb(dialect);
      const signon = { ...t.config.signon, retryBaseMs: 10_000, lockMs: 60_000 };
      outboxCtx = ctxWith({ ...t.config, signon });
      // Nothing listens on port 1: every SMTP attempt fails at once.
      brokenSmtpCtx = ctxWith({ ...t.config, signon, smtp: { host: '127.0.0.1', port: 1 } });
    });
    after(async () => {
      await t.cleanup();
    });

    const enqueue = (to: string) =>
      writeTransaction(t.handle.db, (trx) => enqueueMail(trx, { to, subject: 'Test', text: 'Body' }, now(), t.keyring));
    const mailJobs = () => listJobs(t.handle.db, MAIL_JOB);
    const outboxFiles = () => (fs.existsSync(t.config.outboxDir) ? fs.readdirSync(t.config.outboxDir).length : 0);

    it('doubles the delay after each failure, up to a cap', () => {
      assert.deepEqual(
        [1, 2, 3, 4].map((n) => backoffMs(n, 1000)),
        [1000, 2000, 4000, 8000],
      );
      assert.equal(backoffMs(30, 1000), 3600_000);
    });

    it('retries a failing mail with back-off, then sends it once the transport works', async () => {
      await enqueue('retry@example.org');
      const [job] = await mailJobs();
      assert.equal(await runDueJobs(brokenSmtpCtx, { workerId: 'w1' }), 1);
      let j = (await findJob(t.handle.db, job!.id))!;
      assert.equal(j.attempts, 1);
      assert.ok(j.lastError && !j.lastError.includes('retry@example.org'), 'the error is kept, without the address');
      assert.equal(j.runAt, new Date(clock + 10_000).toISOString());
      assert.equal(await runDueJobs(brokenSmtpCtx, { workerId: 'w1' }), 0, 'not due before its back-off');
      clock += 10_000;
      assert.equal(await runDueJobs(brokenSmtpCtx, { workerId: 'w1' }), 1);
      j = (await findJob(t.handle.db, job!.id))!;
      assert.equal(j.attempts, 2);
      assert.equal(j.runAt, new Date(clock + 20_000).toISOString(), 'the second delay is twice the first');
      clock += 20_000;
      const before = outboxFiles();
      assert.equal(await runDueJobs(outboxCtx, { workerId: 'w1' }), 1);
      j = (await findJob(t.handle.db, job!.id))!;
      assert.ok(j.doneAt);
      assert.equal(j.attempts, 3);
      assert.deepEqual(j.payload, {}, 'a sent message leaves no address or link behind');
      assert.equal(outboxFiles(), before + 1);
    });

    it('fails a job for good after its last attempt', async () => {
      const id = 'GIVEUP';
      await t.handle.db
        .insertInto('jobs')
        .values({
          id,
          kind: MAIL_JOB,
          payload: JSON.stringify({ to: 'x@example.org', subject: 's', text: 't' }),
          unique_key: null,
          run_at: now().toISOString(),
          attempts: 0,
          max_attempts: 2,
          locked_until: null,
          locked_by: null,
          last_error: null,
          created_at: now().toISOString(),
          done_at: null,
          failed_at: null,
        })
        .execute();
      await runDueJobs(brokenSmtpCtx, { workerId: 'w1' });
      clock += 10_000;
      await runDueJobs(brokenSmtpCtx, { workerId: 'w1' });
      const j = (await findJob(t.handle.db, id))!;
      assert.ok(j.failedAt, 'failed after two attempts');
      assert.equal(j.attempts, 2);
      clock += 3600_000;
      assert.equal(await runDueJobs(outboxCtx, { workerId: 'w1' }), 0, 'a failed job is not run again');
    });

    it('picks up a job whose worker crashed once its lock expires (survives a restart)', async () => {
      await enqueue('crash@example.org');
      const job = (await mailJobs()).find((j) => j.doneAt === null && j.failedAt === null)!;
      // Worker "dead" claims the job and never finishes it, as if the process had been killed.
      const claimed = await claimDueJobs(t.handle.db, {
        workerId: 'dead',
        nowIso: now().toISOString(),
        lockUntil: new Date(clock + 60_000).toISOString(),
        limit: 10,
      });
      assert.deepEqual(
        claimed.map((j) => j.id),
        [job.id],
      );
      assert.equal(await runDueJobs(outboxCtx, { workerId: 'alive' }), 0, 'locked while the lock holds');
      clock += 60_001;
      const before = outboxFiles();
      assert.equal(await runDueJobs(outboxCtx, { workerId: 'alive' }), 1, 'taken over after the lock expired');
      assert.equal(outboxFiles(), before + 1);
      assert.equal(
        await completeJob(t.handle.db, job.id, 'dead', now().toISOString()),
        false,
        'the dead worker cannot finish it any more',
      );
      assert.ok((await findJob(t.handle.db, job.id))!.doneAt);
    });

    it('runs each job exactly once while four workers poll at the same time', async () => {
      for (let k = 0; k < 40; k++) await enqueue(`many${k}@example.org`);
      const before = outboxFiles();
      const loop = async (workerId: string) => {
        let ran = 0;
        for (
          let n = await runDueJobs(outboxCtx, { workerId, limit: 3 });
          n > 0;
          n = await runDueJobs(outboxCtx, { workerId, limit: 3 })
        )
          ran += n;
        return ran;
      };
      const ran = await Promise.all(['a', 'b', 'c', 'd'].map(loop));
      assert.equal(
        ran.reduce((x, y) => x + y, 0),
        40,
      );
      assert.equal(outboxFiles(), before + 40);
      const open = (await mailJobs()).filter((j) => j.doneAt === null && j.failedAt === null);
      assert.equal(open.length, 0);
    });
  });
}
