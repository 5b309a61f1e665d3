// The language each reader is written to in: a signature keeps the language it was made in (its confirmation and any
// later message use it), and an account keeps the language its reminders go out in. Existing rows have none and are
// written to in English, as before.
import type { Kysely } from 'kysely';

/** Adds signatures.lang and users.lang (nullable, an interface language code). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('signatures').addColumn('lang', 'text').execute();
  await db.schema.alterTable('users').addColumn('lang', 'text').execute();
}

/** Drops both columns. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('lang').execute();
  await db.schema.alterTable('signatures').dropColumn('lang').execute();
}
