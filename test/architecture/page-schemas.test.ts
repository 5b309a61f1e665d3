// Every HTML page route states what it reads: its path parameters, its query and its form body each have a schema, so
// no page handler reads an unchecked request.body or request.query (and none casts one into shape).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { testApp } from '../support/app.ts';
import { testDb, type TestDb } from '../support/db.ts';

const WEB = path.join(import.meta.dirname, '..', '..', 'src', 'web');

/** Routes that are not pages of the site: the API, health and metrics, static files, and the API's own description. */
const NOT_PAGES = [/^\/api\//, /^\/(healthz|livez|readyz|metrics)$/, /^\/assets\//];

/** What a route must declare: params when its path has any, a body when it takes one, a query when it is read. */
function missingParts(r: { method: string; url: string; validates: string[] }): string[] {
  const need: string[] = [];
  if (r.url.includes(':')) need.push('params');
  if (r.method === 'GET') need.push('querystring');
  if (r.method === 'POST' || r.method === 'PUT' || r.method === 'PATCH') need.push('body');
  return need.filter((part) => !r.validates.includes(part));
}

describe('page route schemas', () => {
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

  it('every page route declares a schema for its params, query and body', () => {
    const pages = app.vigilRoutes.filter((r) => !NOT_PAGES.some((re) => re.test(r.url)));
    assert.ok(pages.length > 50, `found ${pages.length} page routes`);
    const missing = pages
      .map((r) => ({ route: `${r.method} ${r.url}`, parts: missingParts(r) }))
      .filter((m) => m.parts.length > 0);
    assert.deepEqual(missing, []);
  });

  it('the check fails on a route without them', () => {
    assert.deepEqual(missingParts({ method: 'POST', url: '/edit/x/:id', validates: ['params'] }), ['body']);
    assert.deepEqual(missingParts({ method: 'GET', url: '/x', validates: [] }), ['querystring']);
  });

  it('no page code casts the request into shape', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
          fs.readFileSync(file, 'utf8')
            .split('\n')
            .forEach((line, n) => {
              if (/request\.(body|query|params)\)?\s+as\b/.test(line))
                offenders.push(`${path.relative(WEB, file)}:${n + 1}`);
            });
        }
      }
    };
    walk(WEB);
    assert.deepEqual(offenders, []);
  });
});
