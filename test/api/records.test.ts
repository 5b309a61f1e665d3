import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildEvent, buildOrganisation, buildPerson, buildSource } from '../support/factories.ts';

for (const dialect of DIALECTS) {
  describe(`records API (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let editor: string;
    let viewer: string;
    let researcher: string;
    const post = (url: string, payload: unknown, token = editor) =>
      app.inject({ method: 'POST', url, headers: bearer(token), payload: payload as object });
    const count = async (table: 'persons' | 'cases' | 'audit_log') =>
      Number(
        (
          await t.handle.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      editor = await tokenFor(t, 'editor');
      viewer = await tokenFor(t, 'viewer');
      researcher = await tokenFor(t, 'researcher');
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('answers /healthz and publishes an OpenAPI description of every record route', async () => {
      assert.equal((await app.inject('/healthz')).statusCode, 200);
      const spec = (await app.inject('/api/v1/openapi.json')).json();
      for (const plural of ['persons', 'organisations', 'memberships', 'events', 'cases', 'sources', 'citations']) {
        assert.ok(spec.paths[`/api/v1/${plural}`]?.get && spec.paths[`/api/v1/${plural}`]?.post, plural);
        assert.ok(spec.paths[`/api/v1/${plural}/{id}`]?.patch, plural);
      }
      assert.equal(
        spec.paths['/api/v1/cases'].post.requestBody.content['application/json'].schema.$ref,
        '#/components/schemas/CaseCreateInput',
      );
      assert.equal(
        spec.components.schemas.CaseCreateInput.properties.status.enum.includes('extradition_pending'),
        true,
      );
    });

    it('refuses writes without a token (401), with a wrong token (401) and for a read-only role (403), writing nothing', async () => {
      const before = await count('persons');
      const anon = await app.inject({ method: 'POST', url: '/api/v1/persons', payload: buildPerson() });
      assert.equal(anon.statusCode, 401);
      assert.equal(anon.json().error.code, 'unauthorized');
      const wrong = await post('/api/v1/persons', buildPerson(), 'vgl_not-a-real-token');
      assert.equal(wrong.statusCode, 401);
      const malformed = await app.inject({
        method: 'POST',
        url: '/api/v1/persons',
        headers: { authorization: 'Basic abc' },
        payload: buildPerson(),
      });
      assert.equal(malformed.statusCode, 401);
      const ro = await post('/api/v1/persons', buildPerson(), viewer);
      assert.equal(ro.statusCode, 403);
      assert.equal(ro.json().error.code, 'forbidden');
      assert.equal(await count('persons'), before);
    });

    it('names the bad field in validation errors and keeps the database unchanged', async () => {
      const persons = await count('persons');
      const audits = await count('audit_log');
      const cases: [string, unknown, string][] = [
        ['/api/v1/persons', { names: [] }, 'names'],
        ['/api/v1/persons', { names: [{ full: 'X' }], birthDate: '2011-13' }, 'birthDate'],
        ['/api/v1/persons', { names: [{ full: 'X' }], nationality: 'XX' }, 'nationality'],
        ['/api/v1/persons', { names: [{ full: 'X' }], nmae: 'typo' }, '(body)'],
        ['/api/v1/persons', { names: [{ full: 'X', script: 'Klingon' }] }, 'names.0.script'],
        ['/api/v1/events', buildEvent({ startDate: '2012', endDate: '2011' }), 'endDate'],
        ['/api/v1/cases', buildCase('01ARZ3NDEKTSV4RRFFQ69G5FAV', { status: 'jailed' as never }), 'status'],
        ['/api/v1/cases', buildCase('01ARZ3NDEKTSV4RRFFQ69G5FAV'), 'subject.id'],
        [
          '/api/v1/cases',
          buildCase('01ARZ3NDEKTSV4RRFFQ69G5FAV', { sentence: { kind: 'prison', years: 7.3 } }),
          'sentence.years',
        ],
        ['/api/v1/sources', buildSource({ url: 'javascript:alert(1)' }), 'url'],
      ];
      for (const [url, body, field] of cases) {
        const res = await post(url, body);
        assert.equal(res.statusCode, 400, `${url} ${JSON.stringify(body)}: ${res.body}`);
        const err = res.json().error;
        assert.equal(err.code, 'validation_failed');
        if (field !== '(body)') assert.equal(err.field, field, res.body);
        assert.ok(err.message.length > 0);
      }
      const badJson = await app.inject({
        method: 'POST',
        url: '/api/v1/persons',
        headers: { ...bearer(editor), 'content-type': 'application/json' },
        payload: '{"names": [',
      });
      assert.equal(badJson.statusCode, 400);
      assert.equal(badJson.json().error.code, 'bad_request');
      const wrongType = await app.inject({
        method: 'POST',
        url: '/api/v1/persons',
        headers: { ...bearer(editor), 'content-type': 'text/plain' },
        payload: 'hello',
      });
      assert.equal(wrongType.statusCode, 415);
      assert.equal(await count('persons'), persons);
      assert.equal(await count('audit_log'), audits);
    });

    it('creates, reads by id and slug, updates, pages and deletes', async () => {
      const a = (
        await post(
          '/api/v1/persons',
          buildPerson({ names: [{ full: 'Vladimir Kozlov' }, { full: 'Владимир Козлов' }], roles: ['politician'] }),
        )
      ).json().data;
      const b = (
        await post('/api/v1/persons', buildPerson({ names: [{ full: 'Vladimir Kozlov' }], nationality: 'RU' }))
      ).json().data;
      assert.equal(a.slug, 'vladimir-kozlov');
      assert.equal(b.slug, 'vladimir-kozlov-2');
      assert.equal((await app.inject(`/api/v1/persons/${a.slug}`)).json().data.id, a.id);
      const patched = await app.inject({
        method: 'PATCH',
        url: `/api/v1/persons/${a.id}`,
        headers: bearer(researcher),
        payload: { summary: 'Party leader', birthDate: '1960' },
      });
      assert.equal(patched.statusCode, 200, patched.body);
      assert.equal(patched.json().data.summary, 'Party leader');
      assert.equal(patched.json().data.names.length, 2, 'fields not in the patch are kept');
      assert.equal(patched.json().data.roles[0], 'politician', 'defaults do not overwrite stored values');
      const badPatch = await app.inject({
        method: 'PATCH',
        url: `/api/v1/persons/${a.id}`,
        headers: bearer(editor),
        payload: { names: [] },
      });
      assert.equal(badPatch.statusCode, 400);

      const page1 = (await app.inject('/api/v1/persons?q=kozlov&limit=1')).json();
      assert.equal(page1.data.length, 1);
      assert.ok(page1.nextCursor);
      const page2 = (await app.inject(`/api/v1/persons?q=kozlov&limit=1&cursor=${page1.nextCursor}`)).json();
      assert.equal(page2.data.length, 1);
      assert.notEqual(page2.data[0].id, page1.data[0].id);
      assert.equal(page2.nextCursor, null);
      assert.equal((await app.inject('/api/v1/persons?cursor=garbage')).statusCode, 400);
      assert.equal((await app.inject('/api/v1/persons?nationality=RU&q=kozlov')).json().data.length, 1);
      assert.equal(
        (await app.inject('/api/v1/persons?q=%D0%9A%D0%9E%D0%97%D0%9B%D0%9E%D0%92')).json().data.length,
        1,
        'Cyrillic, any case',
      );
      assert.equal((await app.inject('/api/v1/persons?q=100%25')).json().data.length, 0, 'wildcards are literal');

      const del = await app.inject({ method: 'DELETE', url: `/api/v1/persons/${b.id}`, headers: bearer(editor) });
      assert.equal(del.statusCode, 204);
      assert.equal((await app.inject(`/api/v1/persons/${b.id}`)).statusCode, 404);
      assert.equal(
        (await app.inject({ method: 'DELETE', url: `/api/v1/persons/${b.id}`, headers: bearer(editor) })).statusCode,
        404,
      );
      assert.equal(
        (await app.inject({ method: 'DELETE', url: `/api/v1/persons/${a.id}`, headers: bearer(researcher) }))
          .statusCode,
        403,
      );
    });

    it('refuses to delete a person a case still points at (409) and keeps both', async () => {
      const p = (await post('/api/v1/persons', buildPerson({ names: [{ full: 'Vadim Kuramshin' }] }))).json().data;
      const c = await post('/api/v1/cases', buildCase(p.id, { sentence: { kind: 'prison', months: 144 } }));
      assert.equal(c.statusCode, 201, c.body);
      const del = await app.inject({ method: 'DELETE', url: `/api/v1/persons/${p.id}`, headers: bearer(editor) });
      assert.equal(del.statusCode, 409);
      assert.equal((await app.inject(`/api/v1/persons/${p.id}`)).statusCode, 200);
      assert.equal((await app.inject(`/api/v1/cases/${c.json().data.id}`)).json().data.sentence.text, '12 years');
    });

    it('filters cases by country, status and act kind, and links events, organisations and memberships', async () => {
      const org = (await post('/api/v1/organisations', buildOrganisation())).json().data;
      const p = (await post('/api/v1/persons', buildPerson({ names: [{ full: 'Test Subject' }] }))).json().data;
      const m = await post('/api/v1/memberships', {
        personId: p.id,
        organisationId: org.id,
        role: 'Leader',
        startDate: '2005',
      });
      assert.equal(m.statusCode, 201, m.body);
      assert.equal((await app.inject(`/api/v1/memberships?personId=${p.id}`)).json().data[0].role, 'Leader');
      const ev = (await post('/api/v1/events', buildEvent())).json().data;
      const c = await post(
        '/api/v1/cases',
        buildCase(p.id, {
          status: 'extradition_pending',
          eventIds: [ev.id],
          acts: [
            {
              kind: 'extradition_request',
              date: '2013-07',
              place: { country: 'FR' },
              perpetratorId: org.id,
              involvement: 'indirect',
              certainty: 'confirmed',
            },
          ],
          designations: [{ kind: 'political_prisoner', issuerName: 'A human-rights group', criteria: ['e', 'a'] }],
          timeline: [
            { date: '2013-07', kind: 'arrest' },
            { date: '2014', kind: 'extradition_decision' },
          ],
        }),
      );
      assert.equal(c.statusCode, 201, c.body);
      assert.deepEqual(c.json().data.designations[0].criteria, ['a', 'e']);
      const found = (
        await app.inject(
          `/api/v1/cases?country=KZ&status=extradition_pending&actKind=extradition_request&eventId=${ev.id}`,
        )
      ).json().data;
      assert.equal(found.length, 1);
      assert.equal(
        (await app.inject('/api/v1/cases?q=test%20subject')).json().data.length,
        1,
        'q matches the subject name',
      );
      assert.equal((await app.inject('/api/v1/events?year=2011&country=KZ')).json().data.length >= 1, true);
      assert.equal((await app.inject('/api/v1/events?year=2010')).json().data.length, 0);
      const outOfOrder = await post(
        '/api/v1/cases',
        buildCase(p.id, {
          timeline: [
            { date: '2014', kind: 'verdict' },
            { date: '2013', kind: 'arrest' },
          ],
        }),
      );
      assert.equal(outOfOrder.statusCode, 400);
    });

    it('keeps an uploaded original unchanged with its SHA-256 and serves it only as an attachment', async () => {
      const s = (await post('/api/v1/sources', buildSource())).json().data;
      const bytes = Buffer.from('<html><script>alert(1)</script>Приговор: 7,5 лет</html>', 'utf8');
      const up = await app.inject({
        method: 'PUT',
        url: `/api/v1/sources/${s.id}/file?name=verdict.html`,
        headers: { ...bearer(editor), 'content-type': 'text/html' },
        payload: bytes,
      });
      assert.equal(up.statusCode, 200, up.body);
      const { createHash } = await import('node:crypto');
      const sha = createHash('sha256').update(bytes).digest('hex');
      assert.equal(up.json().data.file.sha256, sha);
      assert.equal(up.json().data.file.size, bytes.length);
      const down = await app.inject(`/api/v1/sources/${s.id}/file`);
      assert.equal(down.statusCode, 200);
      assert.deepEqual(down.rawPayload, bytes);
      assert.match(String(down.headers['content-disposition']), /^attachment;/);
      assert.equal(down.headers['x-content-type-options'], 'nosniff');
      assert.equal(down.headers['content-type'], 'application/octet-stream');
      const again = await app.inject({
        method: 'PUT',
        url: `/api/v1/sources/${s.id}/file`,
        headers: bearer(editor),
        payload: bytes,
      });
      assert.equal(again.statusCode, 200);
      const other = await app.inject({
        method: 'PUT',
        url: `/api/v1/sources/${s.id}/file`,
        headers: bearer(editor),
        payload: Buffer.from('other'),
      });
      assert.equal(other.statusCode, 409);
      const anon = await app.inject({ method: 'PUT', url: `/api/v1/sources/${s.id}/file`, payload: bytes });
      assert.equal(anon.statusCode, 401);
      const cite = await post('/api/v1/citations', {
        sourceId: s.id,
        record: { type: 'source', id: s.id },
        field: 'title',
        locator: 'p. 2',
      });
      assert.equal(cite.statusCode, 201, cite.body);
      const missing = await post('/api/v1/citations', {
        sourceId: s.id,
        record: { type: 'case', id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
      });
      assert.equal(missing.statusCode, 400);
      assert.equal(missing.json().error.field, 'record.id');
    });

    it('shows the public only public records; signed-in readers see internal ones', async () => {
      const hidden = (
        await post('/api/v1/persons', buildPerson({ names: [{ full: 'Hidden Witness' }], confidentiality: 'internal' }))
      ).json().data;
      assert.equal((await app.inject(`/api/v1/persons/${hidden.id}`)).statusCode, 404);
      assert.equal((await app.inject('/api/v1/persons?q=hidden')).json().data.length, 0);
      assert.equal(
        (await app.inject({ url: `/api/v1/persons/${hidden.id}`, headers: bearer(viewer) })).statusCode,
        200,
      );
      const secret = (
        await post(
          '/api/v1/persons',
          buildPerson({ names: [{ full: 'Restricted Person' }], confidentiality: 'restricted' }),
        )
      ).json().data;
      assert.equal(
        (await app.inject({ url: `/api/v1/persons/${secret.id}`, headers: bearer(viewer) })).statusCode,
        404,
      );
      assert.equal(
        (await post('/api/v1/persons', buildPerson({ confidentiality: 'restricted' }), viewer)).statusCode,
        403,
      );
    });

    it('answers unknown routes and ids with the error envelope', async () => {
      const r = await app.inject('/api/v1/nothing');
      assert.equal(r.statusCode, 404);
      assert.equal(r.json().error.code, 'not_found');
      const id = await app.inject('/api/v1/cases/01ARZ3NDEKTSV4RRFFQ69G5FAV');
      assert.equal(id.statusCode, 404);
      assert.equal(id.json().error.code, 'not_found');
    });
  });
}
