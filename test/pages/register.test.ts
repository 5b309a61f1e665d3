import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadDemo } from '../../src/commands/demo/load-demo.ts';
import { createRecord } from '../../src/commands/records/create-record.ts';
import { caseDef, personDef, sourceDef } from '../../src/records/registry.ts';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildPerson } from '../support/factories.ts';
import { signedIn } from '../support/session.ts';

const HOSTILE = '<script>alert(1)</script>"onmouseover="x';

for (const dialect of DIALECTS) {
  describe(`register pages (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let hostileSlug: string;
    let hiddenSlug: string;
    const get = (url: string, lang = 'en') => app.inject({ url, headers: { 'accept-language': lang } });

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      const ctx = testCtx(t);
      await loadDemo(ctx);
      const p = await createRecord(
        ctx,
        personDef,
        buildPerson({
          names: [{ full: `Mallory ${HOSTILE}` }],
          summary: HOSTILE,
          links: [{ url: 'https://example.org/', note: HOSTILE }],
        }),
      );
      const c = await createRecord(
        ctx,
        caseDef,
        buildCase(p.id, {
          title: `Case ${HOSTILE}`,
          court: HOSTILE,
          charges: [{ text: HOSTILE }],
          acts: [{ kind: 'torture', description: HOSTILE }],
          timeline: [{ date: '2013', kind: 'arrest', description: HOSTILE }],
        }),
      );
      await createRecord(ctx, sourceDef, { title: `Source ${HOSTILE}`, publisher: HOSTILE });
      hostileSlug = c.slug;
      const hidden = await createRecord(
        ctx,
        personDef,
        buildPerson({ names: [{ full: 'Witness Hidden-Name' }], confidentiality: 'internal' }),
      );
      hiddenSlug = hidden.slug;
      await createRecord(ctx, caseDef, buildCase(hidden.id, { title: 'Public case of a hidden person' }));
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('renders every list page with facet counts, and filters', async () => {
      for (const path of ['/cases', '/persons', '/organisations', '/events', '/sources']) {
        const r = await get(path);
        assert.equal(r.statusCode, 200, `${path}: ${r.body.slice(0, 300)}`);
        assert.match(r.headers['content-type'] as string, /text\/html/);
        assert.match(r.body, /<form class="filters" method="get"/);
      }
      const kz = await get('/cases?country=KZ');
      assert.match(kz.body, /Kazakhstan \(\d+\)/);
      assert.match(kz.body, /Roza Tuletayeva/);
      assert.match(kz.body, /7 years 6 months/);
      const pending = await get('/cases?country=KZ&status=extradition_pending');
      assert.match(pending.body, /Ablyazov/);
      assert.doesNotMatch(pending.body, /Tuletayeva/);
      const empty = await get('/cases?country=&status=&q=');
      assert.equal(empty.statusCode, 200, 'empty form fields are no filter');
      const bad = await get('/cases?status=vanished');
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /status/);
    });

    it('renders a case page with sentence, timeline, acts and sources, in Russian and French too', async () => {
      const list = await get('/cases?q=Kozlov');
      const slug = /href="\/cases\/([^"]+)"/.exec(list.body)?.[1];
      assert.ok(slug, 'a link to the Kozlov case');
      const en = await get(`/cases/${slug}`);
      assert.equal(en.statusCode, 200);
      assert.match(en.body, /7 years 6 months/);
      assert.match(en.body, /Timeline/);
      assert.match(en.body, /PACE Resolution 1900/);
      const ru = await get(`/cases/${slug}`, 'ru');
      assert.match(ru.body, /<html lang="ru">/);
      assert.match(ru.body, /7 лет 6 месяцев/);
      assert.match(ru.body, /Казахстан/);
      const fr = await get(`/cases/${slug}`, 'fr');
      assert.match(fr.body, /7 ans 6 mois/);
    });

    it('shows a person in every script, with memberships, cases and sources', async () => {
      const r = await get('/persons/roza-tuletayeva', 'ru');
      assert.equal(r.statusCode, 200);
      assert.match(r.body, /Тулетаева/);
      assert.match(r.body, /Кириллица/i);
      const sig = await get('/persons?q=Alexeeva');
      const slug = /href="\/persons\/([^"]+)"/.exec(sig.body)?.[1];
      const page = await get(`/persons/${slug}`);
      assert.match(page.body, /Moscow Helsinki Group/);
      for (const path of ['/organisations', '/events', '/sources']) {
        const list = await get(path);
        const first = new RegExp(`href="(${path}/[^"?]+)"`).exec(list.body)?.[1];
        assert.ok(first, path);
        assert.equal((await get(first)).statusCode, 200, first);
      }
    });

    it('escapes hostile text everywhere it is shown', async () => {
      for (const path of [`/cases/${hostileSlug}`, '/cases', '/persons', '/sources', '/persons?q=mallory']) {
        const r = await get(path);
        assert.equal(r.statusCode, 200, path);
        assert.doesNotMatch(r.body, /<script>alert/, path);
        assert.doesNotMatch(r.body, /"onmouseover="/, path);
      }
      assert.match((await get(`/cases/${hostileSlug}`)).body, /&lt;script(&gt;|>)alert\(1\)&lt;\/script/);
    });

    it('hides what the reader may not see: 404 page for the record, no name on the public case', async () => {
      const r = await get(`/persons/${hiddenSlug}`);
      assert.equal(r.statusCode, 404);
      assert.match(r.body, /Page not found/);
      const cases = await get('/cases?q=public%20case');
      assert.match(cases.body, /Public case of a hidden person/);
      assert.doesNotMatch(cases.body, /Hidden-Name/);
      assert.doesNotMatch((await get('/persons?q=witness')).body, /Hidden-Name/);
      const token = await tokenFor(t, 'viewer');
      const seen = await app.inject({ url: `/api/v1/persons/${hiddenSlug}`, headers: bearer(token) });
      assert.equal(seen.statusCode, 200);
    });

    it('offers an edit link to signed-in editors only', async () => {
      const page = `/cases/${hostileSlug}`;
      assert.doesNotMatch((await get(page)).body, /Edit this record/);
      const editor = await signedIn(t, 'editor');
      const asEditor = await app.inject({ url: page, headers: { cookie: `vigil_session=${editor}` } });
      assert.match(asEditor.body, /href="\/edit\/cases\/[0-9A-Z]{26}"[^>]*>Edit this record/);
      const viewer = await signedIn(t, 'viewer');
      assert.doesNotMatch(
        (await app.inject({ url: page, headers: { cookie: `vigil_session=${viewer}` } })).body,
        /Edit this record/,
      );
    });

    it('switches language with a visible link that persists in a cookie', async () => {
      const sw = await app.inject({ url: '/lang/fr?back=%2Fcases%3Fcountry%3DKZ' });
      assert.equal(sw.statusCode, 303);
      assert.equal(sw.headers.location, '/cases?country=KZ');
      const cookie = String(sw.headers['set-cookie']);
      assert.match(cookie, /lang=fr/);
      assert.match(cookie, /HttpOnly/);
      const page = await app.inject({ url: '/cases', headers: { cookie: 'lang=fr', 'accept-language': 'ru' } });
      assert.match(page.body, /<html lang="fr">/);
      assert.match(page.body, /href="\/lang\/ru\?back=%2Fcases"/);
      const away = await app.inject({ url: '/lang/ru?back=https://evil.example/' });
      assert.equal(away.headers.location, '/');
      assert.equal((await app.inject({ url: '/lang/ru?back=//evil.example/' })).headers.location, '/');
    });

    it("answers unknown pages with an HTML 404 in the reader's language, and sends the security headers", async () => {
      const r = await get('/no/such/page', 'ru');
      assert.equal(r.statusCode, 404);
      assert.match(r.body, /Страница не найдена/);
      const h = (await get('/cases')).headers;
      assert.match(String(h['content-security-policy']), /script-src 'self'/);
      assert.doesNotMatch(String(h['content-security-policy']), /unsafe-inline/);
      assert.match(String(h['content-security-policy']), /frame-ancestors 'none'/);
      assert.equal(h['x-content-type-options'], 'nosniff');
      assert.equal(h['referrer-policy'], 'no-referrer');
    });
  });
}
