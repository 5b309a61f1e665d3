// Editors' safeguards on the HTML forms: persons and cases start internal, sentences are entered as years and months,
// citations name a field as the reader knows it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createRecord } from '../../src/commands/records/create-record.ts';
import { caseDef, citationDef, personDef, sourceDef } from '../../src/records/registry.ts';
import type { Case } from '../../src/domain/case.ts';
import { getRecord } from '../../src/queries/records/get-record.ts';
import { testApp } from '../support/app.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildPerson, buildSource } from '../support/factories.ts';
import { signedIn } from '../support/session.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const csrfIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? assert.fail('no _csrf field');
/** The option a select shows as chosen. */
const selected = (html: string, name: string) => {
  const select =
    new RegExp(`<select[^>]*name="${name.replace(/[[\]]/g, '\\$&')}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ??
    assert.fail(`no select ${name}`);
  return /<option value="([^"]*)" selected/.exec(select)?.[1];
};

for (const dialect of DIALECTS) {
  describe(`editors' safeguards (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let editor: string;
    const get = (url: string) => app.inject({ method: 'GET', url, cookies: { vigil_session: editor } });
    const post = (url: string, fields: [string, string][]) =>
      app.inject({
        method: 'POST',
        url,
        cookies: { vigil_session: editor },
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

    it('a new person and a new case start as Internal; organisations keep Public', async () => {
      assert.equal(selected((await get('/edit/persons/new')).body, 'confidentiality'), 'internal');
      assert.equal(selected((await get('/edit/cases/new')).body, 'confidentiality'), 'internal');
      assert.equal(selected((await get('/edit/organisations/new')).body, 'confidentiality'), 'public');
      const csrf = csrfIn((await get('/edit/persons/new')).body);
      const res = await post('/edit/persons/new', [
        ['_csrf', csrf],
        ['_action', 'save'],
        ['names[0][full]', 'Left As Drafted'],
        ['names[0][kind]', 'primary'],
        ['confidentiality', 'internal'],
      ]);
      assert.equal(res.statusCode, 303);
      const slug = String(res.headers.location).split('/').pop()!;
      assert.equal((await app.inject(`/persons/${slug}`)).statusCode, 404, 'the public does not see it');
      const stored = await getRecord(
        testCtx(t),
        personDef,
        (await get(`/persons/${slug}`)).body.match(/\/edit\/persons\/([0-9A-Z]{26})/)![1]!,
      );
      assert.equal(stored.confidentiality, 'internal');
    });

    it('takes a sentence as years and months and shows a stored one the same way', async () => {
      const person = await createRecord(testCtx(t), personDef, buildPerson());
      const c = await createRecord(
        testCtx(t),
        caseDef,
        buildCase(person.id, { sentence: { kind: 'prison', months: 90 } }),
      );
      const url = `/edit/cases/${c.id}`;
      const page = (await get(url)).body;
      assert.match(page, /name="sentence\[months\]\[years\]" value="7"/);
      assert.match(page, /name="sentence\[months\]\[months\]" value="6"/);
      const base: [string, string][] = [
        ['_csrf', csrfIn(page)],
        ['_action', 'save'],
        ['title', c.title],
        ['subject[type]', 'person'],
        ['subject[id]', person.id],
        ['country', c.country],
        ['status', c.status],
        ['confidentiality', 'public'],
        ['sentence[kind]', 'prison'],
      ];
      const saved = await post(url, [...base, ['sentence[months][years]', '12'], ['sentence[months][months]', '3']]);
      assert.equal(saved.statusCode, 303, saved.body);
      assert.equal(((await getRecord(testCtx(t), caseDef, c.id)) as Case).sentence?.months, 147);
      const bad = await post(url, [...base, ['sentence[months][years]', 'seven'], ['sentence[months][months]', '']]);
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /href="#f-sentence-months"/, 'the summary links to the years box');
      assert.match(bad.body, /id="f-sentence-months"[^>]*aria-invalid="true"/);
      assert.equal(((await getRecord(testCtx(t), caseDef, c.id)) as Case).sentence?.months, 147, 'nothing changed');
    });

    it('names a cited field by its label on the public page, never by its path', async () => {
      const person = await createRecord(testCtx(t), personDef, buildPerson());
      const c = await createRecord(
        testCtx(t),
        caseDef,
        buildCase(person.id, { sentence: { kind: 'prison', months: 60 } }),
      );
      const source = await createRecord(testCtx(t), sourceDef, buildSource());
      await createRecord(testCtx(t), citationDef, {
        sourceId: source.id,
        record: { type: 'case', id: c.id },
        field: 'sentence.months',
      });
      await createRecord(testCtx(t), citationDef, {
        sourceId: source.id,
        record: { type: 'case', id: c.id },
        field: 'acts.0.date',
      });
      for (const [lang, label] of [
        ['en', 'Sentence › Length'],
        ['ru', 'Срок'],
      ] as const) {
        const html = (await app.inject({ url: `/cases/${c.slug}`, cookies: { lang } })).body;
        assert.doesNotMatch(html, /sentence\.months|acts\.0\.date/);
        assert.ok(html.includes(label), `${lang}: ${label}`);
      }
    });
  });
}
