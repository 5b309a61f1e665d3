// One signature per address and appeal, whatever the concurrency; and no way to tell from the answer whether an address
// had signed before (or is denied): new, repeated and denied signings get byte-identical answers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { LightMyRequestResponse } from 'fastify';
import { addDenyRule } from '../../src/commands/signatures/deny-rules.ts';
import { listJobs } from '../../src/db/repos/job.repo.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { insertAppeal, signonApp } from './helpers.ts';

/** What a caller sees of an answer: status, body, and headers other than the date and the request's own timing. */
function visible(res: LightMyRequestResponse): string {
  const { date: _date, ...headers } = res.headers;
  return JSON.stringify({ status: res.statusCode, headers, body: res.body });
}

for (const dialect of DIALECTS) {
  describe(`concurrent and repeated signings (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    before(async () => {
      t = await testDb(dialect);
      app = await signonApp(t);
    });
    after(async () => {
      await app.close();
      await t.cleanup();
    });

    const sign = (slug: string, email: string, name = 'Signer') =>
      app.inject({
        method: 'POST',
        url: `/api/v1/appeals/${slug}/signatures`,
        payload: { name, country: 'FR', email },
      });
    const rows = async (appealId: string) =>
      t.handle.db.selectFrom('signatures').select(['id', 'status']).where('appeal_id', '=', appealId).execute();

    it('100 concurrent signings with one address (written differently) make exactly one signature', async () => {
      const appeal = await insertAppeal(t);
      const forms = [
        'Same.Person@gmail.com',
        'sameperson@googlemail.com',
        'same.person+x@gmail.com',
        'SAMEPERSON@GMAIL.COM',
      ];
      const answers = await Promise.all(
        Array.from({ length: 100 }, (_, k) => sign(appeal.slug, forms[k % forms.length]!)),
      );
      assert.deepEqual([...new Set(answers.map((r) => r.statusCode))], [202]);
      assert.equal((await rows(appeal.id)).length, 1);
    });

    it('100 concurrent signings with distinct addresses make exactly 100 signatures', async () => {
      const appeal = await insertAppeal(t);
      const answers = await Promise.all(
        Array.from({ length: 100 }, (_, k) => sign(appeal.slug, `person${k}@example.org`)),
      );
      assert.deepEqual([...new Set(answers.map((r) => r.statusCode))], [202]);
      const all = await rows(appeal.id);
      assert.equal(all.length, 100);
      assert.ok(all.every((r) => r.status === 'pending'));
    });

    it('answers a new, a repeated and a denied address identically, and sends the repeat one message without a second signature', async () => {
      const appeal = await insertAppeal(t);
      await addDenyRule(testCtx(t), { kind: 'email_domain', value: 'denied.example' });
      const first = await sign(appeal.slug, 'repeat@example.org', 'First');
      const jobsBefore = (await listJobs(t.handle.db, 'mail.send')).length;
      const repeat = await sign(appeal.slug, 'Repeat@Example.org', 'Second');
      const denied = await sign(appeal.slug, 'someone@denied.example');
      const fresh = await sign(appeal.slug, 'fresh@example.org');
      assert.equal(first.statusCode, 202);
      assert.equal(visible(repeat), visible(first));
      assert.equal(visible(denied), visible(first));
      assert.equal(visible(fresh), visible(first));
      const all = await t.handle.db
        .selectFrom('signatures')
        .select(['name', 'status', 'invalidated_reason'])
        .where('appeal_id', '=', appeal.id)
        .orderBy('created_at')
        .execute();
      assert.equal(all.length, 3, 'no second signature for the repeat');
      assert.equal(
        all.find((r) => r.name === 'Second')?.status,
        'pending',
        'the latest details replace the unconfirmed ones',
      );
      assert.ok(!all.some((r) => r.name === 'First'));
      assert.equal(
        all.filter((r) => r.status === 'invalidated' && r.invalidated_reason === 'deny_rule').length,
        1,
        'the denied one is stored invalidated',
      );
      const jobsAfter = (await listJobs(t.handle.db, 'mail.send')).length;
      assert.equal(jobsAfter - jobsBefore, 3, 'repeat, denied and fresh each queue one message (the same work)');
    });

    it('takes about as long for a repeat as for a new address', async () => {
      const appeal = await insertAppeal(t);
      for (let k = 0; k < 20; k++) await sign(appeal.slug, `warm${k}@example.org`);
      const time = async (email: string) => {
        const start = process.hrtime.bigint();
        await sign(appeal.slug, email);
        return Number(process.hrtime.bigint() - start) / 1e6;
      };
      const fresh: number[] = [];
      const repeated: number[] = [];
      for (let k = 0; k < 30; k++) {
        fresh.push(await time(`timing${k}@example.org`));
        repeated.push(await time(`timing${k}@example.org`));
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      // Generous: the machine is shared and noisy; a repeat that skipped the write or the mail would be far quicker.
      assert.ok(
        median(repeated) > median(fresh) * 0.4 && median(repeated) < median(fresh) * 2.5,
        `fresh ${median(fresh)} ms, repeat ${median(repeated)} ms`,
      );
    });
  });
}
