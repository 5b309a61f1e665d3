// Liveness, readiness and the API's own description.
import type { FastifyInstance } from 'fastify';
import { pendingMigrations } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import type { AppDeps } from '../deps.ts';

type Check = 'ok' | string;

/** Registers GET /healthz, /livez, /readyz and /api/v1/openapi.json. */
export function registerSystemRoutes(app: FastifyInstance, deps: AppDeps): void {
  const databaseCheck = async (): Promise<Check> => {
    try {
      await sql`select 1`.execute(deps.db);
      return 'ok';
    } catch {
      return 'the database is not reachable';
    }
  };
  // Migrations only go forward: once none is pending, none will be for the life of this process.
  let migrated = false;
  const migrationsCheck = async (): Promise<Check> => {
    if (migrated) return 'ok';
    try {
      const pending = await pendingMigrations(deps.db);
      migrated = pending.length === 0;
      return migrated ? 'ok' : `${pending.length} migration(s) not applied`;
    } catch {
      return 'the migrations could not be read';
    }
  };
  const keyCheck = (): Check => (deps.keyring.current ? 'ok' : 'no key loaded');

  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    const database = await databaseCheck();
    if (database === 'ok') return reply.header('cache-control', 'no-store').send({ status: 'ok' });
    return reply
      .status(503)
      .header('cache-control', 'no-store')
      .send({ error: { code: 'unavailable', message: 'The database is not reachable' } });
  });
  // Alive: the process answers. An orchestrator restarts it when this fails, so it checks nothing outside the process.
  app.get('/livez', { schema: { hide: true } }, async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );
  // Ready: worth sending traffic to — the database answers, its schema is current, the key file was read.
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    const checks = { database: await databaseCheck(), migrations: await migrationsCheck(), key: keyCheck() };
    const ready = Object.values(checks).every((c) => c === 'ok');
    return reply
      .status(ready ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({ status: ready ? 'ready' : 'not_ready', checks });
  });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
