// Reads whose rows come back as arrays of column values, in the order selected, instead of objects keyed by column name.
// An export reads hundreds of thousands of rows: the drivers build an array several times faster than an object with a
// property per column, and make less garbage. Kysely has no word for this, so the SQL text carries a marker that each
// dialect's driver adapter (dialects/sqlite.ts, dialects/postgres.ts) recognises.
import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

// A database or a transaction (Executor in database.ts, which imports the dialects that import this module: named here
// to avoid a cycle).
type Executor = Kysely<Database>;

/** The comment a statement starts with when its rows are wanted as arrays. */
export const ARRAY_ROWS = '/* rows as arrays */ ';

/** The rows of a query as arrays of the selected columns' values, in the order they were selected. */
export async function selectArrays(db: Executor, query: Compilable<unknown>): Promise<unknown[][]> {
  const c = query.compile();
  const result = await db.executeQuery(CompiledQuery.raw(`${ARRAY_ROWS}${c.sql}`, [...c.parameters]));
  return result.rows as unknown[][];
}
