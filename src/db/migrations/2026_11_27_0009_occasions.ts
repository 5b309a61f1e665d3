// Occasions: events gain the countries they concern, their participants and a time zone; readers follow countries or
// cases and get reminders (each sent once); country briefings can be frozen. Dialect-neutral like 0001.
import type { Kysely } from 'kysely';

/** Adds the occasion columns and tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('events').addColumn('time_zone', 'text').execute();
  await db.schema
    .alterTable('events')
    .addColumn('participants', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();

  await db.schema
    .createTable('event_countries')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_countries_pk', ['event_id', 'position'])
    .execute();
  await db.schema.createIndex('event_countries_country').on('event_countries').column('country').execute();
  await db.schema.createIndex('events_start').on('events').column('start_date').execute();

  await db.schema
    .createTable('follows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('days_before', 'integer', (c) => c.notNull().defaultTo(7))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('follows_unique', ['user_id', 'kind', 'value'])
    .execute();

  // One row per reminder ever sent: the primary key is what makes "sent once" hold across restarts and processes.
  await db.schema
    .createTable('reminders_sent')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reminders_sent_pk', ['user_id', 'event_id'])
    .execute();

  await db.schema
    .createTable('briefings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('since', 'text')
    .addColumn('occasion_event_id', 'text', (c) => c.references('events.id'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('appeal_id', 'text', (c) => c.references('appeals.id'))
    .execute();
  await db.schema.createIndex('briefings_country').on('briefings').columns(['country', 'as_of']).execute();
}

/** Removes them again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['briefings', 'reminders_sent', 'follows', 'event_countries']) await db.schema.dropTable(t).execute();
  await db.schema.dropIndex('events_start').execute();
  await db.schema.alterTable('events').dropColumn('participants').execute();
  await db.schema.alterTable('events').dropColumn('time_zone').execute();
}
