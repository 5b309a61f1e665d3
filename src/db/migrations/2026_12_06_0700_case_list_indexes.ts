// The cases list filtered by country or status is read a page at a time in id order. With an index on the filter's
// column alone, both databases may read every matching case and sort them to keep the first page: at a million records
// (about 180,000 cases in Kazakhstan) that took `GET /api/v1/cases?country=KZ&limit=50` to a p95 of 256 ms. An index
// on (column, id) gives the matching cases in id order, so a page reads its own rows and stops. It also serves
// everything the single-column index did (equality and grouping on the column), which it replaces.
import type { Kysely } from 'kysely';

const COLUMNS = ['country', 'status'] as const;

/** Replaces cases_country and cases_status by (country, id) and (status, id). */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const col of COLUMNS) {
    await db.schema.createIndex(`cases_${col}_id`).on('cases').columns([col, 'id']).execute();
    await db.schema.dropIndex(`cases_${col}`).execute();
  }
}

/** Puts the single-column indexes back. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const col of COLUMNS) {
    await db.schema.createIndex(`cases_${col}`).on('cases').column(col).execute();
    await db.schema.dropIndex(`cases_${col}_id`).execute();
  }
}
