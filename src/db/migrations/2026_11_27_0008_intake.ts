// Document intake: each document read (its source, extracted text and language) and the proposals made from it,
// kept until a researcher has reviewed them. Dialect-neutral like 0001: text ids, ISO timestamps, JSON as text.
import type { Kysely } from 'kysely';

/** Creates the intake table. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('intake_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('confidentiality', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    // open → accepted (records were created from it) or closed (reviewed, nothing kept)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('document_date', 'text')
    // The text the proposals' spans point into, exactly as extracted from the stored original.
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('proposals', 'text', (c) => c.notNull())
    // What accepting created or cited: [{type, id, ref}] as JSON.
    .addColumn('outcome', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.createIndex('intake_documents_source').on('intake_documents').column('source_id').execute();
  await db.schema
    .createIndex('intake_documents_created')
    .on('intake_documents')
    .columns(['created_at', 'id'])
    .execute();
}

/** Drops it again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('intake_documents').execute();
}
