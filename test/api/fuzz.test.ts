// Malformed input must never produce a 5xx or change anything, on any route the app registers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';
import { buildPerson } from '../support/factories.ts';

const RUNS = 25;

for (const dialect of DIALECTS) {
  describe(`fuzzed input (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let token: string;
    let personId: string;
    const audits = async () =>
      Number(
        (
          await t.handle.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      token = await tokenFor(t, 'admin');
      personId = (
        await app.inject({ method: 'POST', url: '/api/v1/persons', headers: bearer(token), payload: buildPerson() })
      ).json().data.id;
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.dictionary(
        fc.constantFrom(
          'names',
          'title',
          'kind',
          'subject',
          'country',
          'status',
          'sentence',
          'acts',
          'startDate',
          'confidentiality',
          'personId',
          'sourceId',
          'record',
        ),
        fc.jsonValue({ maxDepth: 2 }),
      ),
    );

    it('every write route answers 4xx to random bodies and writes nothing', async () => {
      const writes = app.vigilRoutes.filter(
        (r) => ['POST', 'PATCH', 'PUT'].includes(r.method) && r.url.startsWith('/api/'),
      );
      assert.ok(writes.length >= 15, `found only ${writes.length} write routes`);
      const start = await audits();
      for (const route of writes) {
        const url = route.url.replace(':id', route.url.includes('persons') ? personId : '01ARZ3NDEKTSV4RRFFQ69G5FAV');
        await fc.assert(
          fc.asyncProperty(body, async (payload) => {
            if (route.method === 'PATCH' && route.url.includes('persons')) return; // a valid patch may legitimately succeed
            // A lone non-blank title is a whole valid source or draft appeal: random bodies of that shape may succeed.
            const keys = payload && typeof payload === 'object' && !Array.isArray(payload) ? Object.keys(payload) : [];
            fc.pre(
              !(keys.length === 1 && keys[0] === 'title' && typeof (payload as { title: unknown }).title === 'string'),
            );
            const res = await app.inject({
              method: route.method as 'POST',
              url,
              headers: { ...bearer(token), 'content-type': 'application/json' },
              payload: JSON.stringify(payload),
            });
            assert.ok(
              res.statusCode >= 400 && res.statusCode < 500,
              `${route.method} ${url} ${JSON.stringify(payload)} → ${res.statusCode} ${res.body}`,
            );
            assert.ok(res.json().error?.code, res.body);
          }),
          { numRuns: RUNS },
        );
      }
      assert.equal(await audits(), start);
    });

    it('list routes answer 4xx or 200 to random query strings, never 5xx', async () => {
      const lists = app.vigilRoutes.filter(
        (r) => r.method === 'GET' && r.url.startsWith('/api/v1/') && !r.url.includes(':'),
      );
      const key = fc.constantFrom(
        'q',
        'country',
        'status',
        'kind',
        'year',
        'limit',
        'cursor',
        'actKind',
        'personId',
        'nationality',
        'role',
        'sha256',
        'x',
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...lists),
          fc.dictionary(key, fc.string({ maxLength: 30 })),
          async (route, query) => {
            const res = await app.inject({ method: 'GET', url: route.url, query });
            assert.ok(
              res.statusCode === 200 || (res.statusCode >= 400 && res.statusCode < 500),
              `${route.url}?${new URLSearchParams(query)} → ${res.statusCode} ${res.body}`,
            );
          },
        ),
        { numRuns: 150 },
      );
    });
  });
}
