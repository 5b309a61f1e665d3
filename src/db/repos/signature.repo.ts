// Public signatures of appeals, and the few appeal columns sign-on reads and writes (signing state, switches, the count).
// Emails are stored encrypted (bound to the signature id) plus a keyed digest for uniqueness; nothing here decrypts them.
import { sql } from 'kysely';
import type { Confidentiality } from '../../domain/vocabulary.ts';
import type { Executor, Trx } from '../database.ts';
import { prepared } from '../prepared.ts';
import type { AppealsTable, SignaturesTable } from '../schema.ts';

/** The appeal as sign-on sees it. */
export interface SigningAppeal {
  id: string;
  slug: string;
  title: string;
  status: string;
  confidentiality: string;
  publicSigning: boolean;
  signingPaused: boolean;
  countingPaused: boolean;
  deadline: string | null;
  closedAt: string | null;
  signatureCount: number;
  countRefreshedAt: string | null;
}

// Run with every signing (the route loads the appeal): compiled once per number of confidentiality levels.
const signingAppealQuery = prepared<{ ref: string } & Record<`level${number}`, string>, SigningAppealRow>(
  (db, p, levels) =>
    db
      .selectFrom('appeals')
      .select([
        'id',
        'slug',
        'title',
        'status',
        'confidentiality',
        'public_signing',
        'signing_paused',
        'counting_paused',
        'deadline',
        'closed_at',
        'signature_count',
        'count_refreshed_at',
      ])
      .where((eb) => eb.or([eb('id', '=', p.ref), eb('slug', '=', p.ref)]))
      .where(
        'confidentiality',
        'in',
        Array.from({ length: levels }, (_, i) => p[`level${i}`]!),
      ),
);

type SigningAppealRow = Pick<
  AppealsTable,
  | 'id'
  | 'slug'
  | 'title'
  | 'status'
  | 'confidentiality'
  | 'public_signing'
  | 'signing_paused'
  | 'counting_paused'
  | 'deadline'
  | 'closed_at'
  | 'signature_count'
  | 'count_refreshed_at'
>;

/** One appeal by id or slug at one of the reader's confidentiality levels. */
export async function findSigningAppeal(
  db: Executor,
  idOrSlug: string,
  levels: readonly Confidentiality[],
): Promise<SigningAppeal | undefined> {
  if (levels.length === 0) return undefined;
  const values: { ref: string } & Record<`level${number}`, string> = { ref: idOrSlug };
  levels.forEach((level, i) => (values[`level${i}`] = level));
  const r = await signingAppealQuery.first(db, values, levels.length);
  return (
    r && {
      id: r.id,
      slug: r.slug,
      title: r.title,
      status: r.status,
      confidentiality: r.confidentiality,
      publicSigning: r.public_signing === 1,
      signingPaused: r.signing_paused === 1,
      countingPaused: r.counting_paused === 1,
      deadline: r.deadline,
      closedAt: r.closed_at,
      signatureCount: Number(r.signature_count),
      countRefreshedAt: r.count_refreshed_at,
    }
  );
}

/** A new signature's columns. */
export interface NewSignatureRow {
  id: string;
  appealId: string;
  status: 'pending' | 'invalidated';
  name: string;
  country: string;
  comment: string | null;
  showName: boolean;
  emailSealed: string;
  emailHash: string;
  emailDomain: string;
  networkHint: string | null;
  tokenHash: string;
  createdAt: string;
  invalidatedReason: string | null;
  /** The interface language the signing was made in. */
  lang: string;
}

// Run with every signing: compiled once (prepared.ts).
const insertSignatureQuery = prepared<Omit<SignaturesTable, 'confirmed_at' | 'anonymised_at'>, { id: string }>(
  (db, p) =>
    db
      .insertInto('signatures')
      .values({
        id: p.id,
        appeal_id: p.appeal_id,
        status: p.status,
        name: p.name,
        country: p.country,
        comment: p.comment,
        show_name: p.show_name,
        email_sealed: p.email_sealed,
        email_hash: p.email_hash,
        email_domain: p.email_domain,
        network_hint: p.network_hint,
        token_hash: p.token_hash,
        created_at: p.created_at,
        confirmed_at: null,
        invalidated_at: p.invalidated_at,
        invalidated_reason: p.invalidated_reason,
        anonymised_at: null,
        lang: p.lang,
      })
      .onConflict((oc) => oc.columns(['appeal_id', 'email_hash']).doNothing())
      .returning('id'),
);

/** Inserts a signature unless the address already signed this appeal; true when it was inserted. */
export async function insertSignatureIfNew(trx: Trx, s: NewSignatureRow): Promise<boolean> {
  const { rows } = await insertSignatureQuery.run(trx, {
    id: s.id,
    appeal_id: s.appealId,
    status: s.status,
    name: s.name,
    country: s.country,
    comment: s.comment,
    show_name: s.showName ? 1 : 0,
    email_sealed: s.emailSealed,
    email_hash: s.emailHash,
    email_domain: s.emailDomain,
    network_hint: s.networkHint,
    token_hash: s.tokenHash,
    created_at: s.createdAt,
    invalidated_at: s.status === 'invalidated' ? s.createdAt : null,
    invalidated_reason: s.invalidatedReason,
    lang: s.lang,
  });
  return rows.length > 0;
}

/** The signature an address already made on an appeal. */
export async function findSignatureByEmailHash(
  db: Executor,
  appealId: string,
  emailHash: string,
): Promise<{ id: string; status: string; confirmedAt: string | null; lang: string | null } | undefined> {
  const r = await db
    .selectFrom('signatures')
    .select(['id', 'status', 'confirmed_at', 'lang'])
    .where('appeal_id', '=', appealId)
    .where('email_hash', '=', emailHash)
    .executeTakeFirst();
  return r && { id: r.id, status: r.status, confirmedAt: r.confirmed_at, lang: r.lang };
}

/** What a pending signature will say once confirmed, as its signer sees it on the confirmation page. */
export interface PendingDetails {
  name: string | null;
  country: string | null;
  comment: string | null;
  showName: boolean;
}

/** A signature waiting for confirmation by the token with this hash, with the details that confirming it would make count. */
export async function findSignatureByToken(
  db: Executor,
  tokenHash: string,
): Promise<({ id: string; appealId: string; status: string } & PendingDetails) | undefined> {
  const r = await db
    .selectFrom('signatures')
    .select(['id', 'appeal_id', 'status', 'name', 'country', 'comment', 'show_name'])
    .where('token_hash', '=', tokenHash)
    .where('confirmed_at', 'is', null)
    .executeTakeFirst();
  return (
    r && {
      id: r.id,
      appealId: r.appeal_id,
      status: r.status,
      name: r.name,
      country: r.country,
      comment: r.comment,
      showName: Number(r.show_name) === 1,
    }
  );
}

/** The details of a later signing by the same address, which replace those of a still-unconfirmed signature. */
export interface ReplacedDetails {
  name: string;
  country: string;
  comment: string | null;
  showName: boolean;
  emailSealed: string;
  emailDomain: string;
  networkHint: string | null;
  tokenHash: string;
  signedAt: string;
  /** The language of the later signing: its link goes out in it, and so does any message after. */
  lang: string;
  /** Set when the later signing is denied: the signature becomes silently invalidated (an invalidation is never lifted here). */
  invalidatedReason: string | null;
}

/** Replaces the details and the link of an unconfirmed signature (the old link stops working); a confirmed one is left alone. */
export async function replacePendingSignature(trx: Trx, id: string, d: ReplacedDetails): Promise<boolean> {
  const res = await trx
    .updateTable('signatures')
    .set({
      name: d.name,
      country: d.country,
      comment: d.comment,
      show_name: d.showName ? 1 : 0,
      email_sealed: d.emailSealed,
      email_domain: d.emailDomain,
      network_hint: d.networkHint,
      token_hash: d.tokenHash,
      created_at: d.signedAt,
      lang: d.lang,
      ...(d.invalidatedReason !== null
        ? { status: 'invalidated', invalidated_at: d.signedAt, invalidated_reason: d.invalidatedReason }
        : {}),
    })
    .where('id', '=', id)
    .where('confirmed_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/**
 * Uses a confirmation token: a pending signature becomes confirmed; a silently invalidated one stays invalidated but its
 * token is used up all the same (the signer sees the same thanks). False when the token was already used.
 */
export async function useSignatureToken(trx: Trx, id: string, tokenHash: string, nowIso: string): Promise<boolean> {
  const res = await trx
    .updateTable('signatures')
    .set({
      token_hash: null,
      confirmed_at: nowIso,
      status: sql<string>`case when status = 'pending' then 'confirmed' else status end`,
    })
    .where('id', '=', id)
    .where('token_hash', '=', tokenHash)
    .where('confirmed_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Appeals whose confirmed signatures changed at or after `sinceIso` (confirmed or invalidated), counting not paused. */
export async function appealsWithNewConfirmations(db: Executor, sinceIso: string): Promise<string[]> {
  const changed = await db
    .selectFrom('signatures')
    .select('appeal_id')
    .distinct()
    .where((eb) => eb.or([eb('confirmed_at', '>=', sinceIso), eb('invalidated_at', '>=', sinceIso)]))
    .execute();
  if (changed.length === 0) return [];
  const open = await db
    .selectFrom('appeals')
    .select('id')
    .where(
      'id',
      'in',
      changed.map((r) => r.appeal_id),
    )
    .where('counting_paused', '=', 0)
    .execute();
  return open.map((r) => r.id);
}

/** Appeals whose count was never refreshed although they have signatures (first run, or counting just resumed). */
export async function appealsNeverCounted(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('appeals')
    .select('id')
    .where('counting_paused', '=', 0)
    .where('count_refreshed_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb.selectFrom('signatures').select('signatures.id').whereRef('signatures.appeal_id', '=', 'appeals.id'),
      ),
    )
    .execute();
  return rows.map((r) => r.id);
}

/** Recounts the confirmed signatures of appeals and stores each total; skips appeals whose counting is paused meanwhile. */
export async function refreshCounts(db: Executor, appealIds: readonly string[], nowIso: string): Promise<void> {
  for (const id of appealIds) {
    const row = await db
      .selectFrom('signatures')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('appeal_id', '=', id)
      .where('status', '=', 'confirmed')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('appeals')
      .set({ signature_count: Number(row.n), count_refreshed_at: nowIso })
      .where('id', '=', id)
      .where('counting_paused', '=', 0)
      .execute();
  }
}

/** Sets the pause switches of an appeal; a switch turned back on has its count refreshed by the next counter run. */
export async function setAppealSwitches(
  trx: Trx,
  appealId: string,
  set: { signingPaused?: boolean; countingPaused?: boolean },
): Promise<void> {
  const values: { signing_paused?: number; counting_paused?: number; count_refreshed_at?: null } = {};
  if (set.signingPaused !== undefined) values.signing_paused = set.signingPaused ? 1 : 0;
  if (set.countingPaused !== undefined) {
    values.counting_paused = set.countingPaused ? 1 : 0;
    if (!set.countingPaused) values.count_refreshed_at = null;
  }
  if (Object.keys(values).length > 0) await trx.updateTable('appeals').set(values).where('id', '=', appealId).execute();
}

/** Confirmed signatures of an appeal, a page at a time in confirmation order (for the delivery CSV). */
export async function confirmedSignaturesPage(
  db: Executor,
  appealId: string,
  after: { confirmedAt: string; id: string } | undefined,
  limit: number,
) {
  let q = db
    .selectFrom('signatures')
    .select(['id', 'name', 'country', 'comment', 'show_name', 'confirmed_at'])
    .where('appeal_id', '=', appealId)
    .where('status', '=', 'confirmed');
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('confirmed_at', '>', after.confirmedAt),
        eb.and([eb('confirmed_at', '=', after.confirmedAt), eb('id', '>', after.id)]),
      ]),
    );
  }
  const rows = await q.orderBy('confirmed_at').orderBy('id').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    country: r.country,
    comment: r.comment,
    showName: r.show_name === 1,
    confirmedAt: r.confirmed_at!,
  }));
}

/**
 * The signatures whose names show on an appeal's page: confirmed at or before the public count was taken, and chosen to
 * be shown (anonymisation clears the choice with the name). Served by the index signatures_public_names alone.
 */
function shownSigners(db: Executor, appealId: string, countedAt: string) {
  return db
    .selectFrom('signatures')
    .where('appeal_id', '=', appealId)
    .where('show_name', '=', 1)
    .where('status', '=', 'confirmed')
    .where('confirmed_at', '<=', countedAt);
}

/** How many names an appeal's page can show. */
export async function countPublicSigners(db: Executor, appealId: string, countedAt: string): Promise<number> {
  const row = await shownSigners(db, appealId, countedAt)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A page of the names an appeal's page shows, newest confirmation first. Only the name leaves this function. */
export async function publicSignerNames(
  db: Executor,
  appealId: string,
  countedAt: string,
  offset: number,
  limit: number,
): Promise<string[]> {
  const rows = await shownSigners(db, appealId, countedAt)
    .select(['name'])
    .orderBy('confirmed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.flatMap((r) => (r.name ? [r.name] : []));
}

/** Counts of an appeal's signatures by status. */
export async function countByStatus(db: Executor, appealId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('signatures')
    .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('appeal_id', '=', appealId)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** The most frequent values of a column among an appeal's signatures not yet invalidated (to spot a flood). */
export async function topValues(
  db: Executor,
  appealId: string,
  column: 'email_domain' | 'network_hint',
  limit: number,
): Promise<{ value: string; n: number }[]> {
  const rows = await db
    .selectFrom('signatures')
    .select([column, (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('appeal_id', '=', appealId)
    .where('status', '!=', 'invalidated')
    .where(column, 'is not', null)
    .groupBy(column)
    .orderBy('n', 'desc')
    .orderBy(column)
    .limit(limit)
    .execute();
  return rows.map((r) => ({ value: String(r[column]), n: Number(r.n) }));
}

/** What the database can filter on when choosing signatures to invalidate (name patterns are matched by the caller). */
export interface CandidateFilter {
  domain?: string;
  networkHint?: string;
  createdFrom?: string;
  createdTo?: string;
  status?: 'pending' | 'confirmed';
}

/** The signatures of an appeal, not yet invalidated, that match the filter: ids and names. */
export async function invalidationCandidates(
  db: Executor,
  appealId: string,
  f: CandidateFilter,
): Promise<{ id: string; name: string | null }[]> {
  let q = db
    .selectFrom('signatures')
    .select(['id', 'name'])
    .where('appeal_id', '=', appealId)
    .where('status', '!=', 'invalidated');
  if (f.domain !== undefined) q = q.where('email_domain', '=', f.domain);
  if (f.networkHint !== undefined) q = q.where('network_hint', '=', f.networkHint);
  if (f.createdFrom !== undefined) q = q.where('created_at', '>=', f.createdFrom);
  if (f.createdTo !== undefined) q = q.where('created_at', '<', f.createdTo);
  if (f.status !== undefined) q = q.where('status', '=', f.status);
  return q.orderBy('id').execute();
}

/** Invalidates signatures by id (those not already invalidated); returns how many changed. */
export async function invalidateSignatures(
  trx: Trx,
  ids: readonly string[],
  nowIso: string,
  reason: string,
): Promise<number> {
  let changed = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const res = await trx
      .updateTable('signatures')
      .set({ status: 'invalidated', invalidated_at: nowIso, invalidated_reason: reason })
      .where('id', 'in', ids.slice(i, i + 500))
      .where('status', '!=', 'invalidated')
      .executeTakeFirst();
    changed += Number(res.numUpdatedRows);
  }
  return changed;
}

/** Appeals closed before `closedBeforeIso` that still hold signers' personal data. */
export async function appealsToAnonymise(db: Executor, closedBeforeIso: string): Promise<string[]> {
  const rows = await db
    .selectFrom('appeals')
    .select('id')
    .where('closed_at', 'is not', null)
    .where('closed_at', '<', closedBeforeIso)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('signatures')
          .select('signatures.id')
          .whereRef('signatures.appeal_id', '=', 'appeals.id')
          .where('signatures.anonymised_at', 'is', null),
      ),
    )
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Erases the personal data of an appeal's signers: name, email (sealed and its keyed digest), comment, network, token.
 * Status, country and dates stay, so counts and the record of what happened survive. Returns how many were erased.
 */
export async function anonymiseAppealSignatures(trx: Trx, appealId: string, nowIso: string): Promise<number> {
  const res = await trx
    .updateTable('signatures')
    .set({
      name: null,
      comment: null,
      email_sealed: null,
      network_hint: null,
      token_hash: null,
      show_name: 0,
      anonymised_at: nowIso,
      // The digest would still let whoever holds the key confirm that an address signed: replace it by a unique filler.
      email_hash: sql<string>`'anonymised:' || id`,
    })
    .where('appeal_id', '=', appealId)
    .where('anonymised_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Signatures whose sealed email is encrypted under a key other than `keyId` (after a key rotation), a batch at a time. */
export async function signaturesUnderOtherKeys(
  db: Executor,
  keyId: string,
  limit: number,
): Promise<{ id: string; appealId: string; emailSealed: string }[]> {
  // Blobs start "v1:<keyId>:"; substr compares that prefix exactly on both dialects (LIKE would read _ as a wildcard).
  const prefix = `v1:${keyId}:`;
  const rows = await db
    .selectFrom('signatures')
    .select(['id', 'appeal_id', 'email_sealed'])
    .where('email_sealed', 'is not', null)
    .where(sql`substr(email_sealed, 1, ${prefix.length})`, '!=', prefix)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, appealId: r.appeal_id, emailSealed: r.email_sealed! }));
}

/** Stores a signature's email sealed and digested under the current key. */
export async function rekeySignature(trx: Trx, id: string, emailSealed: string, emailHash: string): Promise<void> {
  await trx
    .updateTable('signatures')
    .set({ email_sealed: emailSealed, email_hash: emailHash })
    .where('id', '=', id)
    .execute();
}

/** Invalidates a signature that turned out to repeat another, and frees its digest for the one kept. */
export async function invalidateDuplicate(trx: Trx, id: string, nowIso: string): Promise<void> {
  await trx
    .updateTable('signatures')
    .set({
      status: 'invalidated',
      invalidated_at: nowIso,
      invalidated_reason: 'duplicate',
      email_hash: sql<string>`'duplicate:' || id`,
    })
    .where('id', '=', id)
    .execute();
}
