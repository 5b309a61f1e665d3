// Multi-row inserts without building a query per statement: Kysely turns every value of an insert into an operation
// node, visits and freezes them, and compiles the SQL again, which cost more than SQLite took to store the rows of a
// long import. The SQL text of a shape (table, columns, row count) is compiled by Kysely once and reused with new
// values; the driver then finds its prepared statement by that text.
//
// On PostgreSQL a multi-row VALUES list is parsed and planned anew with all its parameters each time, which cost the
// server more than storing the rows; there the rows go as one array per column instead, spread by `unnest`, so a
// statement has as many parameters as the table has columns and its text does not depend on the row count.
import { CompiledQuery, PostgresAdapter } from 'kysely';
import type { Trx } from '../database.ts';
import { statementSlices } from '../prepared.ts';
import type { Database } from '../schema.ts';

/** SQL text per dialect and shape; null for a shape whose parameters did not come out as the rows' values in order. */
const texts = new Map<string, string | null>();

/** The values of `rows` in column order, or undefined when a row lacks a column, has another one, or holds undefined. */
function valuesOf(rows: readonly object[], columns: readonly string[]): unknown[] | undefined {
  const out: unknown[] = new Array(rows.length * columns.length);
  let at = 0;
  for (const row of rows) {
    const r = row as Record<string, unknown>;
    let own = 0;
    for (const key in r) if (Object.hasOwn(r, key)) own++;
    if (own !== columns.length) return undefined;
    for (const c of columns) {
      const v = r[c];
      // Kysely leaves an undefined value's column out of its row: such rows take its own path.
      if (v === undefined) return undefined;
      out[at++] = v;
    }
  }
  return out;
}

/** PostgreSQL's type of each column, per table, per database (its adapter, which transactions share). */
const columnTypes = new WeakMap<object, Map<string, Map<string, string>>>();

async function typesOf(trx: Trx, table: string): Promise<Map<string, string>> {
  const adapter = trx.getExecutor().adapter;
  let tables = columnTypes.get(adapter);
  if (!tables) columnTypes.set(adapter, (tables = new Map()));
  let types = tables.get(table);
  if (!types) {
    const { rows } = await trx.executeQuery<{ name: string; type: string }>(
      CompiledQuery.raw(
        `select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute
         where attrelid = to_regclass(quote_ident($1)) and attnum > 0 and not attisdropped`,
        [table],
      ),
    );
    types = new Map(rows.map((r) => [r.name, r.type]));
    tables.set(table, types);
  }
  return types;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** PostgreSQL: the statement inserting rows given as one array per column, or undefined when a column's type is unknown. */
async function unnestInsert(trx: Trx, table: string, columns: readonly string[]): Promise<string | undefined> {
  const types = await typesOf(trx, table);
  const casts: string[] = [];
  for (const c of columns) {
    const type = types.get(c);
    if (!type) return undefined;
    casts.push(`$${casts.length + 1}::${type}[]`);
  }
  return `insert into ${quoted(table)} (${columns.map(quoted).join(', ')}) select * from unnest(${casts.join(', ')})`;
}

/** The column-`i` values of rows given as their values in column order (`n` columns), from row `from` to `to`. */
function column(values: readonly unknown[], n: number, i: number, from: number, to: number): unknown[] {
  const out: unknown[] = new Array(to - from);
  for (let row = from; row < to; row++) out[row - from] = values[row * n + i];
  return out;
}

/**
 * Inserts rows that all have the same columns with one statement, as Kysely's `insertInto(table).values(rows)` would
 * (the same SQL, parameters and result), reusing the compiled text of the shape.
 */
export async function insertValues(trx: Trx, table: keyof Database, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const values = valuesOf(rows, columns);
  const key = `${trx.getExecutor().adapter.constructor.name}\u0000${table}\u0000${columns.join('\u0000')}\u0000${rows.length}`;
  let text = values ? texts.get(key) : null;
  if (values && text === undefined) {
    // The first statement of a shape is compiled by Kysely, and kept only if its parameters are exactly the values.
    const compiled = trx
      .insertInto(table)
      .values(rows as never)
      .compile();
    const same =
      compiled.parameters.length === values.length && compiled.parameters.every((p, i) => Object.is(p, values[i]));
    text = same ? compiled.sql : null;
    texts.set(key, text);
  }
  if (values && text) await trx.executeQuery(CompiledQuery.raw(text, values));
  else
    await trx
      .insertInto(table)
      .values(rows as never)
      .execute();
}

/** Rows per statement at most on PostgreSQL's array path: bounds the size of each array parameter. */
const MAX_ARRAY_ROWS = 4096;
/**
 * The longest text sent in an array: the driver writes each array as one literal, escaping every quote and backslash
 * of its texts, and PostgreSQL parses it again; for long texts (record snapshots, descriptions) that cost more than
 * separate parameters (12,703 snapshots: 1.6 s of client CPU against 0.25 s), for short ones (name keys) far less.
 */
const MAX_ARRAY_TEXT = 256;

/** True when every value is a short text, a number, a boolean or null. */
function shortValues(values: readonly unknown[]): boolean {
  for (const v of values) {
    if (typeof v === 'string' ? v.length > MAX_ARRAY_TEXT : v !== null && typeof v === 'object') return false;
  }
  return true;
}

/**
 * Inserts any number of rows with the same columns: in statements of power-of-two sizes up to `maxRows`
 * (statementSlices, each as insertValues), or on PostgreSQL, when the values are all short, as arrays of up to
 * MAX_ARRAY_ROWS rows per statement.
 */
export async function insertRows(
  trx: Trx,
  table: keyof Database,
  rows: readonly object[],
  maxRows: number,
): Promise<void> {
  if (rows.length > 1 && trx.getExecutor().adapter instanceof PostgresAdapter) {
    const columns = Object.keys(rows[0]!);
    const values = valuesOf(rows, columns);
    const text = values && shortValues(values) ? await unnestInsert(trx, table, columns) : undefined;
    if (values && text) {
      for (let from = 0; from < rows.length; from += MAX_ARRAY_ROWS) {
        const to = Math.min(rows.length, from + MAX_ARRAY_ROWS);
        const arrays = columns.map((_c, i) => column(values, columns.length, i, from, to));
        await trx.executeQuery(CompiledQuery.raw(text, arrays));
      }
      return;
    }
  }
  for (const [from, to] of statementSlices(rows.length, maxRows)) await insertValues(trx, table, rows.slice(from, to));
}
