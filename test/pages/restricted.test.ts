// Restricted fields on the pages: the record page's section and the edit form's "restricted" group, for cleared readers only.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createRecord } from '../../src/commands/records/create-record.ts';
import { personDef } from '../../src/records/registry.ts';
import { getRecord } from '../../src/queries/records/get-record.ts';
import { FORM_SPECS } from '../../src/web/views/forms/specs.ts';
import { fromPosted, fromRecord, withoutEmptyRows } from '../../src/web/views/forms/state.ts';
import { toInput } from '../../src/web/views/forms/to-input.ts';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildPerson } from '../support/factories.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const fields = FORM_SPECS.person.fields;

describe('form engine: the restricted group', () => {
  it('shows a map as rows and turns rows back into a map (blank values dropped, CR LF made LF)', () => {
    const state = fromRecord(fields, { names: [{ full: 'A' }], restricted: { contact: 'x', whereabouts: 'y' } });
    assert.deepEqual(state.restricted, [
      { key: 'contact', value: 'x' },
      { key: 'whereabouts', value: 'y' },
    ]);
    const posted = fromPosted(fields, {
      restricted: [
        { key: ' family ', value: 'a\r\nb' },
        { key: 'empty', value: '  ' },
        { key: '', value: '' },
        { key: 'gone', value: 'z', _remove: 'true' },
      ],
    });
    assert.deepEqual(toInput(fields, withoutEmptyRows(fields, posted)).restricted, { family: 'a\nb' });
    assert.deepEqual(toInput(fields, fromPosted(fields, {})).restricted, {});
  });
});

for (const dialect of DIALECTS) {
  describe(`restricted fields on pages (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let editor: string;
    let viewer: string;
    const get = (url: string, token?: string) =>
      app.inject({ method: 'GET', url, headers: token ? bearer(token) : {} });
    const post = (url: string, body: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url,
        headers: { ...FORM, ...bearer(editor) },
        payload: new URLSearchParams(body).toString(),
      });
    const reads = async (id: string) =>
      (
        await t.handle.db
          .selectFrom('audit_log')
          .select('seq')
          .where('record_id', '=', id)
          .where('action', '=', 'person.read_restricted')
          .execute()
      ).length;

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      editor = await tokenFor(t, 'editor');
      viewer = await tokenFor(t, 'viewer');
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('shows the section on the record page to cleared readers only, and records the view', async () => {
      const p = await createRecord(
        testCtx(t),
        personDef,
        buildPerson({ names: [{ full: 'Page Person' }], restricted: { whereabouts: 'Pavlodar, line 1\nline 2' } }),
      );
      const before = await reads(p.id);
      const shown = await get(`/persons/${p.slug}`, editor);
      assert.equal(shown.statusCode, 200);
      assert.match(shown.body, /<h2 id="restricted-h">Restricted fields<\/h2>/);
      assert.ok(shown.body.includes('Pavlodar, line 1\nline 2'));
      assert.equal(shown.headers['cache-control'], 'no-store');
      assert.equal(await reads(p.id), before + 1);
      for (const token of [viewer, undefined]) {
        const hidden = await get(`/persons/${p.slug}`, token);
        assert.equal(hidden.statusCode, 200);
        assert.ok(!hidden.body.includes('Pavlodar') && !hidden.body.includes('restricted-h'));
      }
      assert.equal(await reads(p.id), before + 1);
    });

    it('creates, shows, keeps and removes restricted fields through the edit form', async () => {
      const created = await post('/edit/persons/new', {
        _action: 'save',
        'names[0][full]': 'Form Person',
        'names[0][kind]': 'primary',
        confidentiality: 'public',
        'restricted[0][key]': 'contact',
        'restricted[0][value]': 'Telegram @form',
        'restricted[1][key]': '',
        'restricted[1][value]': '',
      });
      assert.equal(created.statusCode, 303, created.body);
      const slug = String(created.headers.location).split('/').pop()!;
      const p = await getRecord(testCtx(t), personDef, slug);
      assert.deepEqual(p.restricted, { contact: 'Telegram @form' });

      const before = await reads(p.id);
      const form = await get(`/edit/persons/${p.id}`, editor);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /name="restricted\[0\]\[key\]" value="contact"/);
      assert.match(form.body, /<textarea[^>]*name="restricted\[0\]\[value\]"[^>]*>Telegram @form<\/textarea>/);
      assert.equal(await reads(p.id), before + 1, 'showing the values in the form is a read');

      const kept = await post(`/edit/persons/${p.id}`, {
        _action: 'save',
        'names[0][full]': 'Form Person',
        'names[0][kind]': 'primary',
        confidentiality: 'public',
        summary: 'edited',
        'restricted[0][key]': 'contact',
        'restricted[0][value]': 'Telegram @form',
      });
      assert.equal(kept.statusCode, 303, kept.body);
      assert.deepEqual((await getRecord(testCtx(t), personDef, p.id)).restricted, { contact: 'Telegram @form' });

      const bad = await post(`/edit/persons/${p.id}`, {
        _action: 'save',
        'names[0][full]': 'Form Person',
        'names[0][kind]': 'primary',
        confidentiality: 'public',
        'restricted[0][key]': 'Not A Name',
        'restricted[0][value]': 'x',
      });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /expected a field name/);

      const removed = await post(`/edit/persons/${p.id}`, {
        _action: 'save',
        'names[0][full]': 'Form Person',
        'names[0][kind]': 'primary',
        confidentiality: 'public',
        'restricted[0][key]': 'contact',
        'restricted[0][value]': 'Telegram @form',
        'restricted[0][_remove]': 'true',
      });
      assert.equal(removed.statusCode, 303, removed.body);
      assert.deepEqual((await getRecord(testCtx(t), personDef, p.id)).restricted, {});
    });

    it('offers no restricted group to a reader who may not see restricted fields', async () => {
      const p = await createRecord(
        testCtx(t),
        personDef,
        buildPerson({ names: [{ full: 'Viewer Test' }], restricted: { contact: 'viewer must not see' } }),
      );
      const res = await get(`/edit/persons/${p.id}`, viewer);
      assert.ok(!res.body.includes('viewer must not see') && !res.body.includes('restricted[0]'));
    });
  });
}
