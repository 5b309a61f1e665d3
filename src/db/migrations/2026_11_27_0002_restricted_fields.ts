// Restricted fields: every record table gets one column holding its restricted values, encrypted (AES-256-GCM) as a whole.
import type { Kysely } from 'kysely';

const TABLES = ['persons', 'organisations', 'memberships', 'events', 'cases', 'sources', 'citations'];

/** Adds restricted_data (ciphertext, or NULL when the record has no restricted fields) to every record table. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await db.schema.alterTable(table).addColumn('restricted_data', 'text').execute();
}

/** Removes the column again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await db.schema.alterTable(table).dropColumn('restricted_data').execute();
}
