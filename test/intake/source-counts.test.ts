// Counts a document gives ("more than 150 detentions, including 12 criminal cases") are kept on its source when the
// reviewer keeps them: shown in the source's API JSON and page, editable with the source, and audited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';
import { signedIn } from '../support/session.ts';

// Each test reads its own document (the same text is the same source).
const textOf = (n: number) =>
  [
    `Statement ${n} on the protests in Zhanaozen, Kazakhstan`,
    '',
    'Since January the police have made more than 150 detentions, including 12 criminal cases against organisers.',
    'The journalist Marta Kovalenko was arrested in Almaty on 3 March 2025.',
  ].join('\n');

interface Count {
  number: number;
  approximate: boolean;
  what: string;
  passage: string | null;
}

for (const dialect of DIALECTS) {
  describe(`intake: counts kept on the source (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let admin = '';
    let session = '';
    let n = 0;
    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      admin = await tokenFor(t, 'admin');
      session = await signedIn(t, 'admin');
    });
    after(async () => {
      await app.close();
      await t.cleanup();
    });

    const read = async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/intake',
        headers: bearer(admin),
        payload: { text: textOf(++n), documentDate: '2025-03' },
      });
      assert.equal(res.statusCode, 201, res.body);
      return res.json().data as { id: string; sourceId: string; counts: { number: number; what: string }[] };
    };
    const source = async (id: string) => {
      const res = await app.inject({ method: 'GET', url: `/api/v1/sources/${id}`, headers: bearer(admin) });
      assert.equal(res.statusCode, 200, res.body);
      return res.json().data as { id: string; slug: string; counts: Count[] };
    };
    const audits = async (id: string) =>
      (await t.handle.db.selectFrom('audit_log').select('action').where('record_id', '=', id).execute()).map(
        (r) => r.action,
      );

    it('stores the counts the reviewer kept, with the passage, and audits the source change', async () => {
      const d = await read();
      assert.deepEqual(
        d.counts.map((c) => [c.number, c.what]),
        [
          [150, 'detentions'],
          [12, 'criminal cases'],
        ],
      );
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/intake/${d.id}/accept`,
        headers: bearer(admin),
        payload: { counts: { 'count-1': { accept: true }, 'count-2': { accept: false } } },
      });
      assert.equal(res.statusCode, 200, res.body);
      const s = await source(d.sourceId);
      assert.deepEqual(s.counts, [
        { number: 150, approximate: true, what: 'detentions', passage: 'more than 150 detentions' },
      ]);
      assert.ok((await audits(d.sourceId)).includes('source.update'));
      const page = await app.inject({ method: 'GET', url: `/sources/${s.slug}`, cookies: { vigil_session: session } });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /150 \(approximate\): detentions — <q>more than 150 detentions<\/q>/);
    });

    it('stores none when none is kept, and shows no counts section', async () => {
      const d = await read();
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/intake/${d.id}/accept`,
        headers: bearer(admin),
        payload: { counts: {} },
      });
      assert.equal(res.statusCode, 200, res.body);
      const s = await source(d.sourceId);
      assert.deepEqual(s.counts, []);
      assert.ok(!(await audits(d.sourceId)).includes('source.update'));
      const page = await app.inject({ method: 'GET', url: `/sources/${s.slug}`, cookies: { vigil_session: session } });
      assert.doesNotMatch(page.body, /counts-h/);
    });

    it('accepting all keeps every count; the review page lists each with a checkbox', async () => {
      const d = await read();
      const review = await app.inject({ method: 'GET', url: `/intake/${d.id}`, cookies: { vigil_session: session } });
      assert.equal(review.statusCode, 200);
      assert.match(review.body, /name="counts\[count-1\]\[accept\]" checked/);
      assert.match(review.body, /name="counts\[count-2\]\[accept\]"/);
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/intake/${d.id}/accept`,
        headers: bearer(admin),
        payload: { all: true },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(
        (await source(d.sourceId)).counts.map((c) => [c.number, c.approximate, c.what]),
        [
          [150, true, 'detentions'],
          [12, false, 'criminal cases'],
        ],
      );
    });

    it('edits and deletes counts with the source; a bad count is refused and changes nothing', async () => {
      const d = await read();
      const edit = (counts: unknown) =>
        app.inject({
          method: 'PATCH',
          url: `/api/v1/sources/${d.sourceId}`,
          headers: bearer(admin),
          payload: { counts },
        });
      const bad = await edit([{ number: -3, what: 'arrests' }]);
      assert.equal(bad.statusCode, 400, bad.body);
      assert.deepEqual((await source(d.sourceId)).counts, []);
      const ok = await edit([{ number: 40, approximate: true, what: 'arrests' }]);
      assert.equal(ok.statusCode, 200, ok.body);
      assert.deepEqual((await source(d.sourceId)).counts, [
        { number: 40, approximate: true, what: 'arrests', passage: null },
      ]);
      assert.equal((await edit([])).statusCode, 200);
      assert.deepEqual((await source(d.sourceId)).counts, []);
    });
  });
}
