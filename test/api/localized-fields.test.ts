import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildEvent, buildPerson } from '../support/factories.ts';

for (const dialect of DIALECTS) {
  describe(`record fields per language through the API (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let admin: string;
    const send = (
      method: 'POST' | 'PATCH' | 'GET',
      url: string,
      payload?: unknown,
      headers: Record<string, string> = {},
    ) =>
      app.inject({
        method,
        url,
        headers: { ...bearer(admin), ...headers },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      admin = await tokenFor(t, 'admin');
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('keeps a plain string as the value in the record language, as before', async () => {
      const p = (await send('POST', '/api/v1/persons', buildPerson())).json().data;
      const res = await send(
        'POST',
        '/api/v1/cases',
        buildCase(p.id, { title: 'Prosecution after the strike', summary: 'Five years.' }),
      );
      assert.equal(res.statusCode, 201, res.body);
      const c = res.json().data;
      assert.equal(c.title, 'Prosecution after the strike');
      assert.equal(c.lang, 'en');
      assert.deepEqual(c.i18n.title, {
        values: { en: 'Prosecution after the strike' },
        text: 'Prosecution after the strike',
        lang: 'en',
        fallback: false,
      });
      // A plain string later replaces the value in the record language and keeps the others.
      await send('PATCH', `/api/v1/cases/${c.id}`, {
        title: { en: 'Prosecution after the strike', ru: 'Преследование после забастовки' },
      });
      const patched = (await send('PATCH', `/api/v1/cases/${c.id}`, { title: 'Prosecution of a striker' })).json().data;
      assert.deepEqual(patched.i18n.title.values, {
        en: 'Prosecution of a striker',
        ru: 'Преследование после забастовки',
      });
    });

    it('takes a map of language → text, and answers with the value for the reader and a marked fallback', async () => {
      const p = (await send('POST', '/api/v1/persons', buildPerson())).json().data;
      const res = await send(
        'POST',
        '/api/v1/cases',
        buildCase(p.id, {
          title: { ru: 'Дело Козлова', en: 'The Kozlov case' },
          summary: { ru: 'Осуждён.' },
          charges: [{ article: '164', text: { ru: 'Разжигание социальной розни', en: 'Inciting social discord' } }],
        }),
      );
      assert.equal(res.statusCode, 201, res.body);
      const id = res.json().data.id;
      assert.equal(res.json().data.lang, 'ru', 'the first language of a title map is the record language');
      const ru = (await send('GET', `/api/v1/cases/${id}?lang=ru`)).json().data;
      assert.equal(ru.i18n.title.text, 'Дело Козлова');
      assert.equal(ru.charges[0].i18n.text.text, 'Разжигание социальной розни');
      const en = (await send('GET', `/api/v1/cases/${id}`, undefined, { 'accept-language': 'en-GB,en;q=0.8' })).json()
        .data;
      assert.deepEqual(en.i18n.title, {
        values: { en: 'The Kozlov case', ru: 'Дело Козлова' },
        text: 'The Kozlov case',
        lang: 'en',
        fallback: false,
      });
      assert.deepEqual(en.i18n.summary, { values: { ru: 'Осуждён.' }, text: 'Осуждён.', lang: 'ru', fallback: true });
      const kk = (await send('GET', `/api/v1/cases/${id}?lang=kk`)).json().data;
      assert.deepEqual([kk.i18n.title.text, kk.i18n.title.lang, kk.i18n.title.fallback], ['Дело Козлова', 'ru', true]);
      // Search finds it by the title in either language.
      const found = (await send('GET', '/api/v1/cases?q=kozlov')).json().data.map((c: { id: string }) => c.id);
      assert.ok(found.includes(id));
    });

    it('refuses an unknown language or an empty value with 400 and changes nothing', async () => {
      const e = (await send('POST', '/api/v1/events', buildEvent({ title: 'Strike dispersal' }))).json().data;
      for (const title of [{ xx: 'Strike' }, { en: '' }, { en: '   ' }, {}]) {
        const bad = await send('PATCH', `/api/v1/events/${e.id}`, { title });
        assert.equal(bad.statusCode, 400, `${JSON.stringify(title)}: ${bad.body}`);
        assert.equal(bad.json().error.code, 'validation_failed');
      }
      assert.match(
        (await send('PATCH', `/api/v1/events/${e.id}`, { title: { xx: 'Strike' } })).body,
        /unknown language code/,
      );
      const noOriginal = await send('PATCH', `/api/v1/events/${e.id}`, { lang: 'fr', title: { ru: 'Разгон' } });
      assert.equal(noOriginal.statusCode, 400, noOriginal.body);
      assert.match(noOriginal.body, /language \(fr\)/);
      const after = (await send('GET', `/api/v1/events/${e.id}`)).json().data;
      assert.deepEqual(
        [after.title, after.lang, after.translations, after.updatedAt],
        ['Strike dispersal', 'en', {}, e.updatedAt],
      );
    });
  });
}
