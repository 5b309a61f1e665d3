// NUL characters anywhere in a request get a 400 and reach no database (PostgreSQL would fail on them with a 5xx).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';

for (const dialect of DIALECTS) {
  describe(`NUL characters in requests (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let editor: string;
    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      editor = await tokenFor(t, 'editor');
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('refuses them in paths, queries, JSON bodies and form bodies with 400', async () => {
      for (const url of [
        '/cases/a%00b',
        '/api/v1/persons/a%00b',
        '/api/v1/appeals/a%00b',
        '/api/v1/persons?q=a%00',
        '/search?q=%00',
        '/appeals/x%00/letter.en.pdf',
      ]) {
        const res = await app.inject(url);
        assert.equal(res.statusCode, 400, url);
      }
      const json = await app.inject({
        method: 'POST',
        url: '/api/v1/persons',
        headers: bearer(editor),
        payload: { names: [{ full: 'Someone' }], summary: 'a\u0000b' },
      });
      assert.equal(json.statusCode, 400);
      assert.equal(json.json().error.code, 'validation_failed');
      const form = await app.inject({
        method: 'POST',
        url: '/login',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'email=a%00@example.org&password=x',
      });
      assert.equal(form.statusCode, 400);
      // An upload's body is a stream of the original's bytes: it is stored as it is, NUL bytes included.
      const source = (
        await app.inject({
          method: 'POST',
          url: '/api/v1/sources',
          headers: bearer(editor),
          payload: { title: 'A binary original' },
        })
      ).json().data;
      const upload = await app.inject({
        method: 'PUT',
        url: `/api/v1/sources/${source.id}/file?name=x.bin`,
        headers: { ...bearer(editor), 'content-type': 'application/octet-stream' },
        payload: Buffer.from([0x00, 0x01, 0x00, 0x7f]),
      });
      assert.equal(upload.statusCode, 200, upload.body);
      const count = await t.handle.db
        .selectFrom('persons')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 0);
    });
  });
}
