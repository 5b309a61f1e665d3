// Editors add a value per language in the case and event forms, without JavaScript: a row per language with a language
// select, "Add …" buttons that only add a row, and a form that keeps what was typed when another field is invalid.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createRecord } from '../../src/commands/records/create-record.ts';
import { caseDef, eventDef, personDef } from '../../src/records/registry.ts';
import type { Case } from '../../src/domain/case.ts';
import type { Event } from '../../src/domain/event.ts';
import { getRecord } from '../../src/queries/records/get-record.ts';
import { testApp } from '../support/app.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildEvent, buildPerson } from '../support/factories.ts';
import { signedIn } from '../support/session.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const attrs = (tag: string) =>
  new Map([...tag.matchAll(/\s([\w:-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, unescape(m[2] ?? '')]));

/** What a browser submits from the form with this action (inputs, ticked boxes, selected options, text areas). */
function formFields(html: string, action: string): [string, string][] {
  const form = [...html.matchAll(/<form([^>]*)>([\s\S]*?)<\/form>/g)].find(
    (m) => attrs(m[1]!).get('action') === action,
  );
  assert.ok(form, `no form with action ${action}`);
  const out: [string, string][] = [];
  for (const m of form[2]!.matchAll(/<input([^>]*)\/?>/g)) {
    const a = attrs(m[1]!);
    if (!a.has('name') || (a.get('type') === 'checkbox' && !a.has('checked'))) continue;
    out.push([a.get('name')!, a.get('value') ?? '']);
  }
  for (const m of form[2]!.matchAll(/<textarea([^>]*)>([\s\S]*?)<\/textarea>/g))
    out.push([attrs(m[1]!).get('name')!, unescape(m[2]!)]);
  for (const m of form[2]!.matchAll(/<select([^>]*)>([\s\S]*?)<\/select>/g)) {
    const options = [...m[2]!.matchAll(/<option([^>]*)>/g)].map((o) => attrs(o[1]!));
    out.push([attrs(m[1]!).get('name')!, (options.find((o) => o.has('selected')) ?? options[0])?.get('value') ?? '']);
  }
  return out;
}
const set = (fields: [string, string][], values: Record<string, string>): [string, string][] => {
  const out = fields.map(([k, v]): [string, string] => [k, k in values ? values[k]! : v]);
  for (const [k, v] of Object.entries(values)) if (!out.some(([x]) => x === k)) out.push([k, v]);
  return out;
};

for (const dialect of DIALECTS) {
  describe(`values per language in the edit forms (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let editor: string;
    const get = (url: string) => app.inject({ method: 'GET', url, cookies: { vigil_session: editor, lang: 'en' } });
    const post = (url: string, fields: [string, string][]) =>
      app.inject({
        method: 'POST',
        url,
        cookies: { vigil_session: editor, lang: 'en' },
        headers: FORM,
        payload: new URLSearchParams(fields).toString(),
      });

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      editor = await signedIn(t, 'editor');
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('adds the title, summary and a charge wording in other languages to a case, each row with a language select', async () => {
      const p = await createRecord(testCtx(t), personDef, buildPerson());
      const c = await createRecord(
        testCtx(t),
        caseDef,
        buildCase(p.id, {
          title: 'The Kozlov case',
          summary: 'Sentenced.',
          charges: [{ article: '164', text: 'Inciting discord' }],
        }),
      );
      const url = `/edit/cases/${c.id}`;
      const page = await get(url);
      assert.equal(page.statusCode, 200);
      assert.match(
        page.body,
        /<select id="f-lang" name="lang"[^>]*>[\s\S]*?<option value="en" selected>English \(en\)<\/option>/,
      );
      assert.match(page.body, /<select id="f-translations-title-0-lang" name="translations\[title\]\[0\]\[lang\]"/);
      assert.match(page.body, /name="charges\[0\]\[translations\]\[text\]\[0\]\[text\]"/);
      const fields = set(formFields(page.body, url), {
        'translations[title][0][lang]': 'ru',
        'translations[title][0][text]': 'Дело Козлова',
        'translations[summary][0][lang]': 'kk',
        'translations[summary][0][text]': 'Сотталды.',
        'charges[0][translations][text][0][lang]': 'ru',
        'charges[0][translations][text][0][text]': 'Разжигание розни',
      });
      const res = await post(url, [...fields, ['_action', 'save']]);
      assert.equal(res.statusCode, 303, res.body);
      const saved = (await getRecord(testCtx(t), caseDef, c.id)) as Case;
      assert.deepEqual([saved.lang, saved.title, saved.summary], ['en', 'The Kozlov case', 'Sentenced.']);
      assert.deepEqual(saved.translations, { title: { ru: 'Дело Козлова' }, summary: { kk: 'Сотталды.' } });
      assert.deepEqual(saved.charges[0]!.translations, { text: { ru: 'Разжигание розни' } });

      // Shown again, the stored translations fill their rows, with one empty row to add another; saved unchanged, nothing changes.
      const again = await get(url);
      assert.match(again.body, /name="translations\[title\]\[0\]\[text\]" value="Дело Козлова"/);
      assert.match(again.body, /name="translations\[title\]\[1\]\[text\]" value[ />]/);
      const same = await post(url, [...formFields(again.body, url), ['_action', 'save']]);
      assert.equal(same.statusCode, 303, same.body);
      assert.equal(
        ((await getRecord(testCtx(t), caseDef, c.id)) as Case).updatedAt,
        saved.updatedAt,
        'an unchanged form writes nothing',
      );
    });

    it('adds a row without saving, and keeps what was typed when another field is invalid, changing nothing', async () => {
      const e = await createRecord(testCtx(t), eventDef, buildEvent({ title: 'Strike dispersal' }));
      const url = `/edit/events/${e.id}`;
      const typed = set(formFields((await get(url)).body, url), {
        'translations[title][0][lang]': 'fr',
        'translations[title][0][text]': 'Dispersion de la grève',
      });
      const added = await post(url, [...typed, ['_action', 'add:translations.title']]);
      assert.equal(added.statusCode, 200);
      assert.match(added.body, /name="translations\[title\]\[0\]\[text\]" value="Dispersion de la grève"/);
      assert.match(added.body, /name="translations\[title\]\[1\]\[lang\]"/);
      assert.equal(
        ((await getRecord(testCtx(t), eventDef, e.id)) as Event).translations.title,
        undefined,
        'adding a row saves nothing',
      );

      const bad = await post(url, [...set(typed, { startDate: '2011-13' }), ['_action', 'save']]);
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /name="translations\[title\]\[0\]\[text\]" value="Dispersion de la grève"/);
      assert.match(bad.body, /<select id="f-translations-title-0-lang"[^>]*>[\s\S]*?<option value="fr" selected>/);
      const noLang = await post(url, [...set(typed, { 'translations[title][0][lang]': '' }), ['_action', 'save']]);
      assert.equal(noLang.statusCode, 400);
      const stored = (await getRecord(testCtx(t), eventDef, e.id)) as Event;
      assert.deepEqual([stored.translations, stored.updatedAt], [{}, e.updatedAt]);
    });
  });
}
