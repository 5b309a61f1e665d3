// The register's first schema. Dialect-neutral: text ids and ISO timestamps, integer 0/1 booleans,
// JSON kept as text, so the same migration runs on SQLite and PostgreSQL.
import { sql, type Kysely } from 'kysely';

const GENESIS = '0'.repeat(64);

/** Starts a record table with the columns every record has. */
function recordTable(db: Kysely<unknown>, name: string) {
  return db.schema
    .createTable(name)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('confidentiality', 'text', (c) => c.notNull().defaultTo('public'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());
}

/** Adds a names table for persons or organisations: one row per name, in order. */
async function nameTable(db: Kysely<unknown>, table: string, owner: string, ownerTable: string) {
  await db.schema
    .createTable(table)
    .addColumn(owner, 'text', (c) => c.notNull().references(`${ownerTable}.id`).onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('script', 'text', (c) => c.notNull())
    .addColumn('lang', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_org', 'text')
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${table}_pk`, [owner, 'position'])
    .execute();
  await db.schema.createIndex(`${table}_search_key`).on(table).column('search_key').execute();
}

/** Creates every table of the register, the audit chain and the token store. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await recordTable(db, 'persons')
    .addColumn('given_name', 'text')
    .addColumn('family_name', 'text')
    .addColumn('patronymic', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('birth_date_approx', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('gender', 'text')
    .addColumn('nationality', 'text')
    .addColumn('roles', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('summary', 'text')
    .addColumn('links', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await nameTable(db, 'person_names', 'person_id', 'persons');

  await recordTable(db, 'organisations')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('founded_date', 'text')
    .addColumn('dissolved_date', 'text')
    .addColumn('summary', 'text')
    .execute();
  await nameTable(db, 'organisation_names', 'organisation_id', 'organisations');
  await db.schema.createIndex('organisations_country').on('organisations').column('country').execute();

  await recordTable(db, 'memberships')
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .execute();
  await db.schema.createIndex('memberships_person').on('memberships').column('person_id').execute();
  await db.schema.createIndex('memberships_organisation').on('memberships').column('organisation_id').execute();

  await recordTable(db, 'events')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text')
    .addColumn('start_approx', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('end_date', 'text')
    .addColumn('end_approx', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('country', 'text')
    .addColumn('locality', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('description', 'text')
    .execute();
  await db.schema.createIndex('events_country').on('events').column('country').execute();
  await db.schema
    .createTable('event_relations')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('related_event_id', 'text', (c) => c.notNull().references('events.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_relations_pk', ['event_id', 'position'])
    .execute();
  await db.schema.createIndex('event_relations_related').on('event_relations').column('related_event_id').execute();

  await recordTable(db, 'cases')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_key', 'text', (c) => c.notNull())
    .addColumn('subject_person_id', 'text', (c) => c.references('persons.id'))
    .addColumn('subject_organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('court', 'text')
    .addColumn('sentence_kind', 'text')
    .addColumn('sentence_months', 'integer')
    .addColumn('sentence_start', 'text')
    .addColumn('summary', 'text')
    .addCheckConstraint('cases_one_subject', sql`(subject_person_id is null) <> (subject_organisation_id is null)`)
    .execute();
  for (const col of ['country', 'status', 'subject_person_id', 'subject_organisation_id']) {
    await db.schema.createIndex(`cases_${col}`).on('cases').column(col).execute();
  }
  await db.schema
    .createTable('case_events')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
    .addPrimaryKeyConstraint('case_events_pk', ['case_id', 'position'])
    .execute();
  await db.schema.createIndex('case_events_event').on('case_events').column('event_id').execute();
  await db.schema
    .createTable('case_acts')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('date_approx', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('perpetrator_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('involvement', 'text')
    .addColumn('country', 'text')
    .addColumn('locality', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('description', 'text')
    .addColumn('certainty', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_acts_pk', ['case_id', 'position'])
    .execute();
  await db.schema.createIndex('case_acts_kind').on('case_acts').column('kind').execute();
  await db.schema.createIndex('case_acts_perpetrator').on('case_acts').column('perpetrator_id').execute();
  await db.schema
    .createTable('case_charges')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('law', 'text')
    .addColumn('article', 'text')
    .addColumn('text', 'text')
    .addPrimaryKeyConstraint('case_charges_pk', ['case_id', 'position'])
    .execute();
  await db.schema
    .createTable('case_timeline')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('date_approx', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addPrimaryKeyConstraint('case_timeline_pk', ['case_id', 'position'])
    .execute();
  await db.schema
    .createTable('case_designations')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('issuer_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('issuer_name', 'text')
    .addColumn('date', 'text')
    .addColumn('criteria', 'text', (c) => c.notNull().defaultTo('[]'))
    .addPrimaryKeyConstraint('case_designations_pk', ['case_id', 'position'])
    .execute();
  await db.schema.createIndex('case_designations_issuer').on('case_designations').column('issuer_id').execute();

  await recordTable(db, 'sources')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_key', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('archived_url', 'text')
    .addColumn('publisher', 'text')
    .addColumn('published_date', 'text')
    .addColumn('retrieved_at', 'text')
    .addColumn('language', 'text')
    .addColumn('reliability', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('file_sha256', 'text')
    .addColumn('file_size', 'bigint')
    .addColumn('file_media_type', 'text')
    .addColumn('file_name', 'text')
    .addColumn('file_stored_at', 'text')
    .execute();
  await db.schema.createIndex('sources_file_sha256').on('sources').column('file_sha256').execute();

  await recordTable(db, 'citations')
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text')
    .addColumn('locator', 'text')
    .addColumn('quote', 'text')
    .addColumn('certainty', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('citations_record').on('citations').columns(['record_type', 'record_id']).execute();
  await db.schema.createIndex('citations_source').on('citations').column('source_id').execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('totp_secret', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('expires_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();

  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('audit_head' as never)
    .values({ id: 1, seq: 0, hash: GENESIS } as never)
    .execute();
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('before_digest', 'text')
    .addColumn('after_digest', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_record').on('audit_log').columns(['record_type', 'record_id']).execute();
}

/** Drops everything the migration created, children first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'audit_log',
    'audit_head',
    'api_tokens',
    'users',
    'citations',
    'sources',
    'case_designations',
    'case_timeline',
    'case_charges',
    'case_acts',
    'case_events',
    'cases',
    'event_relations',
    'events',
    'memberships',
    'organisation_names',
    'organisations',
    'person_names',
    'persons',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
