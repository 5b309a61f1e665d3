// Record versions: the state of a register record after each audited write, so its history can show what changed.
import type { Kysely } from 'kysely';

/** Creates record_versions, keyed by the audit entry that recorded the write. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('record_versions')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('record_versions_record')
    .on('record_versions')
    .columns(['record_type', 'record_id'])
    .execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('record_versions').execute();
}
