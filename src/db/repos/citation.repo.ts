// Citations: a source backing a record, or one field of it.
import type { CitationFilter } from '../../domain/filters.ts';
import type { Citation } from '../../domain/source.ts';
import type { Keyring } from '../../crypto/field-cipher.ts';
import type { Executor, Trx } from '../database.ts';
import type { CitationsTable } from '../schema.ts';
import { baseColumns, baseFields, visiblePage, type RestrictedKeys } from './shared.ts';
import { recordRepo } from './record-repo.ts';

function hydrate(rows: CitationsTable[], keys: RestrictedKeys): Citation[] {
  return rows.map((r) => ({
    ...baseFields(r, keys),
    sourceId: r.source_id,
    record: { type: r.record_type, id: r.record_id },
    field: r.field,
    locator: r.locator,
    quote: r.quote,
    certainty: r.certainty as Citation['certainty'],
  }));
}

function columns(c: Citation, keyring: Keyring): CitationsTable {
  return {
    ...baseColumns(c, keyring),
    source_id: c.sourceId,
    record_type: c.record.type,
    record_id: c.record.id,
    field: c.field,
    locator: c.locator,
    quote: c.quote,
    certainty: c.certainty,
  };
}

/** Storage of citations. */
export const citationRepo = recordRepo<Citation, CitationFilter, CitationsTable>({
  table: 'citations',
  hydrate: (_db, rows, keys) => hydrate(rows, keys),
  columns,
  async list(db, f, levels, page, keys) {
    let q = db.selectFrom('citations').selectAll();
    if (f.sourceId) q = q.where('source_id', '=', f.sourceId);
    if (f.recordType) q = q.where('record_type', '=', f.recordType);
    if (f.recordId) q = q.where('record_id', '=', f.recordId);
    return hydrate(await visiblePage(q, 'citations', levels, page).execute(), keys);
  },
});

/** Deletes every citation of one record; returns how many were removed. */
export async function removeCitationsOf(trx: Trx, recordType: string, recordId: string): Promise<number> {
  const result = await trx
    .deleteFrom('citations')
    .where('record_type', '=', recordType)
    .where('record_id', '=', recordId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** How many citations, at any confidentiality, point at a source. */
export async function countCitationsOfSource(db: Executor, sourceId: string): Promise<number> {
  const row = await db
    .selectFrom('citations')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('source_id', '=', sourceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
