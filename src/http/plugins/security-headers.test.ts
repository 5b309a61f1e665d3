// The headers computed once must be exactly those @fastify/helmet sets per request with the same options, on every kind
// of answer (a page, an API answer, an error, a 404).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { testApp } from '../../../test/support/app.ts';
import { testDb, type TestDb } from '../../../test/support/db.ts';
import { HELMET_OPTIONS, securityHeaders } from './security-headers.ts';

/** The headers of `res` that helmet is responsible for. */
function pick(headers: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((n) => [n, headers[n]]));
}

describe('security headers', () => {
  let reference: Record<string, unknown>;
  let t: TestDb;
  let app: FastifyInstance;
  const names = Object.keys(securityHeaders());

  before(async () => {
    const bare = Fastify();
    await bare.register(helmet, HELMET_OPTIONS);
    bare.get('/', async () => ({ ok: true }));
    reference = (await bare.inject({ method: 'GET', url: '/' })).headers;
    await bare.close();
    t = await testDb('sqlite');
    app = await testApp(t);
  });
  after(async () => {
    await app.close();
    await t.cleanup();
  });

  it('are the ones @fastify/helmet sets, CSP and HSTS included', () => {
    assert.ok(names.length >= 10, `only ${names.join(', ')}`);
    assert.deepEqual(pick(reference, names), securityHeaders());
    assert.match(String(reference['content-security-policy']), /default-src 'none'.*frame-ancestors 'none'/);
    assert.ok(reference['strict-transport-security']);
    // Nothing helmet sets is missing from the computed set.
    const fromHelmet = Object.keys(reference).filter(
      (n) => !['content-type', 'content-length', 'date', 'connection', 'keep-alive'].includes(n),
    );
    assert.deepEqual(fromHelmet.sort(), [...names].sort());
  });

  for (const [what, url, status] of [
    ['a page', '/', 200],
    ['the API', '/api/v1/cases', 200],
    ['a 404', '/no/such/page', 404],
    ['an API error', '/api/v1/persons/nope', 404],
  ] as const) {
    it(`are on ${what}`, async () => {
      const res = await app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, status);
      assert.deepEqual(pick(res.headers, names), pick(reference, names));
    });
  }
});
