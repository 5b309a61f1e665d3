// Walks every route and method the OpenAPI document lists (the JSON API) and every HTML page the app registers, with malformed query
// strings, path ids and bodies, anonymously and as an editor: the answer is never a 5xx, and an anonymous write that
// needs a token is a 401 whatever its body (so the schema is not revealed to strangers).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '../../src/http/plugins/auth.ts';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';
import { buildPerson } from '../support/factories.ts';
import { signedIn } from '../support/session.ts';

interface Operation {
  security?: unknown[];
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
}
type Doc = { paths: Record<string, Record<string, Operation>> };

/** Query values, already encoded as they would travel: wrong types, impossible dates, huge numbers, unicode junk, control characters. */
const BAD_VALUES = [
  'abc',
  '-1',
  '1.5',
  '1e309',
  '99999999999999999999999999',
  '2020-99-01',
  '2020-02-30',
  '0000-00-00',
  '2020-13',
  '-2020-01-01',
  '20200101',
  'true',
  'null',
  '[]',
  '{}',
  '%E2%80%8B%E2%80%AE%EF%BB%BF',
  '%CC%81',
  '%F0%9F%92%A9',
  '%C3%28',
  '%FF%FE',
  '%01%02%1B%7F',
  '%0D%0A',
  '%09',
  '%25',
  '%2525',
  '..%2F..%2F',
  '<script>',
  'a'.repeat(3000),
];
/** Query keys pages and lists are likely to read, for routes that declare none. */
const COMMON_KEYS = [
  'q',
  'page',
  'country',
  'year',
  'status',
  'kind',
  'month',
  'from',
  'to',
  'lang',
  'cursor',
  'limit',
  'offset',
  'type',
  'id',
  'saved',
  'days',
  'asOf',
  'since',
];
/** Malformed path ids (and one well-formed id of nothing). */
const BAD_IDS = [
  'x',
  '-1',
  '99999999999999999999',
  '%E2%80%8B',
  '%C3%28',
  '%01',
  'a'.repeat(400),
  '..%2Fetc',
  '01HZY7S0000000000000000000',
  '%F0%9F%92%A9',
];
/** Bodies that are not what any write expects. */
const BAD_BODIES: (string | undefined)[] = [
  undefined,
  '',
  '{}',
  '[]',
  'null',
  '"x"',
  '123',
  '{"a":',
  '{"names":[{"full":"\u200b"}]}',
  `${'['.repeat(2000)}${']'.repeat(2000)}`,
];
/** Values every declared property of a body is set to, in turn. */
const BAD_FIELD_VALUES: unknown[] = [
  123,
  -1,
  1e308,
  true,
  [],
  {},
  [[]],
  'x',
  '2020-99-01',
  '\u200b\u200f',
  ' ',
  '\u0301',
  'a'.repeat(20_000),
  null,
  [{ full: 1 }],
  { a: { b: { c: [] } } },
];

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

for (const dialect of DIALECTS) {
  describe(`every documented route refuses bad input with a 4xx (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let doc: Doc;
    let editor: Record<string, string>;
    let personId: string;
    const failures: string[] = [];

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      const token = await tokenFor(t, 'editor');
      const cookie = await signedIn(t, 'editor');
      editor = { ...bearer(token), cookie: `${SESSION_COOKIE}=${cookie}` };
      personId = (
        await app.inject({ method: 'POST', url: '/api/v1/persons', headers: bearer(token), payload: buildPerson() })
      ).json<{ data: { id: string } }>().data.id;
      const res = await app.inject({ url: '/api/v1/openapi.json' });
      assert.equal(res.statusCode, 200);
      doc = res.json<Doc>();
      // The document holds the JSON API only; the pages are walked from the app's own list of routes.
      for (const r of app.vigilRoutes) {
        if (r.method !== 'GET' || r.url.startsWith('/api/v1/') || r.url.startsWith('/assets/') || r.url.includes('*'))
          continue;
        const path = r.url.replace(/:(\w+)/g, '{$1}');
        doc.paths[path] = { ...doc.paths[path], get: doc.paths[path]?.get ?? {} };
      }
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    /** Sends one request and records it when the answer is a 5xx. */
    async function probe(
      method: string,
      url: string,
      headers: Record<string, string>,
      payload?: string,
    ): Promise<number> {
      const res = await app.inject({
        method: method.toUpperCase() as 'GET',
        url,
        headers: payload === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        payload,
      });
      if (res.statusCode >= 500)
        failures.push(
          `${method.toUpperCase()} ${url.slice(0, 200)} ${payload?.slice(0, 80) ?? ''} → ${res.statusCode} ${res.body.slice(0, 200)}`,
        );
      return res.statusCode;
    }

    /** The route's path with its parameters filled in: `id` by a real person's id where the route is about persons. */
    const fill = (path: string, id: string) => path.replace(/\{[^}]+\}/g, id);

    it('lists routes to walk', () => {
      const ops = Object.values(doc.paths).flatMap((m) => Object.keys(m));
      assert.ok(ops.length > 150, `only ${ops.length} operations documented`);
    });

    for (const who of ['anonymous', 'editor'] as const) {
      it(`never answers 5xx to malformed query strings and path ids (${who})`, async () => {
        const headers = who === 'editor' ? editor : {};
        for (const [path, methods] of Object.entries(doc.paths)) {
          for (const [method, op] of Object.entries(methods)) {
            if (method !== 'get') continue;
            const declared = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
            const base = fill(path, path.includes('/persons/') ? personId : 'x');
            // Declared parameters one at a time (a bad one must not hide behind another); pages, which declare none, get the
            // keys they commonly read all at once, so the walk stays short enough to run with every test.
            const groups = declared.length > 0 ? declared.map((k) => [k]) : [COMMON_KEYS];
            for (const keys of groups) {
              for (const value of BAD_VALUES)
                await probe(method, `${base}?${keys.map((k) => `${k}=${value}`).join('&')}`, headers);
              await probe(method, `${base}?${keys.map((k) => `${k}=1&${k}=2`).join('&')}`, headers);
              await probe(method, `${base}?${keys.map((k) => `${k}[]=1&${k}[a]=2`).join('&')}`, headers);
            }
            if (path.includes('{')) for (const id of BAD_IDS) await probe(method, fill(path, id), headers);
          }
        }
        assert.deepEqual(failures, []);
      });

      it(`never answers 5xx to malformed bodies and ids on writes (${who})`, async () => {
        const headers = who === 'editor' ? editor : {};
        for (const [path, methods] of Object.entries(doc.paths)) {
          for (const [method, op] of Object.entries(methods)) {
            if (!WRITE_METHODS.has(method) || !path.startsWith('/api/')) continue;
            const url = fill(path, '01HZY7S0000000000000000000');
            const props = Object.keys(op.requestBody?.content?.['application/json']?.schema?.properties ?? {});
            const bodies = [
              ...BAD_BODIES,
              ...BAD_FIELD_VALUES.map((v) => JSON.stringify(Object.fromEntries(props.map((p) => [p, v])))),
            ];
            for (const body of bodies) {
              const status = await probe(method, url, headers, body);
              if (who === 'anonymous' && op.security?.length)
                assert.equal(
                  status,
                  401,
                  `${method.toUpperCase()} ${path} without a token must be 401 before its body is read, got ${status}`,
                );
            }
            if (path.includes('{')) for (const id of BAD_IDS) await probe(method, fill(path, id), headers, '{}');
          }
        }
        assert.deepEqual(failures, []);
      });
    }

    it('answers an anonymous write with an invalid body 401, not a description of the schema', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/persons',
        payload: { names: 'not a list', bogus: 1 },
      });
      assert.equal(res.statusCode, 401);
      assert.equal(res.json<{ error: { code: string } }>().error.code, 'unauthorized');
      assert.doesNotMatch(res.body, /names/);
      const broken = await app.inject({
        method: 'PATCH',
        url: `/api/v1/persons/${personId}`,
        headers: { 'content-type': 'application/json' },
        payload: '{"names":',
      });
      assert.equal(broken.statusCode, 401, 'even a body that is not JSON');
    });

    it('refuses impossible calendar days on the occasions calendar with a 400', async () => {
      for (const from of ['2020-99-01', '2020-02-30', '2021-02-29', '0000-01-01']) {
        const res = await app.inject({ url: `/api/v1/occasions?from=${from}` });
        assert.equal(res.statusCode, 400, from);
        assert.equal(res.json<{ error: { code: string } }>().error.code, 'validation_failed');
      }
      assert.equal((await app.inject({ url: '/api/v1/occasions?from=2024-02-29' })).statusCode, 200);
    });
  });
}
