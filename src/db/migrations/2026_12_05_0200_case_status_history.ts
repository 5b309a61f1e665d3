// Each case keeps the statuses it has had, with the date each began, so a briefing "as of" a past date reads the status
// of then. Existing clear cases get one entry: their current status, dated at the day they were created. Restricted
// cases are left alone: their history belongs inside their sealed content, and reading a sealed case without one gives
// the same single entry.
import { sql, type Kysely } from 'kysely';

/** Creates case_status_history and gives each clear case its current status as its first entry. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('case_status_history')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('since', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_status_history_pk', ['case_id', 'position'])
    .execute();
  await sql`insert into case_status_history (case_id, position, status, since)
    select id, 0, status, substr(created_at, 1, 10) from cases where confidentiality <> 'restricted'`.execute(db);
}

/** Drops the history (the current status stays on each case). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('case_status_history').execute();
}
