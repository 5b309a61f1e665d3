// Everything sealed with the field keys — every record table's restricted_data, the users' TOTP secrets, co-signatories'
// addresses and queued mail — as a whole, for key rotation and its checks.
import { sql } from 'kysely';
import type { Keyring } from '../../crypto/field-cipher.ts';
import type { Executor, Trx } from '../database.ts';
import { openSealedJobs, resealJob, sealedJobAad } from './job.repo.ts';
import type { RecordTable } from './shared.ts';

/** Every table with a restricted_data column. */
export const RESTRICTED_TABLES: readonly RecordTable[] = [
  'persons',
  'organisations',
  'memberships',
  'events',
  'cases',
  'sources',
  'citations',
];

const BATCH = 500;

/**
 * Re-encrypts every stored restricted value under the keyring's current key (decrypting with whichever of its keys the
 * value was written under), inside the caller's transaction. Returns how many records were re-encrypted.
 */
export async function reencryptRestricted(trx: Trx, keyring: Keyring): Promise<number> {
  let done = 0;
  for (const table of RESTRICTED_TABLES) {
    let after = '';
    for (;;) {
      const rows = await trx
        .selectFrom(table as 'persons')
        .select(['id', 'restricted_data'])
        .where('restricted_data', 'is not', null)
        .where('id', '>', after)
        .orderBy('id')
        .limit(BATCH)
        .execute();
      for (const row of rows) {
        const blob = keyring.encrypt(keyring.decrypt(row.restricted_data!, row.id), row.id);
        await trx
          .updateTable(table as 'persons')
          .set({ restricted_data: blob })
          .where('id', '=', row.id)
          .execute();
      }
      done += rows.length;
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1]!.id;
    }
  }
  return (
    done +
    (await reencryptTotpSecrets(trx, keyring)) +
    (await reencryptCoSignatoryEmails(trx, keyring)) +
    (await reencryptQueuedJobs(trx, keyring))
  );
}

/** Re-encrypts the sealed payloads of jobs not yet run (queued mail): after the old key is dropped they must still open. */
async function reencryptQueuedJobs(trx: Trx, keyring: Keyring): Promise<number> {
  const jobs = await openSealedJobs(trx);
  for (const j of jobs)
    await resealJob(trx, j.id, keyring.encrypt(keyring.decrypt(j.sealed, sealedJobAad(j.id)), sealedJobAad(j.id)));
  return jobs.length;
}

/** Re-encrypts co-signatories' addresses (sealed with the field keys, bound to the row id). */
async function reencryptCoSignatoryEmails(trx: Trx, keyring: Keyring): Promise<number> {
  const rows = await trx
    .selectFrom('co_signatories')
    .select(['id', 'email_sealed'])
    .where('email_sealed', 'is not', null)
    .execute();
  for (const r of rows) {
    await trx
      .updateTable('co_signatories')
      .set({ email_sealed: keyring.encrypt(keyring.decrypt(r.email_sealed!, r.id), r.id) })
      .where('id', '=', r.id)
      .execute();
  }
  return rows.length;
}

/** Re-encrypts the users' stored TOTP secrets (confirmed and pending), which are sealed with the same keys. */
async function reencryptTotpSecrets(trx: Trx, keyring: Keyring): Promise<number> {
  const rows = await trx
    .selectFrom('users')
    .select(['id', 'totp_secret', 'totp_pending_secret'])
    .where((eb) => eb.or([eb('totp_secret', 'is not', null), eb('totp_pending_secret', 'is not', null)]))
    .execute();
  const again = (id: string, blob: string | null) =>
    blob === null ? null : keyring.encrypt(keyring.decrypt(blob, `user:${id}:totp`), `user:${id}:totp`);
  for (const r of rows) {
    await trx
      .updateTable('users')
      .set({ totp_secret: again(r.id, r.totp_secret), totp_pending_secret: again(r.id, r.totp_pending_secret) })
      .where('id', '=', r.id)
      .execute();
  }
  return rows.length;
}

/** How many stored restricted values are encrypted under a key other than `keyId` (0 means older keys can go). */
export async function countRestrictedNotUnder(db: Executor, keyId: string): Promise<number> {
  // Blobs start "v1:<keyId>:"; substr compares that prefix exactly on both dialects (LIKE would read _ as a wildcard).
  const prefix = `v1:${keyId}:`;
  let n = 0;
  for (const table of RESTRICTED_TABLES) {
    const row = await db
      .selectFrom(table as 'persons')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('restricted_data', 'is not', null)
      .where(sql`substr(restricted_data, 1, ${prefix.length})`, '!=', prefix)
      .executeTakeFirstOrThrow();
    n += Number(row.n);
  }
  // Co-signatories' and signers' addresses are sealed with the same keys.
  for (const table of ['co_signatories', 'signatures'] as const) {
    const row = await db
      .selectFrom(table as 'co_signatories')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('email_sealed', 'is not', null)
      .where(sql`substr(email_sealed, 1, ${prefix.length})`, '!=', prefix)
      .executeTakeFirstOrThrow();
    n += Number(row.n);
  }
  const users = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) =>
      eb.or([
        eb.and([eb('totp_secret', 'is not', null), eb(sql`substr(totp_secret, 1, ${prefix.length})`, '!=', prefix)]),
        eb.and([
          eb('totp_pending_secret', 'is not', null),
          eb(sql`substr(totp_pending_secret, 1, ${prefix.length})`, '!=', prefix),
        ]),
      ]),
    )
    .executeTakeFirstOrThrow();
  const jobs = (await openSealedJobs(db)).filter((j) => !j.sealed.startsWith(prefix)).length;
  return n + Number(users.n) + jobs;
}

/** A restricted record waiting to be sealed (listed by the migration that introduced sealed records). */
export interface PendingSeal {
  table: RecordTable;
  id: string;
}

/** The next restricted records still stored in clear, at most `limit`. */
export async function pendingSeals(db: Executor, limit: number): Promise<PendingSeal[]> {
  const rows = await db
    .selectFrom('seal_pending')
    .select(['record_table', 'record_id'])
    .orderBy('record_table')
    .orderBy('record_id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ table: r.record_table as RecordTable, id: r.record_id }));
}

/** Takes a record off the list of those to seal. */
export async function donePendingSeal(trx: Trx, p: PendingSeal): Promise<void> {
  await trx.deleteFrom('seal_pending').where('record_table', '=', p.table).where('record_id', '=', p.id).execute();
}

/** The stored blob of a record (restricted fields, or a sealed record's whole content), if any. */
export async function restrictedBlobOf(db: Executor, table: RecordTable, id: string): Promise<string | null> {
  const row = await db
    .selectFrom(table as 'persons')
    .select('restricted_data')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.restricted_data ?? null;
}

/** Rewrites every stored version of one record (after the record was sealed, its older states must not stay in clear). */
export async function rewriteVersions(
  trx: Trx,
  recordType: string,
  recordId: string,
  rewrite: (snapshot: Record<string, unknown>) => string,
): Promise<void> {
  const rows = await trx
    .selectFrom('record_versions')
    .select(['seq', 'snapshot'])
    .where('record_type', '=', recordType)
    .where('record_id', '=', recordId)
    .execute();
  for (const r of rows) {
    await trx
      .updateTable('record_versions')
      .set({ snapshot: rewrite(JSON.parse(r.snapshot) as Record<string, unknown>) })
      .where('seq', '=', r.seq)
      .execute();
  }
}

/**
 * Id and stored blob of every sealed (restricted) record of a table, for caches that must notice changes: every write
 * encrypts afresh (a new random IV), so an unchanged blob means an unchanged record.
 */
export async function restrictedStamps(db: Executor, table: RecordTable): Promise<{ id: string; blob: string }[]> {
  const rows = await db
    .selectFrom(table as 'persons')
    .select(['id', 'restricted_data'])
    .where('confidentiality', '=', 'restricted')
    .execute();
  return rows.map((r) => ({ id: r.id, blob: r.restricted_data ?? '' }));
}
