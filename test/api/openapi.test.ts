// The OpenAPI document describes the JSON API and nothing else, validates with two independent validators, names every
// operation, shares its schemas; /api/docs shows it to people without any script or outside asset.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { operationIdOf } from '../../src/server.ts';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { testDb, type TestDb } from '../support/db.ts';
import { buildPerson } from '../support/factories.ts';

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { operationId?: string; requestBody?: unknown }>>;
  components: { schemas: Record<string, unknown> };
};

describe('the OpenAPI document', () => {
  let t: TestDb;
  let app: FastifyInstance;
  let doc: Doc;
  before(async () => {
    t = await testDb('sqlite');
    app = await testApp(t);
    doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as Doc;
  });
  after(async () => {
    await app?.close();
    await t?.cleanup();
  });

  it('is valid OpenAPI 3.1 for two validators', async () => {
    assert.equal(doc.openapi, '3.1.0');
    const schemaCheck = await new Validator().validate(structuredClone(doc));
    assert.equal(schemaCheck.valid, true, JSON.stringify(schemaCheck.errors));
    // The second one also resolves every $ref.
    await SwaggerParser.validate(structuredClone(doc) as unknown as Parameters<typeof SwaggerParser.validate>[0]);
  });

  it('holds the JSON API only: no HTML page, no service path', () => {
    const paths = Object.keys(doc.paths);
    assert.ok(paths.length > 40);
    for (const p of paths) assert.match(p, /^\/api\/v1\//, `${p} is not part of the JSON API`);
    for (const hidden of ['/api/v1/openapi.json', '/api/docs']) assert.ok(!(hidden in doc.paths));
    const api = app.vigilRoutes.filter((r) => r.url.startsWith('/api/v1/') && r.url !== '/api/v1/openapi.json');
    for (const r of api) {
      const path = r.url.replace(/:(\w+)/g, '{$1}');
      assert.ok(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${r.url} is described`);
    }
  });

  it('names every operation, once', () => {
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((o) => o.operationId));
    assert.ok(
      ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id)),
      JSON.stringify(ids.filter((id) => !id)),
    );
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(doc.paths['/api/v1/persons/{id}']?.get?.operationId, 'getPersonsById');
    assert.equal(
      operationIdOf('POST', '/api/v1/appeals/:id/co-signatories/:cid/withdraw'),
      'postAppealsByIdCoSignatoriesByCidWithdraw',
    );
  });

  it('shares its schemas as components', () => {
    for (const name of ['Error', 'Record', 'RecordPage', 'PersonCreateInput', 'CasePatchInput'])
      assert.ok(name in doc.components.schemas, name);
    const text = JSON.stringify(doc.paths);
    assert.ok((text.match(/#\/components\/schemas\/Error"/g) ?? []).length > 50, 'errors refer to one schema');
    assert.match(
      JSON.stringify(doc.paths['/api/v1/persons']?.post?.requestBody),
      /#\/components\/schemas\/PersonCreateInput/,
    );
  });
});

describe('/api/docs', () => {
  let t: TestDb;
  let app: FastifyInstance;
  before(async () => {
    t = await testDb('sqlite');
    app = await testApp(t);
  });
  after(async () => {
    await app?.close();
    await t?.cleanup();
  });

  it('shows every operation from this site only, under the strict CSP', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.doesNotMatch(res.body, /<script/);
    assert.doesNotMatch(res.body, /(?:src|href)="(?:https?:)?\/\//, 'nothing from another host');
    for (const id of ['getPersons', 'postPersons', 'getCasesById', 'postAppealsByIdSignatures'])
      assert.match(res.body, new RegExp(`id="${id}"`));
    assert.match(res.body, /id="schema-Error"/);
  });

  it('tries a GET operation through a form, staying on the site', async () => {
    const token = await tokenFor(t, 'editor');
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/persons',
      headers: bearer(token),
      payload: buildPerson({ confidentiality: 'public' }),
    });
    const slug = created.json().data.slug as string;
    const one = await app.inject({
      method: 'GET',
      url: `/api/docs/try?op=getPersonsById&id=${encodeURIComponent(slug)}`,
    });
    assert.equal(one.statusCode, 303);
    assert.equal(one.headers.location, `/api/v1/persons/${slug}`);
    const list = await app.inject({ method: 'GET', url: '/api/docs/try?op=getPersons&q=Tuletayeva&limit=&evil=1' });
    assert.equal(list.headers.location, '/api/v1/persons?q=Tuletayeva', 'empty and undocumented fields are left out');
    const odd = await app.inject({
      method: 'GET',
      url: `/api/docs/try?op=getPersonsById&id=${encodeURIComponent('//evil.example/x')}`,
    });
    assert.equal(odd.headers.location, '/api/v1/persons/%2F%2Fevil.example%2Fx');
    assert.equal((await app.inject({ method: 'GET', url: '/api/docs/try?op=postPersons' })).statusCode, 404);
    assert.equal((await app.inject({ method: 'GET', url: '/api/docs/try?op=getPersonsById' })).statusCode, 400);
  });
});
