// Names in the reader's language on the register's pages and on the appeal page: a Russian page heads with the Russian
// form, the original follows, and a name in another language than the page's carries a lang attribute.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createAppeal } from '../../src/commands/appeals/create-appeal.ts';
import { transitionAppeal } from '../../src/commands/appeals/transition-appeal.ts';
import { createRecord } from '../../src/commands/records/create-record.ts';
import { caseDef, personDef } from '../../src/records/registry.ts';
import { testApp } from '../support/app.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildPerson } from '../support/factories.ts';

for (const dialect of DIALECTS) {
  describe(`names and letters in the reader's language (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let personSlug: string;
    let caseSlug: string;
    let appealSlug: string;
    const get = (url: string, lang: string) => app.inject({ url, headers: { 'accept-language': lang } });

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      const ctx = testCtx(t);
      // The Latin form is entered first, as it often is: the Russian page must still head with the Russian one.
      const p = await createRecord(ctx, personDef, buildPerson({ slug: 'roza-tuletayeva' }));
      personSlug = p.slug;
      const c = await createRecord(ctx, caseDef, buildCase(p.id));
      caseSlug = c.slug;
      const a = await createAppeal(ctx, {
        title: 'Letter',
        confidentiality: 'public',
        addressees: [{ name: 'Someone' }],
        caseIds: [c.id],
        texts: [
          { lang: 'en', title: 'Open letter in English', body: 'We ask you.' },
          { lang: 'ru', title: 'Открытое письмо по-русски', body: 'Просим вас.' },
        ],
      });
      await transitionAppeal(ctx, a.id, 'collecting');
      appealSlug = (await transitionAppeal(ctx, a.id, 'published')).slug;
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('heads the Russian person page with the Russian form, and lists the original after it', async () => {
      const ru = await get(`/persons/${personSlug}`, 'ru');
      assert.equal(ru.statusCode, 200);
      assert.match(ru.body, /<h1>Роза Тулетаева<\/h1>/);
      assert.match(ru.body, /<title>Роза Тулетаева/);
      const table = ru.body.slice(ru.body.indexOf('<tbody>'));
      assert.ok(
        table.indexOf('Роза Тулетаева') < table.indexOf('Roza Tuletayeva'),
        'the Russian form comes first in the names table',
      );
      const en = await get(`/persons/${personSlug}`, 'en');
      assert.match(en.body, /<h1>Roza Tuletayeva<\/h1>/);
    });

    it('names the subject of a case in the page language, marking a name in another language', async () => {
      const ru = await get(`/cases/${caseSlug}`, 'ru');
      assert.match(ru.body, /<a href="\/persons\/roza-tuletayeva">Роза Тулетаева<\/a>/);
      assert.doesNotMatch(ru.body, /Roza Tuletayeva/);
      // A French reader gets the Latin form; it is tagged English, so it is marked as such.
      const fr = await get(`/cases/${caseSlug}`, 'fr');
      assert.match(fr.body, /<a href="\/persons\/roza-tuletayeva"><span lang="en">Roza Tuletayeva<\/span><\/a>/);
      const en = await get(`/cases/${caseSlug}`, 'en');
      assert.match(en.body, /<a href="\/persons\/roza-tuletayeva">Roza Tuletayeva<\/a>/);
    });

    it('lists persons under the page language’s form, the others after it', async () => {
      const ru = await get('/persons', 'ru');
      assert.match(
        ru.body,
        /<h3><a href="\/persons\/roza-tuletayeva">Роза Тулетаева<\/a><\/h3>\s*<p class="meta"><span lang="en">Roza Tuletayeva<\/span>/,
      );
    });

    it('opens the appeal with the text in the reader’s language, the others one click away', async () => {
      const ru = await get(`/appeals/${appealSlug}`, 'ru');
      assert.equal(ru.statusCode, 200);
      assert.match(ru.body, /<h1 lang="ru">Открытое письмо по-русски<\/h1>/);
      assert.match(ru.body, /Просим вас\./);
      assert.match(
        ru.body,
        new RegExp(`<a href="/appeals/${appealSlug}\\?lang=en" hreflang="en" lang="en">Open letter in English`),
      );
      assert.match(ru.body, /Роза Тулетаева/, 'the annex names her in Russian');
      const en = await get(`/appeals/${appealSlug}`, 'en');
      assert.match(en.body, /<h1 lang="en">Open letter in English<\/h1>/);
      // The choice in the address still wins over the reader's language.
      const chosen = await get(`/appeals/${appealSlug}?lang=en`, 'ru');
      assert.match(chosen.body, /<h1 lang="en">Open letter in English<\/h1>/);
    });
  });
}
