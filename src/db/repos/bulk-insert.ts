// Multi-row inserts without building a query per statement: Kysely turns every value of an insert into an operation
// node, visits and freezes them, and compiles the SQL again, which cost more than SQLite took to store the rows of a
// long import. The SQL text of a shape (table, columns, row count) is compiled by Kysely once and reused with new
// values; the driver then finds its prepared statement by that text.
import { CompiledQuery } from 'kysely';
import type { Trx } from '../database.ts';
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
