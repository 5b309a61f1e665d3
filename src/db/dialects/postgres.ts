// PostgreSQL: a pooled connection; the same tables and migrations as SQLite.
import { createRequire } from 'node:module';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import type { Database } from '../schema.ts';
import { ARRAY_ROWS } from '../array-rows.ts';

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
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool: arrayRowsPool(pool) }) }), pool };
}

/**
 * The pool as Kysely sees it: a statement marked ARRAY_ROWS is run with pg's array row mode (see array-rows.ts); every
 * other statement goes to the client unchanged. Each client keeps one wrapper, so Kysely keeps one connection per client.
 */
function arrayRowsPool(pool: pg.Pool): PostgresPool {
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    const query = (text: string, values: readonly unknown[]) =>
      text.startsWith(ARRAY_ROWS)
        ? client.query({ text, values: [...values], rowMode: 'array' })
        : client.query(text, [...values]);
    // Kysely calls the cursor form of query only when a cursor class is configured, and none is.
    return { query, release: (destroy?: boolean) => client.release(destroy) } as unknown as PostgresPoolClient;
  };
  return {
    async connect() {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (!wrapper) {
        wrapper = wrap(client);
        wrappers.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
  };
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
