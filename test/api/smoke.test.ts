import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildPerson } from '../support/factories.ts';

for (const dialect of DIALECTS) {
  describe(`API smoke (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let token: string;
    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      token = await tokenFor(t, 'editor');
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('creates a person and a case and reads them back', async () => {
      const p = await app.inject({
        method: 'POST',
        url: '/api/v1/persons',
        headers: bearer(token),
        payload: buildPerson(),
      });
      assert.equal(p.statusCode, 201, p.body);
      const person = p.json().data;
      assert.equal(person.slug, 'roza-tuletayeva');
      assert.equal(person.names[1].script, 'Cyrl');
      const c = await app.inject({
        method: 'POST',
        url: '/api/v1/cases',
        headers: bearer(token),
        payload: buildCase(person.id, { sentence: { kind: 'prison', years: 7.5 } }),
      });
      assert.equal(c.statusCode, 201, c.body);
      assert.equal(c.json().data.sentence.months, 90);
      const list = await app.inject({ method: 'GET', url: '/api/v1/cases?country=kz' });
      assert.equal(list.statusCode, 200, list.body);
      assert.equal(list.json().data.length, 1);
      const q = await app.inject({ method: 'GET', url: `/api/v1/persons?q=${encodeURIComponent('тулетаева')}` });
      assert.equal(q.json().data.length, 1);
    });
  });
}
