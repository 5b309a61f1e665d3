// Redirect targets taken from a request never leave the public origin, however they are spelt, and never cause a 5xx.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerWeb, sameOriginPath } from '../../src/web/plugin.ts';
import { testApp } from '../support/app.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';

/** `back` values as they appear in the query string (already percent-encoded where a browser would send them so). */
const HOSTILE = [
  '/%09/evil.example',
  '/%0D/evil.example',
  '/%0A/evil.example',
  '/%0D%0A/evil.example',
  '%09//evil.example',
  '/%09%09/evil.example',
  '//evil.example',
  '//evil.example/',
  '///evil.example',
  '/\\evil.example',
  '%2F%5Cevil.example',
  '\\\\evil.example',
  '%5C%5Cevil.example',
  '/%5C/evil.example',
  '\\/evil.example',
  '/.//evil.example',
  '/./%2F/evil.example',
  '%2F%2Fevil.example',
  '%252F%252Fevil.example',
  '%25252F%25252Fevil.example',
  'https://evil.example',
  'https://evil.example/',
  'https:evil.example',
  'https:/evil.example',
  'HTTPS://evil.example',
  'http://127.0.0.1:3000@evil.example/',
  '//127.0.0.1:3000@evil.example',
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  '%6Aavascript:alert(1)',
  'java%09script:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '%20//evil.example',
  '%00//evil.example',
  '/%E2%80%AE/evil.example',
  'ftp://evil.example',
  '//evil%E3%80%82example',
  '/%2e%2e/%2e%2e//evil.example',
  `/${'a'.repeat(5000)}`,
  '%',
  '%E0%A4%A',
  '',
];

/** Where a browser would go with this Location, resolved against the app's own origin. */
function lands(location: string, origin: string): string {
  return new URL(location, `${origin}/`).origin;
}

for (const dialect of DIALECTS) {
  describe(`redirects stay on the origin (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let origin: string;
    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      origin = new URL(t.config.publicUrl).origin;
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('keeps a same-origin path with its query and fragment', async () => {
      const r = await app.inject({ url: '/lang/fr?back=%2Fcases%3Fcountry%3DKZ%23list' });
      assert.equal(r.statusCode, 303);
      assert.equal(r.headers.location, '/cases?country=KZ#list');
    });

    for (const back of HOSTILE) {
      it(`sends ?back=${back.slice(0, 60)} to a path on the origin, never a 5xx`, async () => {
        const r = await app.inject({ url: `/lang/ru?back=${back}` });
        assert.ok(r.statusCode < 500, `status ${r.statusCode}`);
        if (r.statusCode !== 303) return assert.ok(r.statusCode >= 400 && r.statusCode < 500);
        const location = String(r.headers.location);
        assert.ok(location.startsWith('/') && !location.startsWith('//'), location);
        assert.ok(
          ![...location].some((c) => c === '\\' || c.charCodeAt(0) <= 0x20 || c.charCodeAt(0) === 0x7f),
          `nothing a browser would drop or reinterpret: ${location}`,
        );
        assert.equal(lands(location, origin), origin);
        assert.ok(
          !location.toLowerCase().includes('evil.example') || location.startsWith('/%'),
          `stays a path: ${location}`,
        );
      });
    }

    it('sends a bare ?back with no value, and no back at all, home', async () => {
      assert.equal((await app.inject({ url: '/lang/ru?back' })).headers.location, '/');
      assert.equal((await app.inject({ url: '/lang/ru' })).headers.location, '/');
      assert.equal((await app.inject({ url: '/lang/ru?back=a&back=//evil.example' })).headers.location, '/');
    });
  });
}

describe('same-origin redirect targets', () => {
  const base = 'https://vigil.example.org';

  it('keeps paths and resolves what a browser would resolve', () => {
    assert.equal(sameOriginPath('/cases?country=KZ', base), '/cases?country=KZ');
    assert.equal(sameOriginPath('https://vigil.example.org/appeals/x', base), '/appeals/x');
    assert.equal(sameOriginPath('/a/../b', base), '/b');
    assert.equal(sameOriginPath('/\u043f\u0443\u0442\u044c', base), '/%D0%BF%D1%83%D1%82%D1%8C');
  });

  it('refuses anything that would leave the origin', () => {
    for (const t of [
      '/\t/evil.example',
      '/\r\n/evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '//evil.example',
      '/.//evil.example',
      'http://vigil.example.org/',
      'https://vigil.example.org:444/',
      'https://user:pw@vigil.example.org/',
      'javascript:alert(1)',
      ' //evil.example',
    ]) {
      assert.equal(sameOriginPath(t, base), '/', JSON.stringify(t));
    }
    assert.equal(sameOriginPath(['/a'], base), '/');
    assert.equal(sameOriginPath(undefined, base), '/');
  });

  it('replaces an off-origin Location any route might send with the home page', async () => {
    const app = Fastify();
    await registerWeb(app, { publicUrl: base, publicHttps: false });
    app.get('/away', async (_request, reply) => reply.redirect('//evil.example/x', 302));
    app.get('/slash', async (_request, reply) => reply.redirect('/\\evil.example', 302));
    app.get('/stay', async (_request, reply) => reply.redirect('/edit?saved=1#co-h', 303));
    await app.ready();
    try {
      assert.equal((await app.inject({ url: '/away' })).headers.location, '/');
      assert.equal((await app.inject({ url: '/slash' })).headers.location, '/');
      assert.equal((await app.inject({ url: '/stay' })).headers.location, '/edit?saved=1#co-h');
    } finally {
      await app.close();
    }
  });
});
