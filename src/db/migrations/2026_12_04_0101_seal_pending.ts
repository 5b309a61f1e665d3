// Records restricted as a whole are now sealed (their content encrypted into restricted_data). A migration cannot read
// the key file, so it only lists the restricted records written before, in clear; the first start (or any `vigil`
// command) after it seals them with the keys and empties the list (src/commands/records/seal-pending.ts).
import { sql, type Kysely } from 'kysely';

const TABLES = ['persons', 'organisations', 'events', 'cases', 'sources'];

/** Creates seal_pending and fills it with every restricted record of the sealable tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('seal_pending')
    .addColumn('record_table', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('seal_pending_pk', ['record_table', 'record_id'])
    .execute();
  for (const table of TABLES) {
    await sql`insert into seal_pending (record_table, record_id) select ${table}, id from ${sql.table(table)} where confidentiality = 'restricted'`.execute(
      db,
    );
  }
}

/** Drops the list (records sealed by then stay sealed: the application reads both forms). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('seal_pending').execute();
}
