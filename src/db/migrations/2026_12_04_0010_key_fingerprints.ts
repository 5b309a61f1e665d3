// Key fingerprints: the database remembers which keys encrypted it, so a start with another key file is refused instead of
// failing later on the first restricted record. Dialect-neutral like 0001.
import type { Kysely } from 'kysely';

/** Adds the key_fingerprints table. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('key_fingerprints')
    .addColumn('key_id', 'text', (c) => c.primaryKey())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('key_fingerprints').execute();
}
