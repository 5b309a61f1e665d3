// Occasions are events of certain kinds: the calendar's reads, anniversaries, follows and the reminders already sent.
import { sql } from 'kysely';
import type { Event } from '../../domain/event.ts';
import type { Confidentiality } from '../../domain/vocabulary.ts';
import type { Executor, Trx } from '../database.ts';
import { hydrateEvents } from './event.repo.ts';

/** What the calendar asks for: events of some kinds that may overlap a period of whole dates. */
export interface OccasionQuery {
  kinds: readonly string[];
  /** First and last day (YYYY-MM-DD) of the period. */
  from: string;
  to: string;
  country?: string;
  limit?: number;
  /** Latest first (feeds keep the most recent when they cut), else earliest first. */
  latestFirst?: boolean;
}

/** One follow: a user watches a country or a case. */
export interface Follow {
  id: string;
  userId: string;
  kind: 'country' | 'case';
  value: string;
  daysBefore: number;
  createdAt: string;
}

/** Storage reads of occasions, follows and sent reminders. */
export const occasionRepo = {
  /**
   * Visible events of the kinds whose dates may overlap the period. Partial dates compare as text ("2014-12" ≤
   * "2014-12-31"), so the SQL keeps every candidate and the caller checks the exact overlap with the dates' ranges.
   */
  async overlapping(db: Executor, levels: readonly Confidentiality[], q: OccasionQuery): Promise<Event[]> {
    if (levels.length === 0 || q.kinds.length === 0) return [];
    let query = db
      .selectFrom('events')
      .selectAll('events')
      .where('events.confidentiality', 'in', [...levels])
      .where('events.kind', 'in', [...q.kinds])
      .where('events.start_date', 'is not', null)
      .where('events.start_date', '<=', q.to)
      .where((eb) => eb(eb.fn.coalesce('events.end_date', 'events.start_date'), '>=', q.from.slice(0, 4)));
    if (q.country) {
      const country = q.country;
      query = query.where((eb) =>
        eb.or([
          eb('events.country', '=', country),
          eb(
            'events.id',
            'in',
            eb.selectFrom('event_countries').select('event_id').where('event_countries.country', '=', country),
          ),
        ]),
      );
    }
    const order = q.latestFirst ? 'desc' : 'asc';
    const rows = await query
      .orderBy('events.start_date', order)
      .orderBy('events.id', order)
      .limit(q.limit ?? 2000)
      .execute();
    return hydrateEvents(db, rows, null);
  },

  /** Visible past events with a full date whose month and day fall in one of the given MM-DD ranges (for anniversaries). */
  async onMonthDays(
    db: Executor,
    levels: readonly Confidentiality[],
    ranges: readonly [string, string][],
    before: string,
  ): Promise<Event[]> {
    if (levels.length === 0 || ranges.length === 0) return [];
    const rows = await db
      .selectFrom('events')
      .selectAll()
      .where('confidentiality', 'in', [...levels])
      .where('kind', '!=', 'anniversary')
      .where('start_date', '<', before)
      .where(sql<boolean>`length(start_date) = 10`)
      .where((eb) =>
        eb.or(
          ranges.map(([a, b]) =>
            eb.and([eb(sql`substr(start_date, 6, 5)`, '>=', a), eb(sql`substr(start_date, 6, 5)`, '<=', b)]),
          ),
        ),
      )
      .orderBy('start_date')
      .limit(2000)
      .execute();
    return hydrateEvents(db, rows, null);
  },

  /** Start dates of the anniversary events that already commemorate an event (whatever their level: never propose twice). */
  async commemorations(db: Executor, eventId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('event_relations')
      .innerJoin('events', 'events.id', 'event_relations.event_id')
      .select('events.start_date')
      .where('event_relations.related_event_id', '=', eventId)
      .where('event_relations.kind', '=', 'commemorates')
      .execute();
    return rows.flatMap((r) => (r.start_date ? [r.start_date] : []));
  },

  /** Ids of visible cases that name an event. */
  async casesOfEvent(db: Executor, eventId: string, levels: readonly Confidentiality[]): Promise<string[]> {
    if (levels.length === 0) return [];
    const rows = await db
      .selectFrom('case_events')
      .innerJoin('cases', 'cases.id', 'case_events.case_id')
      .select('cases.id')
      .where('case_events.event_id', '=', eventId)
      .where('cases.confidentiality', 'in', [...levels])
      .orderBy('cases.id')
      .execute();
    return rows.map((r) => r.id);
  },

  /** A user's follows. */
  async followsOf(db: Executor, userId: string): Promise<Follow[]> {
    const rows = await db
      .selectFrom('follows')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('kind')
      .orderBy('value')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      kind: r.kind as Follow['kind'],
      value: r.value,
      daysBefore: Number(r.days_before),
      createdAt: r.created_at,
    }));
  },

  /** Every follow of active users, with their email and role (for the reminder scan). */
  async allFollows(db: Executor): Promise<(Follow & { email: string; role: string; lang: string | null })[]> {
    const rows = await db
      .selectFrom('follows')
      .innerJoin('users', 'users.id', 'follows.user_id')
      .select([
        'follows.id',
        'follows.user_id',
        'follows.kind',
        'follows.value',
        'follows.days_before',
        'follows.created_at',
        'users.email',
        'users.role',
        'users.lang',
      ])
      .where('users.status', '=', 'active')
      .orderBy('follows.user_id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      kind: r.kind as Follow['kind'],
      value: r.value,
      daysBefore: Number(r.days_before),
      createdAt: r.created_at,
      email: r.email,
      role: r.role,
      lang: r.lang,
    }));
  },

  /** Adds a follow (a second follow of the same thing is a unique violation the command turns into a conflict). */
  async addFollow(trx: Trx, f: Follow): Promise<void> {
    await trx
      .insertInto('follows')
      .values({
        id: f.id,
        user_id: f.userId,
        kind: f.kind,
        value: f.value,
        days_before: f.daysBefore,
        created_at: f.createdAt,
      })
      .execute();
  },

  /** Removes one of a user's follows. */
  async removeFollow(trx: Trx, userId: string, id: string): Promise<boolean> {
    const res = await trx.deleteFrom('follows').where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  },

  /**
   * Claims the reminder of one occasion for one user: true the first time, false ever after. The primary key decides,
   * so two workers or a restart mid-scan can never send it twice.
   */
  async claimReminder(trx: Trx, userId: string, eventId: string, at: string): Promise<boolean> {
    const res = await trx
      .insertInto('reminders_sent')
      .values({ user_id: userId, event_id: eventId, sent_at: at })
      .onConflict((oc) => oc.columns(['user_id', 'event_id']).doNothing())
      .executeTakeFirst();
    return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
  },

  /** When the user's last reminder went out, if ever. */
  async lastReminderAt(db: Executor, userId: string): Promise<string | null> {
    const row = await db
      .selectFrom('reminders_sent')
      .select((eb) => eb.fn.max('sent_at').as('at'))
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return (row?.at as string | null | undefined) ?? null;
  },
};
