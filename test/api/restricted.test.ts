// Restricted fields through the API: who may write and read them, updates that keep them, audited reads, record history.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { verifyAudit } from '../../src/queries/audit/verify-audit.ts';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildPerson } from '../support/factories.ts';

for (const dialect of DIALECTS) {
  describe(`restricted fields API (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let editor: string;
    let viewer: string;
    let researcher: string;
    const get = (url: string, token?: string) =>
      app.inject({ method: 'GET', url, headers: token ? bearer(token) : {} });
    const send = (method: 'POST' | 'PATCH', url: string, payload: unknown, token = editor) =>
      app.inject({ method, url, headers: bearer(token), payload: payload as object });
    const reads = async (id: string) =>
      (
        await t.handle.db
          .selectFrom('audit_log')
          .select('action')
          .where('record_id', '=', id)
          .where('action', 'like', '%.read_restricted')
          .execute()
      ).length;

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      [editor, viewer, researcher] = [
        await tokenFor(t, 'editor'),
        await tokenFor(t, 'viewer'),
        await tokenFor(t, 'researcher'),
      ];
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('stores restricted values for cleared roles, shows them to them only, and audits each read', async () => {
      const created = await send(
        'POST',
        '/api/v1/persons',
        buildPerson({ restricted: { whereabouts: 'Flat 4, Almaty', contact: 'Signal +7 700' } }),
      );
      assert.equal(created.statusCode, 201, created.body);
      const p = created.json().data;
      assert.deepEqual(p.restricted, { contact: 'Signal +7 700', whereabouts: 'Flat 4, Almaty' });
      assert.equal(created.headers['cache-control'], 'no-store');
      const before = await reads(p.id);

      const own = await get(`/api/v1/persons/${p.id}`, researcher);
      assert.deepEqual(own.json().data.restricted, p.restricted);
      assert.equal(await reads(p.id), before + 1, 'the read is in the audit log');
      for (const token of [viewer, undefined]) {
        const r = await get(`/api/v1/persons/${p.id}`, token);
        assert.equal(r.statusCode, 200);
        assert.equal('restricted' in r.json().data, false, 'not even an empty object for those not cleared');
        assert.ok(!r.body.includes('Almaty'));
      }
      const list = await get('/api/v1/persons?limit=100', editor);
      assert.ok(!list.body.includes('Almaty'), 'lists never carry restricted values');
      assert.equal(await reads(p.id), before + 1, 'no read recorded for answers without restricted values');
      assert.equal(
        (await get('/api/v1/persons?q=almaty', editor)).json().data.length,
        0,
        'search never matches restricted values',
      );
    });

    it('keeps stored restricted values through updates that do not name them, and replaces them when named', async () => {
      const p = (await send('POST', '/api/v1/persons', buildPerson({ restricted: { contact: 'keep me' } }))).json()
        .data;
      const patched = await send('PATCH', `/api/v1/persons/${p.id}`, { summary: 'Changed' }, researcher);
      assert.equal(patched.statusCode, 200, patched.body);
      assert.deepEqual(patched.json().data.restricted, { contact: 'keep me' });
      const replaced = await send('PATCH', `/api/v1/persons/${p.id}`, { restricted: { family: 'sister in Oral' } });
      assert.deepEqual(replaced.json().data.restricted, { family: 'sister in Oral' });
      const cleared = await send('PATCH', `/api/v1/persons/${p.id}`, { restricted: {} });
      assert.equal('restricted' in cleared.json().data, true);
      assert.deepEqual(cleared.json().data.restricted, {});
      const row = await t.handle.db
        .selectFrom('persons')
        .select('restricted_data')
        .where('id', '=', p.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.restricted_data, null, 'no restricted values: NULL, not an encrypted empty object');
    });

    it('refuses bad restricted input with a named field and writes nothing', async () => {
      const bad: [unknown, string][] = [
        [{ 'Bad key': 'x' }, 'restricted.Bad key'],
        [{ a: 'x'.repeat(5001) }, 'restricted.a'],
        [Object.fromEntries(Array.from({ length: 21 }, (_, n) => [`k${n}`, 'v'])), 'restricted'],
        [{ a: 1 }, 'restricted.a'],
      ];
      for (const [restricted, field] of bad) {
        const r = await send('POST', '/api/v1/persons', buildPerson({ restricted } as never));
        assert.equal(r.statusCode, 400, r.body);
        assert.equal(r.json().error.field, field);
      }
      assert.equal(
        (await send('POST', '/api/v1/persons', buildPerson({ restricted: { a: 'x' } }), viewer)).statusCode,
        403,
      );
    });

    it('works on every record type and carries restricted values on cases too', async () => {
      const p = (await send('POST', '/api/v1/persons', buildPerson())).json().data;
      const c = await send('POST', '/api/v1/cases', buildCase(p.id, { restricted: { lawyer: 'A. Lawyer, +7 701' } }));
      assert.equal(c.statusCode, 201, c.body);
      assert.equal(
        (await get(`/api/v1/cases/${c.json().data.id}`, editor)).json().data.restricted.lawyer,
        'A. Lawyer, +7 701',
      );
      assert.ok(!(await get(`/api/v1/cases/${c.json().data.id}`)).body.includes('Lawyer'));
    });

    it('lists a record’s history for editors and above only, newest first, without restricted values', async () => {
      const p = (
        await send('POST', '/api/v1/persons', buildPerson({ restricted: { contact: 'history secret' } }))
      ).json().data;
      await send('PATCH', `/api/v1/persons/${p.id}`, { summary: 'x' });
      await get(`/api/v1/persons/${p.id}`, editor);
      const h = await get(`/api/v1/persons/${p.slug}/history`, editor);
      assert.equal(h.statusCode, 200, h.body);
      const actions = h.json().data.map((e: { action: string }) => e.action);
      // Newest first; the POST and PATCH answers carried the values back, so they count as reads too.
      assert.deepEqual(actions, [
        'person.read_restricted',
        'person.read_restricted',
        'person.update',
        'person.read_restricted',
        'person.create',
      ]);
      const first = h.json().data[0];
      assert.deepEqual(Object.keys(first).sort(), [
        'action',
        'actor',
        'afterDigest',
        'at',
        'beforeDigest',
        'changes',
        'seq',
      ]);
      const read = h.json().data.find((e: { action: string }) => e.action === 'person.read_restricted');
      assert.equal(read.beforeDigest, null);
      assert.equal(read.afterDigest, null);
      assert.ok(!h.body.includes('history secret'));
      assert.equal((await get(`/api/v1/persons/${p.id}/history`, researcher)).statusCode, 403);
      assert.equal((await get(`/api/v1/persons/${p.id}/history`, viewer)).statusCode, 403);
      assert.equal((await get(`/api/v1/persons/${p.id}/history`)).statusCode, 401);
      assert.equal((await get('/api/v1/persons/01ARZ3NDEKTSV4RRFFQ69G5FAV/history', editor)).statusCode, 404);
      assert.ok((await verifyAudit(t.handle.db, t.keyring)).ok, 'reads and writes keep the chain intact');
    });
  });
}
