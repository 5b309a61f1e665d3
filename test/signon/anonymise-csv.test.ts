// Signers' personal data is erased a set time after the appeal closes; the delivery CSV holds confirmed signatures only,
// names only of those who agreed, no email, and cells a spreadsheet would run as a formula are neutralised.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { anonymiseSigners } from '../../src/commands/signatures/anonymise-signers.ts';
import { bearer, tokenFor } from '../support/app.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { confirmPathIn, drainJobs, insertAppeal, outbox, signonApp, workerCtx } from './helpers.ts';

const DAY = 24 * 3600 * 1000;

for (const dialect of DIALECTS) {
  describe(`anonymisation and the delivery CSV (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let clock = Date.now();
    const now = () => new Date(clock);
    let coordinator: string;
    before(async () => {
      t = await testDb(dialect);
      app = await signonApp(t, now);
      coordinator = await tokenFor(t, 'coordinator');
    });
    after(async () => {
      await app.close();
      await t.cleanup();
    });

    const sign = (slug: string, body: Record<string, unknown>) =>
      app.inject({ method: 'POST', url: `/api/v1/appeals/${slug}/signatures`, payload: { country: 'FR', ...body } });
    const confirmAll = async () => {
      const before = outbox(t).length;
      await drainJobs(workerCtx(t, now));
      for (const m of outbox(t).slice(before)) {
        await app.inject({
          method: 'POST',
          url: confirmPathIn(m.text),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: '',
        });
      }
    };

    it('writes confirmed signatures only, names only when shown, no emails, formulas neutralised', async () => {
      const a = await insertAppeal(t);
      await sign(a.slug, {
        name: '=HYPERLINK("http://evil.example","x")',
        email: 'formula@example.org',
        showName: true,
        comment: '+cmd|calc',
      });
      await sign(a.slug, { name: 'Hidden Person', email: 'hidden@example.org', showName: false, comment: '@SUM(A1)' });
      await sign(a.slug, { name: '-Minus Person', email: 'minus@example.org', showName: true });
      await confirmAll();
      await sign(a.slug, { name: 'Pending Person', email: 'pending@example.org', showName: true });
      const url = `/api/v1/appeals/${a.slug}/signatures.csv`;
      assert.equal((await app.inject({ url })).statusCode, 401);
      assert.equal((await app.inject({ url, headers: bearer(await tokenFor(t, 'editor')) })).statusCode, 403);
      const res = await app.inject({ url, headers: bearer(coordinator) });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^text\/csv/);
      assert.match(String(res.headers['content-disposition']), /^attachment; filename="signatures-/);
      const lines = res.body.trim().split('\n');
      assert.equal(lines[0], 'number,name,country,comment,confirmed_on');
      assert.equal(lines.length, 4, 'three confirmed signatures, the pending one left out');
      assert.match(res.body, /"'=HYPERLINK\(""http:\/\/evil\.example"",""x""\)"/);
      assert.match(res.body, /'\+cmd\|calc/);
      assert.match(res.body, /'@SUM\(A1\)/);
      assert.match(res.body, /'-Minus Person/);
      assert.ok(!res.body.includes('Hidden Person'), 'a name not to be shown is left out');
      assert.ok(!res.body.includes('@example.org'), 'no email address');
      assert.ok(!res.body.includes('Pending Person'));
    });

    it("erases signers' personal data only once the retention period after closing has passed", async () => {
      const open = await insertAppeal(t);
      const closing = await insertAppeal(t);
      await sign(open.slug, { name: 'Open Signer', email: 'open@example.org', comment: 'kept' });
      await sign(closing.slug, { name: 'Closed Signer', email: 'closed@example.org', comment: 'erased' });
      await confirmAll();
      clock += 10_000;
      await drainJobs(workerCtx(t, now));
      await t.handle.db
        .updateTable('appeals')
        .set({ status: 'closed', closed_at: new Date(clock - 10 * DAY).toISOString() })
        .where('id', '=', closing.id)
        .execute();
      const ctx = testCtx(t, { kind: 'system', name: 'test' }, now);
      assert.deepEqual(await anonymiseSigners(ctx, { retentionDays: 30 }), { appeals: 0, signatures: 0 }, 'not yet');
      assert.deepEqual(await anonymiseSigners(ctx, { retentionDays: 7 }), { appeals: 1, signatures: 1 });
      const rows = await t.handle.db
        .selectFrom('signatures')
        .selectAll()
        .where('appeal_id', 'in', [open.id, closing.id])
        .execute();
      const erased = rows.find((r) => r.appeal_id === closing.id)!;
      assert.equal(erased.name, null);
      assert.equal(erased.comment, null);
      assert.equal(erased.email_sealed, null);
      assert.equal(erased.network_hint, null);
      assert.equal(erased.email_hash, `anonymised:${erased.id}`);
      assert.equal(erased.status, 'confirmed', 'it still counts');
      assert.equal(erased.country, 'FR');
      assert.ok(erased.anonymised_at);
      const kept = rows.find((r) => r.appeal_id === open.id)!;
      assert.equal(kept.name, 'Open Signer');
      assert.ok(kept.email_sealed);
      const count = await t.handle.db
        .selectFrom('appeals')
        .select('signature_count')
        .where('id', '=', closing.id)
        .executeTakeFirstOrThrow();
      assert.equal(Number(count.signature_count), 1);
      assert.deepEqual(
        await anonymiseSigners(ctx, { retentionDays: 7 }),
        { appeals: 0, signatures: 0 },
        'running again changes nothing',
      );
    });

    it('is run by the worker with the configured retention', async () => {
      const a = await insertAppeal(t);
      await sign(a.slug, { name: 'Worker Signer', email: 'worker@example.org' });
      await t.handle.db
        .updateTable('appeals')
        .set({ status: 'closed', closed_at: new Date(clock - 181 * DAY).toISOString() })
        .where('id', '=', a.id)
        .execute();
      // The recurring job ran already in earlier tests: it is due again an hour later.
      clock += 3600_000 + 1000;
      await drainJobs(workerCtx(t, now));
      const row = await t.handle.db
        .selectFrom('signatures')
        .select(['name', 'anonymised_at'])
        .where('appeal_id', '=', a.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.name, null);
      assert.ok(row.anonymised_at);
    });
  });
}
