// Appeals: letters to addressees before an occasion, their texts per language, linked cases, frozen annexes and the
// co-signatories who endorse them. Dialect-neutral like 0001: text ids, ISO timestamps, 0/1 flags, JSON as text.
import type { Kysely } from 'kysely';

/** Creates the appeal tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('appeals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('confidentiality', 'text', (c) => c.notNull().defaultTo('internal'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('occasion_event_id', 'text', (c) => c.references('events.id'))
    .addColumn('deadline', 'text')
    .addColumn('letter_date', 'text')
    .addColumn('addressees', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('public_signing', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('signing_paused', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('counting_paused', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', 'text')
    .addColumn('closed_at', 'text')
    // The case annex per language as it stood at publication (JSON), so a published letter never changes silently.
    .addColumn('annex_frozen', 'text')
    // The public count of confirmed signatures, refreshed in batches by a job (never +1 per signature on this row).
    .addColumn('signature_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('count_refreshed_at', 'text')
    .addColumn('deliveries', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('responses', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('outcomes', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.createIndex('appeals_status').on('appeals').columns(['status', 'published_at']).execute();

  await db.schema
    .createTable('appeal_texts')
    .addColumn('appeal_id', 'text', (c) => c.notNull().references('appeals.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('appeal_texts_pk', ['appeal_id', 'lang'])
    .execute();

  await db.schema
    .createTable('appeal_cases')
    .addColumn('appeal_id', 'text', (c) => c.notNull().references('appeals.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addPrimaryKeyConstraint('appeal_cases_pk', ['appeal_id', 'position'])
    .execute();
  await db.schema.createIndex('appeal_cases_case').on('appeal_cases').column('case_id').execute();

  await db.schema
    .createTable('co_signatories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('appeal_id', 'text', (c) => c.notNull().references('appeals.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    // The invitee's email, encrypted with the field key (bound to the row id); never shown publicly.
    .addColumn('email_sealed', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('organisation', 'text')
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
    // The language the invitee is written to in.
    .addColumn('lang', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('status', 'text', (c) => c.notNull())
    // SHA-256 of the single-use link's token; cleared once the link has been used.
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('token_expires_at', 'text')
    .addColumn('invited_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('co_signatories_appeal')
    .on('co_signatories')
    .columns(['appeal_id', 'position'])
    .execute();
}

/** Drops them again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['co_signatories', 'appeal_cases', 'appeal_texts', 'appeals']) await db.schema.dropTable(t).execute();
}
