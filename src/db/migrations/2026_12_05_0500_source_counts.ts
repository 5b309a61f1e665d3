// Figures a source gives about many people at once ("more than 150 detentions, including 12 criminal cases") are facts of
// the source, not cases: they are kept on it as a JSON list, like a person's links. Existing sources have none.
import type { Kysely } from 'kysely';

/** Adds sources.counts, an empty list on every existing source. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sources')
    .addColumn('counts', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

/** Drops the counts. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sources').dropColumn('counts').execute();
}
