// Record fields readers see, in the page's language: a Russian page shows the Russian title, and a Kazakh page without
// a Kazakh value shows the original marked with its language, visibly and for screen readers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createAppeal } from '../../src/commands/appeals/create-appeal.ts';
import { transitionAppeal } from '../../src/commands/appeals/transition-appeal.ts';
import { createRecord } from '../../src/commands/records/create-record.ts';
import { caseDef, eventDef, personDef } from '../../src/records/registry.ts';
import { testApp } from '../support/app.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildEvent, buildPerson } from '../support/factories.ts';

for (const dialect of DIALECTS) {
  describe(`record fields in the page's language (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let caseSlug: string;
    let eventSlug: string;
    let appealSlug: string;
    const get = (url: string, lang: string) => app.inject({ url, headers: { 'accept-language': lang } });

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      const ctx = testCtx(t);
      const p = await createRecord(ctx, personDef, buildPerson());
      const e = await createRecord(
        ctx,
        eventDef,
        buildEvent({
          title: { en: 'Zhanaozen shooting', ru: 'Расстрел в Жанаозене' },
          description: { en: 'Police fired on strikers.' },
        }),
      );
      eventSlug = e.slug;
      const c = await createRecord(
        ctx,
        caseDef,
        buildCase(p.id, {
          title: { ru: 'Дело Козлова', en: 'The Kozlov case', fr: 'L’affaire Kozlov' },
          summary: { ru: 'Осуждён на семь с половиной лет.' },
          charges: [{ article: '164', text: { ru: 'Разжигание социальной розни', en: 'Inciting social discord' } }],
          eventIds: [e.id],
        }),
      );
      caseSlug = c.slug;
      const a = await createAppeal(ctx, {
        title: 'Letter',
        confidentiality: 'public',
        addressees: [{ name: 'Someone', title: { fr: 'Président de la République', ru: 'Президент Республики' } }],
        caseIds: [c.id],
        texts: [
          { lang: 'en', title: 'Open letter', body: 'We ask you.' },
          { lang: 'ru', title: 'Открытое письмо', body: 'Просим вас.' },
        ],
      });
      await transitionAppeal(ctx, a.id, 'collecting');
      appealSlug = (await transitionAppeal(ctx, a.id, 'published')).slug;
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('shows the Russian values on the Russian page, unmarked', async () => {
      const ru = await get(`/cases/${caseSlug}`, 'ru');
      assert.equal(ru.statusCode, 200);
      assert.match(ru.body, /<h1>Дело Козлова<\/h1>/);
      assert.match(ru.body, /Разжигание социальной розни/);
      assert.match(ru.body, /<a href="\/events\/[^"]+">Расстрел в Жанаозене<\/a>/);
      assert.doesNotMatch(ru.body, /lang-fallback/);
    });

    it('shows the French title on the French page and marks the summary that has only Russian', async () => {
      const fr = (await get(`/cases/${caseSlug}`, 'fr')).body;
      assert.match(fr, /<h1>L’affaire Kozlov<\/h1>/);
      assert.match(
        fr,
        /<p class="lede"><span lang="ru">Осуждён на семь с половиной лет.<\/span> <small class="lang-fallback">Non traduit : russe<\/small><\/p>/,
      );
    });

    it('falls back to the original on the Kazakh page, marked with its language in Kazakh', async () => {
      const kk = (await get(`/cases/${caseSlug}`, 'kk')).body;
      assert.match(
        kk,
        /<h1><span lang="ru">Дело Козлова<\/span> <small class="lang-fallback">Аударылмаған: орыс тілі<\/small><\/h1>/,
      );
      assert.match(kk, /<title>Дело Козлова/);
      // The event has no Kazakh or Russian… in its original language, English, marked too.
      const ev = (await get(`/events/${eventSlug}`, 'kk')).body;
      assert.match(
        ev,
        /<h1><span lang="en">Zhanaozen shooting<\/span> <small class="lang-fallback">Аударылмаған: ағылшын тілі<\/small><\/h1>/,
      );
    });

    it('gives the appeal annex the summary and charges in the letter language, marking a fallback', async () => {
      const ru = (await get(`/appeals/${appealSlug}?lang=ru`, 'ru')).body;
      assert.match(ru, /<p>Осуждён на семь с половиной лет.<\/p>/);
      assert.match(ru, /<li>164, Разжигание социальной розни<\/li>/);
      const en = (await get(`/appeals/${appealSlug}?lang=en`, 'en')).body;
      assert.match(en, /<li>164, Inciting social discord<\/li>/);
      assert.match(
        en,
        /<p><span lang="ru">Осуждён на семь с половиной лет.<\/span> <small class="lang-fallback">Not translated: Russian<\/small><\/p>/,
      );
      // The addressee's title too: Russian on the Russian letter, the original French marked on the English one.
      assert.match(ru, /<br\/>Президент Республики<\/li>/);
      assert.match(
        en,
        /<br\/><span lang="fr">Président de la République<\/span> <small class="lang-fallback">Not translated: French<\/small><\/li>/,
      );
      // A marked fallback is not a change to the register: the published annex is not flagged as updated since.
      assert.doesNotMatch(en, /class="updated-since"/);
    });

    it('marks a fallback on the English page too, in English', async () => {
      const en = (await get(`/cases/${caseSlug}`, 'en')).body;
      assert.match(en, /<h1>The Kozlov case<\/h1>/);
      assert.match(
        en,
        /<span lang="ru">Осуждён на семь с половиной лет.<\/span> <small class="lang-fallback">Not translated: Russian<\/small>/,
      );
      const list = (await get('/cases', 'en')).body;
      assert.match(list, />The Kozlov case<\/a>/);
    });

    it('finds a record by its title in any language', async () => {
      for (const q of ['Расстрел', 'Zhanaozen shooting']) {
        const found = (await get(`/search?q=${encodeURIComponent(q)}`, 'en')).body;
        assert.match(found, new RegExp(`href="/events/${eventSlug}"`), q);
      }
      assert.match(
        (await get(`/cases?q=${encodeURIComponent('affaire Kozlov')}`, 'fr')).body,
        new RegExp(`href="/cases/${caseSlug}"`),
      );
    });
  });
}
