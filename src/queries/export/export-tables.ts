// Reads the table sections of an export (see table-sections.ts) in large keyset pages, each page's child rows in one
// query, so that the number of queries grows with pages, not rows.
import type { Executor } from '../../db/database.ts';
import { anyNotNull, childRows, pageRows, type RawRow } from '../../db/repos/transfer.repo.ts';
import { rowToExport, TABLE_SECTIONS, type TableExportOptions, type TableSection } from './table-sections.ts';

const PAGE = 2000;

/** Every row of a table section in key order, in its exported shape. */
export async function* tableRecords(
  db: Executor,
  s: TableSection,
  opts: TableExportOptions,
): AsyncGenerator<Record<string, unknown>> {
  const columns = s.columns.map((c) => c.name);
  let after: unknown[] | undefined;
  for (;;) {
    const rows = await pageRows(db, s.table, columns, s.key, after, PAGE);
    if (rows.length === 0) return;
    const ids = rows.map((r) => String(r[s.key[0]!]));
    const children: Record<string, Map<string, RawRow[]>> = {};
    for (const ch of s.children ?? []) {
      const byParent = new Map<string, RawRow[]>();
      for (const r of await childRows(
        db,
        ch.table,
        ch.parent,
        ids,
        ch.columns.map((c) => c.name),
      )) {
        const list = byParent.get(String(r[ch.parent])) ?? [];
        list.push(r);
        byParent.set(String(r[ch.parent]), list);
      }
      children[ch.key] = byParent;
    }
    for (const row of rows) {
      const id = String(row[s.key[0]!]);
      yield rowToExport(
        s,
        row,
        Object.fromEntries(Object.entries(children).map(([k, m]) => [k, m.get(id) ?? []])),
        opts,
      );
    }
    const last = rows[rows.length - 1]!;
    after = s.key.map((k) => last[k]);
    if (rows.length < PAGE) return;
  }
}

/** True when the table sections, as exported with these options, hold any value sealed with the key file. */
export async function holdsSealedValues(db: Executor, opts: TableExportOptions): Promise<boolean> {
  for (const s of TABLE_SECTIONS) {
    for (const c of s.columns) {
      if (c.sealed && !(opts.withoutAddresses && c.address) && (await anyNotNull(db, s.table, c.name))) return true;
    }
  }
  return false;
}
