// Public signers' names on an appeal's page: only confirmed, counted signers who chose to show their name appear, newest
// first, 50 to a page with links that work without script; nothing else about any signer ever reaches the page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { ulid } from 'ulid';
import { refreshCounts } from '../../src/db/repos/signature.repo.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';
import { confirmPathIn, drainJobs, insertAppeal, outbox, signonApp, workerCtx } from '../signon/helpers.ts';

type Row = {
  name: string;
  status: 'pending' | 'confirmed' | 'invalidated';
  show: boolean;
  confirmedAt: string | null;
  anonymised?: boolean;
};

async function insertSignature(t: TestDb, appealId: string, r: Row): Promise<void> {
  const id = ulid();
  await t.handle.db
    .insertInto('signatures')
    .values({
      // Anonymisation clears the name and the choice to show it, as anonymiseAppealSignatures does.
      id,
      appeal_id: appealId,
      status: r.status,
      name: r.anonymised ? null : r.name,
      country: 'KZ',
      comment: `comment of ${r.name}`,
      show_name: r.show && !r.anonymised ? 1 : 0,
      email_sealed: null,
      email_hash: `hash-${id}`,
      email_domain: 'example.org',
      network_hint: null,
      token_hash: null,
      created_at: '2026-01-01T00:00:00.000Z',
      confirmed_at: r.confirmedAt,
      invalidated_at: r.status === 'invalidated' ? '2026-01-03T00:00:00.000Z' : null,
      invalidated_reason: r.status === 'invalidated' ? 'manual' : null,
      anonymised_at: r.anonymised ? '2026-01-04T00:00:00.000Z' : null,
      lang: 'en',
    })
    .execute();
}

const names = (html: string): string[] => {
  const list = /<ul class="signer-names">(.*?)<\/ul>/s.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!);
};

for (const dialect of DIALECTS) {
  describe(`public signers on the appeal page (${dialect})`, () => {
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

    it('lists the names of counted signers who chose to show them, newest first, and never a hidden, unconfirmed or invalidated one', async () => {
      const appeal = await insertAppeal(t);
      // One through the real flow: signed with the box ticked, confirmed by the emailed link.
      const signed = await app.inject({
        method: 'POST',
        url: `/api/v1/appeals/${appeal.slug}/signatures`,
        payload: {
          name: 'Aigerim Flow',
          country: 'KZ',
          email: 'aigerim.flow@example.org',
          comment: 'secret comment',
          showName: true,
        },
      });
      assert.equal(signed.statusCode, 202, signed.body);
      await drainJobs(workerCtx(t));
      const link = confirmPathIn(outbox(t).find((m) => m.to.includes('aigerim.flow'))!.text);
      const confirmed = await app.inject({
        method: 'POST',
        url: link,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
        payload: '',
      });
      assert.equal(confirmed.statusCode, 200);
      for (const r of [
        { name: 'Older Shown', status: 'confirmed', show: true, confirmedAt: '2026-01-02T10:00:00.000Z' },
        { name: 'Newer Shown', status: 'confirmed', show: true, confirmedAt: '2026-01-02T11:00:00.000Z' },
        { name: 'Hidden Quiet', status: 'confirmed', show: false, confirmedAt: '2026-01-02T12:00:00.000Z' },
        { name: 'Pending Unconfirmed', status: 'pending', show: true, confirmedAt: null },
        { name: 'Invalid Struck', status: 'invalidated', show: true, confirmedAt: '2026-01-02T09:00:00.000Z' },
        {
          name: 'Gone Anonymised',
          status: 'confirmed',
          show: true,
          confirmedAt: '2026-01-02T08:00:00.000Z',
          anonymised: true,
        },
        // Confirmed after the count below is taken: names appear with the count that includes them, not before.
        { name: 'After Count', status: 'confirmed', show: true, confirmedAt: '2099-01-01T00:00:00.000Z' },
      ] satisfies Row[])
        await insertSignature(t, appeal.id, r);

      await refreshCounts(t.handle.db, [appeal.id], new Date().toISOString());
      const res = await app.inject(`/appeals/${appeal.slug}`);
      assert.equal(res.statusCode, 200);
      assert.deepEqual(names(res.body), ['Aigerim Flow', 'Newer Shown', 'Older Shown']);
      assert.match(res.body, /<h2 id="signers-h">Who signed publicly<\/h2>/);
      for (const leak of [
        'After Count',
        'Hidden Quiet',
        'Pending Unconfirmed',
        'Invalid Struck',
        'Gone Anonymised',
        'aigerim.flow@example.org',
        'secret comment',
        'comment of',
        'hash-',
      ]) {
        assert.ok(!res.body.includes(leak), `the page never shows "${leak}"`);
      }
    });

    it('pages the names 50 at a time with links that work without script, the letter language kept', async () => {
      const appeal = await insertAppeal(t, { title: 'Many signers' });
      for (let k = 0; k < 120; k++) {
        const at = new Date(Date.UTC(2026, 0, 2, 0, k)).toISOString();
        await insertSignature(t, appeal.id, {
          name: `Signer ${String(k).padStart(3, '0')}`,
          status: 'confirmed',
          show: true,
          confirmedAt: at,
        });
      }
      await insertSignature(t, appeal.id, {
        name: 'Never Shown',
        status: 'confirmed',
        show: false,
        confirmedAt: '2026-01-02T05:00:00.000Z',
      });
      await refreshCounts(t.handle.db, [appeal.id], new Date().toISOString());

      const first = await app.inject(`/appeals/${appeal.slug}`);
      const one = names(first.body);
      assert.equal(one.length, 50);
      assert.deepEqual([one[0], one[49]], ['Signer 119', 'Signer 070']);
      assert.match(first.body, new RegExp(`href="/appeals/${appeal.slug}\\?signers=2#signers-h" rel="next"`));
      assert.doesNotMatch(first.body, /rel="prev"/);

      const third = await app.inject(`/appeals/${appeal.slug}?signers=3&lang=en`);
      assert.deepEqual(
        names(third.body),
        Array.from({ length: 20 }, (_, k) => `Signer ${String(19 - k).padStart(3, '0')}`),
      );
      assert.match(
        third.body,
        new RegExp(`href="/appeals/${appeal.slug}\\?lang=en&amp;signers=2#signers-h" rel="prev"`),
      );
      assert.doesNotMatch(third.body, /rel="next"/);
      assert.match(third.body, /Page 3 of 3/);

      // Past the last page shows the last; a malformed page number shows the first; neither fails.
      assert.deepEqual(names((await app.inject(`/appeals/${appeal.slug}?signers=99`)).body).length, 20);
      assert.equal(names((await app.inject(`/appeals/${appeal.slug}?signers=-1`)).body)[0], 'Signer 119');
      for (const p of [1, 2, 3])
        assert.ok(!(await app.inject(`/appeals/${appeal.slug}?signers=${p}`)).body.includes('Never Shown'));
    });
  });
}
