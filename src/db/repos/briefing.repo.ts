// Frozen briefings: a briefing's content stored as generated, with the date it describes.
import type { Briefing } from '../../domain/briefing.ts';
import type { Executor, Trx } from '../database.ts';

/** A frozen briefing. */
export interface FrozenBriefing {
  id: string;
  briefing: Briefing;
  createdAt: string;
  createdBy: string;
  appealId: string | null;
}

/** Storage of frozen briefings. */
export const briefingRepo = {
  /** Stores a frozen briefing. */
  async insert(trx: Trx, f: FrozenBriefing): Promise<void> {
    await trx
      .insertInto('briefings')
      .values({
        id: f.id,
        country: f.briefing.country,
        as_of: f.briefing.asOf,
        since: f.briefing.since,
        occasion_event_id: f.briefing.occasion?.id ?? null,
        content: JSON.stringify(f.briefing),
        created_at: f.createdAt,
        created_by: f.createdBy,
        appeal_id: f.appealId,
      })
      .execute();
  },

  /** One frozen briefing. */
  async find(db: Executor, id: string): Promise<FrozenBriefing | undefined> {
    const r = await db.selectFrom('briefings').selectAll().where('id', '=', id).executeTakeFirst();
    return r
      ? {
          id: r.id,
          briefing: JSON.parse(r.content) as Briefing,
          createdAt: r.created_at,
          createdBy: r.created_by,
          appealId: r.appeal_id,
        }
      : undefined;
  },

  /** Records the appeal a frozen briefing was turned into. */
  async setAppeal(trx: Trx, id: string, appealId: string): Promise<void> {
    await trx.updateTable('briefings').set({ appeal_id: appealId }).where('id', '=', id).execute();
  },
};
