// Search and name matching: one document per searchable record (persons, organisations, events, cases, sources,
// appeals) with its visible text, the cross-script name keys of persons and organisations, the full-text index
// (dialect-specific, see dialects/search.ts), and the record of person merges so that merged ids keep resolving.
import type { Kysely } from 'kysely';
import { createFullText, docIdType, dropFullText } from '../dialects/search.ts';

/** Creates the search tables and the merge log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('search_docs')
    .addColumn('doc_id', docIdType(db), (c) => c.primaryKey())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('confidentiality', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    // The title folded like every search key (case, accents, ё, Kazakh letters), for substring matches.
    .addColumn('title_key', 'text', (c) => c.notNull())
    // What the snippet is cut from: only fields every reader of the record may see, never restricted values.
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('year', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_docs_record', ['record_type', 'record_id'])
    .execute();
  await db.schema
    .createIndex('search_docs_visible')
    .on('search_docs')
    .columns(['confidentiality', 'record_type'])
    .execute();

  await db.schema
    .createTable('search_name_keys')
    .addColumn('doc_id', docIdType(db) === 'bigserial' ? 'bigint' : 'integer', (c) =>
      c.notNull().references('search_docs.doc_id').onDelete('cascade'),
    )
    .addColumn('key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_name_keys_pk', ['doc_id', 'key'])
    .execute();
  await db.schema.createIndex('search_name_keys_key').on('search_name_keys').columns(['key', 'doc_id']).execute();

  await createFullText(db);

  await db.schema
    .createTable('person_merges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('survivor_id', 'text', (c) => c.notNull())
    .addColumn('merged_id', 'text', (c) => c.notNull())
    .addColumn('merged_slug', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('merged_by', 'text', (c) => c.notNull())
    .addColumn('merged_at', 'text', (c) => c.notNull())
    .addColumn('undone_by', 'text')
    .addColumn('undone_at', 'text')
    // JSON: the merged person's row and names as they were, and what moved (cases, memberships, citations), for undo.
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('person_merges_merged').on('person_merges').columns(['merged_id', 'undone_at']).execute();
  await db.schema.createIndex('person_merges_slug').on('person_merges').columns(['merged_slug', 'undone_at']).execute();
  await db.schema.createIndex('person_merges_survivor').on('person_merges').column('survivor_id').execute();
}

/** Drops them again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await dropFullText(db);
  for (const t of ['person_merges', 'search_name_keys', 'search_docs']) await db.schema.dropTable(t).execute();
}
