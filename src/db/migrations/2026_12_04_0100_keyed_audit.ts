// The audit chain becomes keyed (HMAC under a key from the key file). The head records whether the stored hashes are
// already keyed: an empty chain is, an existing one is re-keyed by the application at its next write or verification
// (a migration cannot: the key is not in the database). Dialect-neutral like 0001.
import { sql, type Kysely } from 'kysely';

/** Adds audit_head.keyed: 1 for an empty chain, 0 for one written with plain SHA-256. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('audit_head')
    .addColumn('keyed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update audit_head set keyed = 1 where seq = 0`.execute(db);
}

/** Removes it again (the hashes stay keyed: only a restore of a backup brings the plain ones back). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_head').dropColumn('keyed').execute();
}
