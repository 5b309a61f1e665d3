// Rows of the tables an export carries as stored (appeals, signatures, users, …): read in key order, page by page,
// and written back as they were. The table and column names come from the fixed section list in
// queries/export/table-sections.ts, never from input.
import { sql } from 'kysely';
import type { Executor, Trx } from '../database.ts';
import type { Database } from '../schema.ts';

/** A row as the driver returns it, keyed by column. */
export type RawRow = Record<string, unknown>;

/** Tables whose rows go into an export as stored. */
export type TransferTable = keyof Database;

// Kysely types each query by a literal table name; these helpers take the name as data, so they go through an untyped
// builder. The names only ever come from the section list, so no input reaches the SQL text.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: a table chosen at run time has no static row type
type Loose = any;

/**
 * One page of rows in key order: those whose key (one column, or two compared as a pair) comes after `after`,
 * at most `limit`, with only `columns`.
 */
export async function pageRows(
  db: Executor,
  table: TransferTable,
  columns: readonly string[],
  key: readonly string[],
  after: readonly unknown[] | undefined,
  limit: number,
): Promise<RawRow[]> {
  let q = (db as Loose).selectFrom(table).select(columns);
  if (after) {
    if (key.length === 1) q = q.where(key[0], '>', after[0]);
    else
      q = q.where((eb: Loose) =>
        eb.or([eb(key[0], '>', after[0]), eb.and([eb(key[0], '=', after[0]), eb(key[1], '>', after[1])])]),
      );
  }
  for (const k of key) q = q.orderBy(k);
  return (await q.limit(limit).execute()) as RawRow[];
}

/** The child rows of a set of parents, ordered by parent then position. */
export async function childRows(
  db: Executor,
  table: TransferTable,
  parentColumn: string,
  parentIds: readonly string[],
  columns: readonly string[],
): Promise<RawRow[]> {
  if (parentIds.length === 0) return [];
  return (await (db as Loose)
    .selectFrom(table)
    .select([parentColumn, ...columns])
    .where(parentColumn, 'in', parentIds)
    .orderBy(parentColumn)
    .orderBy('position')
    .execute()) as RawRow[];
}

/** Inserts rows into a table, several per statement (every row has the same columns). */
export async function insertRows(
  trx: Trx,
  table: TransferTable,
  rows: readonly RawRow[],
  perStatement = 200,
): Promise<void> {
  for (let at = 0; at < rows.length; at += perStatement) {
    await (trx as Loose)
      .insertInto(table)
      .values(rows.slice(at, at + perStatement))
      .execute();
  }
}

/** True when a row with this id is in the table. */
export async function rowExists(db: Executor, table: TransferTable, id: string): Promise<boolean> {
  const row = await (db as Loose)
    .selectFrom(table)
    .select(sql<number>`1`.as('one'))
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

/** True when any row of the table has a value in the column. */
export async function anyNotNull(db: Executor, table: TransferTable, column: string): Promise<boolean> {
  const row = await (db as Loose)
    .selectFrom(table)
    .select(sql<number>`1`.as('one'))
    .where(column, 'is not', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
