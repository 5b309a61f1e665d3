// The public appeal page's short-lived cache: readers without a session get an ETag and a public max-age (and 304 on a
// matching If-None-Match); signed-in users never get a cached or cacheable page; a new count shows at once.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { loadDemo } from '../../src/commands/demo/load-demo.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { testApp } from '../support/app.ts';
import { signedIn } from '../support/session.ts';

const URL = '/appeals/hollande-kazakhstan-2014';

for (const dialect of DIALECTS) {
  describe(`public appeal page cache (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    before(async () => {
      t = await testDb(dialect);
      await loadDemo(testCtx(t));
      app = await testApp(t);
    });
    after(async () => {
      await app.close();
      await t.cleanup();
    });

    it('gives anonymous readers an ETag and a short public max-age, and 304 when they have it', async () => {
      const first = await app.inject({ url: URL });
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers['cache-control'], 'public, max-age=3');
      const etag = String(first.headers.etag);
      assert.match(etag, /^W\/"/);
      const second = await app.inject({ url: URL });
      assert.equal(second.body, first.body);
      assert.equal(second.headers.etag, etag);
      const revalidated = await app.inject({ url: URL, headers: { 'if-none-match': etag } });
      assert.equal(revalidated.statusCode, 304);
      assert.equal(revalidated.body, '');
      const other = await app.inject({ url: URL, headers: { 'if-none-match': 'W/"something-else"' } });
      assert.equal(other.statusCode, 200);
      const fr = await app.inject({ url: URL, cookies: { lang: 'fr' } });
      assert.notEqual(fr.headers.etag, etag, 'each language has its own copy');
    });

    it('shows a new count at once instead of the kept copy', async () => {
      const first = await app.inject({ url: URL, headers: { 'accept-language': 'en' } });
      assert.match(first.body, /No one has signed yet/);
      await sql`update appeals set signature_count = 4321, count_refreshed_at = ${new Date().toISOString()} where slug = 'hollande-kazakhstan-2014'`.execute(t.handle.db);
      const next = await app.inject({ url: URL, headers: { 'accept-language': 'en' } });
      assert.match(next.body, /4,321 people have signed/);
      assert.notEqual(next.headers.etag, first.headers.etag);
    });

    it('never caches the page of a signed-in user', async () => {
      const cookie = await signedIn(t, 'editor');
      const anon = await app.inject({ url: URL });
      const res = await app.inject({ url: URL, cookies: { vigil_session: cookie } });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['cache-control'], 'private, no-store');
      assert.equal(res.headers.etag, undefined);
      assert.notEqual(res.body, anon.body);
    });
  });
}
