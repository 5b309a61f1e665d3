// Prometheus metrics at /metrics for the operator: request rate and latency per route, signatures by status, the job
// queue's depth and age, the PostgreSQL pool, and the process's own figures. Read with a bearer token; without
// VIGIL_METRICS_TOKEN the route does not exist. Routes are labelled by their pattern, never by the URL a visitor asked for.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { jobQueue, signaturesByStatus, type JobQueueRow } from '../../db/repos/metrics.repo.ts';
import { AppError } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';

/** Compares two secrets in constant time (digests first, so lengths do not show either). */
function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

/** Registers the request timer on every route, and GET /metrics when a metrics token is configured. */
export async function registerMetrics(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const token = deps.config.metricsToken;
  if (!token) {
    // Answered like any unknown path, whatever Authorization says, so nothing tells that metrics exist.
    app.get('/metrics', { schema: { hide: true }, config: { ownBearerToken: true } }, async () => {
      throw new AppError('not_found', 'No route for GET /metrics');
    });
    return;
  }
  // Loaded only when metrics are on: prom-client and its tracing API are some eighty modules to load at start.
  const { collectDefaultMetrics, Gauge, Histogram, Registry } = await import('prom-client');
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requests = new Histogram({
    name: 'vigil_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern, method and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  new Gauge({
    name: 'vigil_signatures',
    help: 'Public signatures of every appeal, by status.',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of await signaturesByStatus(deps.db)) this.set({ status: r.status }, r.n);
    },
  });
  // The three queue gauges come from one query per scrape (a scrape collects them one after the other).
  let queue: { at: number; rows: Promise<JobQueueRow[]> } | undefined;
  const queueNow = () => {
    const at = Date.now();
    if (!queue || at - queue.at > 1000) queue = { at, rows: jobQueue(deps.db, deps.now().toISOString()) };
    return queue.rows;
  };
  const queueGauge = (name: string, help: string, value: (r: JobQueueRow, now: number) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['kind'] as const,
      registers: [registry],
      async collect() {
        const rows = await queueNow();
        const now = deps.now().getTime();
        this.reset();
        for (const r of rows) this.set({ kind: r.kind }, value(r, now));
      },
    });
  queueGauge('vigil_jobs_due', 'Jobs whose time has come and that no worker has finished, by kind.', (r) => r.due);
  queueGauge('vigil_jobs_oldest_due_age_seconds', 'How long the oldest due job of each kind has waited.', (r, now) =>
    r.oldestDueAt ? Math.max(0, (now - Date.parse(r.oldestDueAt)) / 1000) : 0,
  );
  queueGauge('vigil_jobs_failed', 'Jobs that failed for good, by kind.', (r) => r.failed);
  const poolStats = deps.poolStats;
  if (poolStats) {
    new Gauge({
      name: 'vigil_db_pool_connections',
      help: 'PostgreSQL pool connections: all open, idle, and requests waiting for one.',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const s = poolStats();
        this.set({ state: 'total' }, s.total);
        this.set({ state: 'idle' }, s.idle);
        this.set({ state: 'waiting' }, s.waiting);
      },
    });
  }

  app.get('/metrics', { schema: { hide: true }, config: { ownBearerToken: true } }, async (request, reply) => {
    const given = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!given || !sameSecret(given, token)) {
      void reply.header('www-authenticate', 'Bearer');
      throw new AppError('unauthorized', 'The metrics need the bearer token set in VIGIL_METRICS_TOKEN');
    }
    const body = await registry.metrics();
    return reply.header('cache-control', 'no-store').type(registry.contentType).send(body);
  });
}
