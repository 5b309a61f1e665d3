// The part of a record repository that is the same for every record type: find by id or slug at the reader's levels,
// insert, update and remove, each row with its child rows. A repository states only what differs: its table, how rows
// become records and back, its child rows, and how it lists.
import type { Keyring } from '../../crypto/field-cipher.ts';
import type { RecordBase } from '../../domain/common.ts';
import type { Executor, Trx } from '../database.ts';
import type { PersonsTable } from '../schema.ts';
import {
  byIdOrSlug,
  writeRows,
  type BaseRow,
  type RecordRepo,
  type RecordTable,
  type RestrictedKeys,
  type TableRows,
} from './shared.ts';

/** What one record type's repository states of its own. */
export interface RecordRepoSpec<T extends RecordBase, F, Row extends BaseRow> {
  table: RecordTable;
  /** Records from their rows: child rows read, sealed records opened when keys are given. */
  hydrate(db: Executor, rows: Row[], keys: RestrictedKeys): Promise<T[]> | T[];
  /** The row of a record: restricted fields encrypted, a sealed record's content blanked. */
  columns(record: T, keyring: Keyring): Row;
  /** The child rows of a new record (names, places, charges …), written after its row, with multi-row statements. */
  children?(record: T): TableRows[];
  /** Writes the child rows again for a replaced record, the old ones removed first. */
  writeChildren?(trx: Trx, record: T, replace: boolean): Promise<void>;
  list: RecordRepo<T, F>['list'];
  /** A find of its own, where the shared one is not enough (persons follow merges). */
  find?: RecordRepo<T, F>['find'];
}

/** A record repository from what its type states. */
export function recordRepo<T extends RecordBase, F, Row extends BaseRow>(
  spec: RecordRepoSpec<T, F, Row>,
): RecordRepo<T, F> {
  // Kysely types a query by a table named in the code; the table here is chosen by the spec, which ties Row to it. The
  // builders are typed as one record table's (every record table has the shared columns these queries use).
  const table = spec.table as 'persons';
  const asRow = (row: Row) => row as unknown as PersonsTable;
  const rowsOf = (record: T, keyring: Keyring): TableRows[] => [
    { table: spec.table, rows: [spec.columns(record, keyring)] },
    ...(spec.children?.(record) ?? []),
  ];
  return {
    table: spec.table,
    find:
      spec.find ??
      (async (db, idOrSlug, levels, keys) => {
        const rows = await byIdOrSlug(
          db
            .selectFrom(table)
            .selectAll()
            .where('confidentiality', 'in', [...levels]),
          spec.table,
          idOrSlug,
        ).execute();
        return (await spec.hydrate(db, rows as unknown as Row[], keys))[0];
      }),
    list: spec.list,
    async insert(trx, record, keyring) {
      await writeRows(trx, rowsOf(record, keyring));
    },
    async insertMany(trx, records, keyring) {
      await writeRows(
        trx,
        records.flatMap((r) => rowsOf(r, keyring)),
      );
    },
    async update(trx, record, keyring) {
      const { id: _id, created_at: _c, ...rest } = asRow(spec.columns(record, keyring));
      await trx.updateTable(table).set(rest).where('id', '=', record.id).execute();
      await spec.writeChildren?.(trx, record, true);
    },
    async remove(trx, id) {
      await trx.deleteFrom(table).where('id', '=', id).execute();
    },
  };
}
