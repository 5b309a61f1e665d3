// The public appeal page's short-lived cache: readers without a session get an ETag and a public max-age (and 304 on a
// matching If-None-Match); signed-in users never get a cached or cacheable page, and their page (controls, CSRF token)
// never reaches anyone else; an edit of the appeal or of a case in its annex shows at once, a new count within the
// copy's few seconds.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { loadDemo } from '../../src/commands/demo/load-demo.ts';
import { updateRecord } from '../../src/commands/records/update-record.ts';
import { caseDef } from '../../src/records/registry.ts';
import { setSigningSwitches } from '../../src/commands/signatures/set-switches.ts';
import { TTL_MS } from '../../src/web/pages/public-page-cache.ts';
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

    it('shows a new count once the copy is a few seconds old, well within the ten-second freshness', async () => {
      const first = await app.inject({ url: URL, headers: { 'accept-language': 'en' } });
      assert.match(first.body, /No one has signed yet/);
      // The worker's recount is not an edit: the copy stays until it is TTL_MS old, then the version check sees the count.
      await sql`update appeals set signature_count = 4321, count_refreshed_at = ${new Date().toISOString()} where slug = 'hollande-kazakhstan-2014'`.execute(
        t.handle.db,
      );
      await new Promise((r) => setTimeout(r, TTL_MS + 100));
      const next = await app.inject({ url: URL, headers: { 'accept-language': 'en' } });
      assert.match(next.body, /4,321 people have signed/);
      assert.notEqual(next.headers.etag, first.headers.etag);
    });

    it('shows an edit of the appeal, and of a case in its annex, at once', async () => {
      const ctx = testCtx(t);
      const before = await app.inject({ url: URL, headers: { 'accept-language': 'en' } });
      assert.equal(
        (await app.inject({ url: URL, headers: { 'accept-language': 'en' } })).headers.etag,
        before.headers.etag,
        'kept',
      );
      assert.match(before.body, /name="_form"/, 'signing is open: the page has the form');
      await setSigningSwitches(ctx, 'hollande-kazakhstan-2014', { signingPaused: true });
      const paused = await app.inject({ url: URL, headers: { 'accept-language': 'en' } });
      assert.doesNotMatch(paused.body, /name="_form"/, 'paused at once: the kept copy with the form is not served');
      await setSigningSwitches(ctx, 'hollande-kazakhstan-2014', { signingPaused: false });
      const annexed = await t.handle.db
        .selectFrom('appeal_cases')
        .select('case_id')
        .where('appeal_id', '=', (eb) =>
          eb.selectFrom('appeals').select('id').where('slug', '=', 'hollande-kazakhstan-2014'),
        )
        .execute();
      assert.ok(annexed.length > 0, 'the demo appeal has cases in its annex');
      // The annex is frozen at publication: a case changed since is flagged on the page.
      const flags = (html: string) => html.split('class="updated-since"').length - 1;
      const unflagged = await app.inject({ url: URL, headers: { 'accept-language': 'en' } });
      await updateRecord(ctx, caseDef, annexed[0]!.case_id, { summary: 'A case summary changed a moment ago' });
      const recased = await app.inject({ url: URL, headers: { 'accept-language': 'en' } });
      assert.equal(flags(recased.body), flags(unflagged.body) + 1, 'the changed case is flagged at once');
    });

    it('never caches the page of a signed-in user', async () => {
      const cookie = await signedIn(t, 'editor');
      const anon = await app.inject({ url: URL });
      const res = await app.inject({ url: URL, cookies: { vigil_session: cookie } });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['cache-control'], 'private, no-store');
      assert.equal(res.headers.etag, undefined);
      assert.notEqual(res.body, anon.body);
      // The editor's page has the controls and the session's CSRF token; an anonymous reader right after gets neither.
      assert.match(res.body, /name="_csrf"/);
      const anonAfter = await app.inject({ url: URL });
      assert.doesNotMatch(anonAfter.body, /name="_csrf"/);
      assert.equal(anonAfter.headers['cache-control'], 'public, max-age=3');
      assert.equal(anonAfter.headers['set-cookie'], undefined, 'a kept page sets no cookie');
    });

    it("keeps one copy per language: a reader never gets another language's copy", async () => {
      const en = await app.inject({ url: URL, headers: { 'accept-language': 'en' } });
      const ru = await app.inject({ url: URL, headers: { 'accept-language': 'ru' } });
      const enAgain = await app.inject({ url: URL, headers: { 'accept-language': 'en' } });
      assert.match(en.body, /<html lang="en"/);
      assert.match(ru.body, /<html lang="ru"/);
      assert.equal(enAgain.body, en.body);
      assert.notEqual(ru.headers.etag, en.headers.etag);
    });
  });
}
