// What an operator watches: /metrics behind a bearer token (absent without one), /livez and /readyz, and a stop that
// gives up after VIGIL_SHUTDOWN_TIMEOUT_SECONDS instead of hanging on a client that never finishes its request.
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config.ts';
import { writeTransaction } from '../../src/db/database.ts';
import { insertJobs } from '../../src/db/repos/job.repo.ts';
import { FileStore } from '../../src/files.ts';
import { buildApp } from '../../src/server.ts';
import { serve } from '../../src/main.ts';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, silentLog, testDb, type TestDb } from '../support/db.ts';
import { buildPerson } from '../support/factories.ts';
import { tempDataDir } from '../support/cli.ts';

const TOKEN = 'metrics-token-for-the-tests-0123456789';

for (const dialect of DIALECTS) {
  describe(`operations endpoints (${dialect})`, () => {
    let t: TestDb;
    let plain: FastifyInstance;
    let watched: FastifyInstance;
    before(async () => {
      t = await testDb(dialect);
      plain = await testApp(t);
      watched = await buildApp({
        config: { ...t.config, metricsToken: TOKEN },
        db: t.handle.db,
        files: new FileStore(t.config.filesDir),
        log: silentLog,
        now: () => new Date(),
        keyring: t.keyring,
        ...(t.handle.poolStats ? { poolStats: t.handle.poolStats } : {}),
      });
    });
    after(async () => {
      await plain?.close();
      await watched?.close();
      await t?.cleanup();
    });

    it('has no /metrics while VIGIL_METRICS_TOKEN is unset', async () => {
      const res = await plain.inject({ method: 'GET', url: '/metrics', headers: bearer(TOKEN) });
      assert.equal(res.statusCode, 404);
      assert.equal(res.json().error.code, 'not_found');
    });

    it('asks for the token, and refuses a wrong one', async () => {
      for (const headers of [{}, bearer('wrong-token-wrong-token'), { authorization: `Basic ${TOKEN}` }]) {
        const res = await watched.inject({ method: 'GET', url: '/metrics', headers });
        assert.equal(res.statusCode, 401);
        assert.equal(res.json().error.code, 'unauthorized');
        assert.equal(res.headers['www-authenticate'], 'Bearer');
        assert.doesNotMatch(res.body, /vigil_http/);
      }
    });

    it('reports requests by route pattern, signatures, the job queue and the process', async () => {
      const editor = await tokenFor(t, 'editor');
      const created = await watched.inject({
        method: 'POST',
        url: '/api/v1/persons',
        headers: bearer(editor),
        payload: buildPerson({ confidentiality: 'public' }),
      });
      assert.equal(created.statusCode, 201, created.body);
      const slug = created.json().data.slug as string;
      assert.equal(
        (await watched.inject({ method: 'GET', url: `/api/v1/persons/${slug}?q=secret-term` })).statusCode,
        200,
      );
      const due = new Date(Date.now() - 60_000).toISOString();
      await writeTransaction(t.handle.db, (trx) =>
        insertJobs(trx, [
          { id: '01JOBSFORMETRICS0000000001', kind: 'test.waiting', payload: {}, runAt: due, createdAt: due },
        ]),
      );

      const res = await watched.inject({ method: 'GET', url: '/metrics', headers: bearer(TOKEN) });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^text\/plain/);
      const body = res.body;
      assert.match(
        body,
        /vigil_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/persons\/:id",status="200"\} 1/,
      );
      assert.match(
        body,
        /vigil_http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/persons",status="201"\} 1/,
      );
      assert.doesNotMatch(body, new RegExp(slug), "a visitor's URL never becomes a label");
      assert.doesNotMatch(body, /secret-term/);
      assert.match(body, /# TYPE vigil_signatures gauge/);
      assert.match(body, /vigil_jobs_due\{kind="test.waiting"\} 1/);
      const age = Number(/vigil_jobs_oldest_due_age_seconds\{kind="test.waiting"\} ([\d.]+)/.exec(body)?.[1]);
      assert.ok(age >= 59 && age < 600, `oldest due job waited ${age} s`);
      assert.match(body, /process_cpu_seconds_total/);
      assert.match(body, /nodejs_eventloop_lag_seconds/);
      if (dialect === 'postgres') assert.match(body, /vigil_db_pool_connections\{state="total"\} \d+/);
      else assert.doesNotMatch(body, /vigil_db_pool_connections/);
    });

    it('answers /livez and /readyz with what was checked', async () => {
      const live = await plain.inject({ method: 'GET', url: '/livez' });
      assert.equal(live.statusCode, 200);
      assert.deepEqual(live.json(), { status: 'ok' });
      const ready = await plain.inject({ method: 'GET', url: '/readyz' });
      assert.equal(ready.statusCode, 200);
      assert.deepEqual(ready.json(), { status: 'ready', checks: { database: 'ok', migrations: 'ok', key: 'ok' } });
      assert.equal(ready.headers['cache-control'], 'no-store');
    });
  });
}

describe('readiness without the database', () => {
  it('answers 503 naming the failed check, while /livez stays 200', async () => {
    const t = await testDb('sqlite');
    const app = await testApp(t);
    try {
      await t.handle.close();
      const ready = await app.inject({ method: 'GET', url: '/readyz' });
      assert.equal(ready.statusCode, 503);
      assert.equal(ready.json().status, 'not_ready');
      assert.equal(ready.json().checks.database, 'the database is not reachable');
      assert.equal((await app.inject({ method: 'GET', url: '/livez' })).statusCode, 200);
    } finally {
      await app.close();
      await t.cleanup().catch(() => undefined);
    }
  });
});

describe('stopping', () => {
  it('gives up waiting for a request that never ends after VIGIL_SHUTDOWN_TIMEOUT_SECONDS', async () => {
    const config = loadConfig({
      VIGIL_DATA_DIR: tempDataDir(),
      PORT: '0',
      VIGIL_LOG_LEVEL: 'silent',
      VIGIL_SHUTDOWN_TIMEOUT_SECONDS: '1',
    });
    const server = await serve(config, { role: 'web' });
    const { port } = new URL(server.url);
    // Half a request: headers never finished, so the server cannot close this connection as idle.
    const socket = net.connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await server.stop();
    const took = Date.now() - started;
    socket.destroy();
    assert.ok(took >= 900 && took < 5000, `stop took ${took} ms`);
  });
});
