// Appeals with their texts and linked cases. Lists and sub-lists (addressees, deliveries …) are JSON text on both dialects.
import type { Appeal, AppealStatus, FrozenAnnex } from '../../domain/appeal.ts';
import type { Confidentiality } from '../../domain/vocabulary.ts';
import type { Executor, Trx } from '../database.ts';
import type { AppealsTable } from '../schema.ts';
import { bool, groupBy, int } from './shared.ts';

/** What the appeal list can be narrowed by. */
export interface AppealFilter {
  status?: AppealStatus;
  caseId?: string;
  occasionEventId?: string;
}

async function hydrate(db: Executor, rows: AppealsTable[]): Promise<Appeal[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const texts = groupBy(
    await db
      .selectFrom('appeal_texts')
      .selectAll()
      .where('appeal_id', 'in', ids)
      .orderBy('appeal_id')
      .orderBy('position')
      .execute(),
    'appeal_id',
  );
  const cases = groupBy(
    await db
      .selectFrom('appeal_cases')
      .selectAll()
      .where('appeal_id', 'in', ids)
      .orderBy('appeal_id')
      .orderBy('position')
      .execute(),
    'appeal_id',
  );
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    confidentiality: r.confidentiality as Confidentiality,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
    title: r.title,
    status: r.status as AppealStatus,
    addressees: JSON.parse(r.addressees) as Appeal['addressees'],
    occasionEventId: r.occasion_event_id,
    deadline: r.deadline,
    letterDate: r.letter_date,
    texts: (texts.get(r.id) ?? []).map((t) => ({ lang: t.lang, title: t.title, body: t.body })),
    caseIds: (cases.get(r.id) ?? []).map((c) => c.case_id),
    publicSigning: bool(r.public_signing),
    signingPaused: bool(r.signing_paused),
    countingPaused: bool(r.counting_paused),
    publishedAt: r.published_at,
    closedAt: r.closed_at,
    annexFrozen: r.annex_frozen ? (JSON.parse(r.annex_frozen) as FrozenAnnex) : null,
    signatureCount: Number(r.signature_count),
    countRefreshedAt: r.count_refreshed_at,
    deliveries: JSON.parse(r.deliveries) as Appeal['deliveries'],
    responses: JSON.parse(r.responses) as Appeal['responses'],
    outcomes: JSON.parse(r.outcomes) as Appeal['outcomes'],
  }));
}

function columns(a: Appeal): AppealsTable {
  return {
    id: a.id,
    slug: a.slug,
    confidentiality: a.confidentiality,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
    created_by: a.createdBy,
    title: a.title,
    status: a.status,
    occasion_event_id: a.occasionEventId,
    deadline: a.deadline,
    letter_date: a.letterDate,
    addressees: JSON.stringify(a.addressees),
    public_signing: int(a.publicSigning),
    signing_paused: int(a.signingPaused),
    counting_paused: int(a.countingPaused),
    published_at: a.publishedAt,
    closed_at: a.closedAt,
    annex_frozen: a.annexFrozen ? JSON.stringify(a.annexFrozen) : null,
    signature_count: a.signatureCount,
    count_refreshed_at: a.countRefreshedAt,
    deliveries: JSON.stringify(a.deliveries),
    responses: JSON.stringify(a.responses),
    outcomes: JSON.stringify(a.outcomes),
  };
}

async function writeChildren(trx: Trx, a: Appeal, replace: boolean): Promise<void> {
  if (replace) {
    await trx.deleteFrom('appeal_texts').where('appeal_id', '=', a.id).execute();
    await trx.deleteFrom('appeal_cases').where('appeal_id', '=', a.id).execute();
  }
  if (a.texts.length > 0) {
    await trx
      .insertInto('appeal_texts')
      .values(a.texts.map((t, position) => ({ appeal_id: a.id, position, lang: t.lang, title: t.title, body: t.body })))
      .execute();
  }
  if (a.caseIds.length > 0) {
    await trx
      .insertInto('appeal_cases')
      .values(a.caseIds.map((case_id, position) => ({ appeal_id: a.id, position, case_id })))
      .execute();
  }
}

/** Storage of appeals. */
export const appealRepo = {
  /** One appeal by id or slug, if visible at the given levels. */
  async find(db: Executor, idOrSlug: string, levels: readonly Confidentiality[]): Promise<Appeal | undefined> {
    if (levels.length === 0) return undefined;
    const rows = await db
      .selectFrom('appeals')
      .selectAll()
      .where('confidentiality', 'in', [...levels])
      .where((eb) => eb.or([eb('id', '=', idOrSlug), eb('slug', '=', idOrSlug)]))
      .execute();
    return (await hydrate(db, rows))[0];
  },

  /** A page of visible appeals, newest first (ids are ULIDs, so id order is creation order). */
  async list(
    db: Executor,
    f: AppealFilter,
    levels: readonly Confidentiality[],
    page: { before?: string; limit: number },
  ): Promise<Appeal[]> {
    if (levels.length === 0) return [];
    let q = db
      .selectFrom('appeals')
      .selectAll('appeals')
      .where('appeals.confidentiality', 'in', [...levels]);
    if (f.status) q = q.where('appeals.status', '=', f.status);
    if (f.occasionEventId) q = q.where('appeals.occasion_event_id', '=', f.occasionEventId);
    if (f.caseId)
      q = q.where('appeals.id', 'in', (eb) =>
        eb.selectFrom('appeal_cases').select('appeal_id').where('case_id', '=', f.caseId!),
      );
    if (page.before) q = q.where('appeals.id', '<', page.before);
    return hydrate(db, await q.orderBy('appeals.id', 'desc').limit(page.limit).execute());
  },

  /** Published appeals visible to the public, most recently published first (for the feed). */
  async published(db: Executor, limit: number): Promise<Appeal[]> {
    const rows = await db
      .selectFrom('appeals')
      .selectAll()
      .where('confidentiality', '=', 'public')
      .where('published_at', 'is not', null)
      .orderBy('published_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return hydrate(db, rows);
  },

  /** Stores a new appeal with its texts and linked cases. */
  async insert(trx: Trx, a: Appeal): Promise<void> {
    await trx.insertInto('appeals').values(columns(a)).execute();
    await writeChildren(trx, a, false);
  },

  /** Replaces a stored appeal (the signature count is left to the counter job, which owns it). */
  async update(trx: Trx, a: Appeal): Promise<void> {
    const { id: _id, created_at: _c, signature_count: _s, count_refreshed_at: _r, ...rest } = columns(a);
    await trx.updateTable('appeals').set(rest).where('id', '=', a.id).execute();
    await writeChildren(trx, a, true);
  },

  /** Deletes an appeal (drafts only; the command checks). */
  async remove(trx: Trx, id: string): Promise<void> {
    await trx.deleteFrom('co_signatories').where('appeal_id', '=', id).execute();
    await trx.deleteFrom('appeals').where('id', '=', id).execute();
  },

  /** Is the slug used by another appeal? */
  async slugTaken(db: Executor, slug: string, exceptId?: string): Promise<boolean> {
    let q = db.selectFrom('appeals').select('id').where('slug', '=', slug);
    if (exceptId) q = q.where('id', '!=', exceptId);
    return (await q.executeTakeFirst()) !== undefined;
  },
};
