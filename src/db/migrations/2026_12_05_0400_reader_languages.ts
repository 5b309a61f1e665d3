// The language each reader is written to in: a signature keeps the language it was made in (its confirmation and any
// later message use it), and an account keeps the language its reminders go out in. Existing rows have none and are
// written to in English, as before. Also an index for the appeal page's list of public signers: their count and a page
// of them, newest first, read from the index alone (an appeal may have hundreds of thousands of signatures).
import type { Kysely } from 'kysely';

/** Adds signatures.lang and users.lang (nullable, an interface language code) and the public signers' index. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('signatures').addColumn('lang', 'text').execute();
  await db.schema.alterTable('users').addColumn('lang', 'text').execute();
  await db.schema
    .createIndex('signatures_public_names')
    .on('signatures')
    .columns(['appeal_id', 'show_name', 'status', 'confirmed_at', 'id'])
    .execute();
}

/** Drops the index and both columns. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('signatures_public_names').execute();
  await db.schema.alterTable('users').dropColumn('lang').execute();
  await db.schema.alterTable('signatures').dropColumn('lang').execute();
}
