// PostgreSQL: a pooled connection; the same tables and migrations as SQLite.
import { createRequire } from 'node:module';
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import type { Database } from '../schema.ts';

// The driver is loaded when a pool is first made, so that a SQLite installation never spends start-up time on it.
const load = createRequire(import.meta.url);

/** Options for connecting to PostgreSQL. */
export interface PostgresOptions {
  url: string;
  poolSize: number;
  /** A schema to work in instead of public (tests use one schema each). */
  searchPath?: string;
}

/** Creates the Kysely instance over a pg pool. */
export function createPostgres(opts: PostgresOptions): { db: Kysely<Database>; pool: pg.Pool } {
  const { Pool } = load('pg') as typeof pg;
  const pool = new Pool({
    connectionString: opts.url,
    max: opts.poolSize,
    ...(opts.searchPath ? { options: `-c search_path=${opts.searchPath}` } : {}),
  });
  // A broken idle connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), pool };
}

/** True when the error is a unique-constraint violation (SQLSTATE 23505). */
export function isUniqueViolation(err: unknown): boolean {
  return sqlState(err) === '23505';
}

/** True when the error says a table does not exist (SQLSTATE 42P01: a database not migrated that far). */
export function isMissingTable(err: unknown): boolean {
  return sqlState(err) === '42P01';
}

/** True when the error is a foreign-key violation (SQLSTATE 23503). */
export function isForeignKeyViolation(err: unknown): boolean {
  return sqlState(err) === '23503';
}

function sqlState(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}
