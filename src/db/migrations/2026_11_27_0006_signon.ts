// Public sign-on: signatures of appeals (double opt-in), the durable job table the worker polls, and deny rules against
// abuse. Dialect-neutral like 0001: text ids, ISO timestamps, 0/1 flags, JSON as text.
import type { Kysely } from 'kysely';

/** Creates the signature, job and deny-rule tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('signatures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('appeal_id', 'text', (c) => c.notNull().references('appeals.id').onDelete('cascade'))
    // pending | confirmed | invalidated
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('country', 'text')
    .addColumn('comment', 'text')
    .addColumn('show_name', 'integer', (c) => c.notNull().defaultTo(0))
    // The canonical email, encrypted with the field key and bound to the signature id; never shown publicly.
    .addColumn('email_sealed', 'text')
    // Keyed digest of the canonical email: one signature per address and appeal without storing the address in clear.
    .addColumn('email_hash', 'text', (c) => c.notNull())
    .addColumn('email_domain', 'text')
    // Keyed digest of the signer's /24 (IPv4) or /48 (IPv6) network: enough to invalidate a flood, never the address.
    .addColumn('network_hint', 'text')
    // SHA-256 of the confirmation link's token; cleared on confirmation.
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('invalidated_at', 'text')
    .addColumn('invalidated_reason', 'text')
    .addColumn('anonymised_at', 'text')
    .addUniqueConstraint('signatures_appeal_email', ['appeal_id', 'email_hash'])
    .execute();
  await db.schema
    .createIndex('signatures_appeal_status')
    .on('signatures')
    .columns(['appeal_id', 'status', 'confirmed_at'])
    .execute();
  await db.schema.createIndex('signatures_confirmed_at').on('signatures').column('confirmed_at').execute();
  await db.schema.createIndex('signatures_invalidated_at').on('signatures').column('invalidated_at').execute();

  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    // A recurring job's name (one row per name, rescheduled instead of finished); NULL for one-off jobs.
    .addColumn('unique_key', 'text', (c) => c.unique())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(8))
    .addColumn('locked_until', 'text')
    .addColumn('locked_by', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('failed_at', 'text')
    .execute();
  // The worker's poll: open jobs (neither done nor failed) in run_at order.
  await db.schema.createIndex('jobs_poll').on('jobs').columns(['done_at', 'failed_at', 'run_at']).execute();

  await db.schema
    .createTable('deny_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // ip_range | email_domain
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('deny_rules_kind_value', ['kind', 'value'])
    .execute();
}

/** Drops them again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['deny_rules', 'jobs', 'signatures']) await db.schema.dropTable(t).execute();
}
