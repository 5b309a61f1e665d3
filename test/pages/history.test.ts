import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createRecord } from '../../src/commands/records/create-record.ts';
import { personDef } from '../../src/records/registry.ts';
import { updateRecord } from '../../src/commands/records/update-record.ts';
import { testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildPerson } from '../support/factories.ts';
import { signedIn } from '../support/session.ts';

for (const dialect of DIALECTS) {
  describe(`record history page (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let id: string;
    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      const ctx = testCtx(t);
      id = (await createRecord(ctx, personDef, buildPerson())).id;
      await updateRecord(ctx, personDef, id, { summary: 'A first correction' });
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('lists who changed the record and when, for editors only', async () => {
      const url = `/edit/persons/${id}/history`;
      const cookie = (session: string) => ({ cookie: `vigil_session=${session}` });
      const editor = await app.inject({ url, headers: cookie(await signedIn(t, 'editor')) });
      assert.equal(editor.statusCode, 200);
      assert.match(editor.body, /person\.update/);
      assert.match(editor.body, /person\.create/);
      assert.ok(editor.body.indexOf('person.update') < editor.body.indexOf('person.create'), 'newest first');
      assert.match(
        editor.body,
        /<dt>summary<\/dt><dd><del>null<\/del> → <ins>&quot;A first correction&quot;<\/ins><\/dd>/,
        'what changed, before and after',
      );
      const api = await app.inject({
        url: `/api/v1/persons/${id}/history`,
        headers: { authorization: `Bearer ${await tokenFor(t, 'editor')}` },
      });
      assert.equal(api.statusCode, 200);
      assert.deepEqual(api.json().data[0].changes, [
        { field: 'summary', before: 'null', after: '"A first correction"' },
      ]);
      assert.match(editor.body, new RegExp(`href="/edit/persons/${id}/history"|History of`));
      assert.equal((await app.inject({ url, headers: cookie(await signedIn(t, 'viewer')) })).statusCode, 403);
      const anonymous = await app.inject({ url });
      assert.equal(anonymous.statusCode, 303);
      assert.equal(anonymous.headers.location, '/login');
      const edit = await app.inject({ url: `/edit/persons/${id}`, headers: cookie(await signedIn(t, 'editor')) });
      assert.match(edit.body, new RegExp(`href="/edit/persons/${id}/history"`));
    });
  });
}
