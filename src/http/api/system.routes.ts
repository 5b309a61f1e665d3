// Readiness and the API's own description.
import type { FastifyInstance } from 'fastify';
import { sql } from '../../db/sql.ts';
import type { AppDeps } from '../app.ts';

/** Registers GET /healthz and GET /api/v1/openapi.json. */
export function registerSystemRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(deps.db);
      return reply.header('cache-control', 'no-store').send({ status: 'ok' });
    } catch {
      return reply.status(503).header('cache-control', 'no-store').send({ error: { code: 'unavailable', message: 'The database is not reachable' } });
    }
  });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
