// The calendar: occasions (visits, hearings, reviews, elections, anniversaries …) in a period, as the reader may see them,
// and one occasion with the appeals timed to it and the cases that name it.
import type { Ctx } from '../../context.ts';
import type { Appeal } from '../../domain/appeal.ts';
import type { Event } from '../../domain/event.ts';
import { parsePartialDate, partialDateRange } from '../../domain/partial-date.ts';
import { OCCASION_KINDS } from '../../domain/vocabulary.ts';
import { eventRepo } from '../../db/repos/event.repo.ts';
import { occasionRepo } from '../../db/repos/occasion.repo.ts';
import { notFound } from '../../errors.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { listAppeals } from '../appeals/get-appeal.ts';

/** Filters of the calendar. */
export interface CalendarFilter {
  country?: string;
  kind?: (typeof OCCASION_KINDS)[number];
  /** At most this many, the latest kept (feeds); the calendar page reads a month or a year and keeps all. */
  latest?: number;
}

/** The first and last day a partial date may stand for. */
export function dateSpan(start: string, end: string | null): { first: string; last: string } {
  const s = parsePartialDate(start);
  const e = parsePartialDate(end ?? start);
  if (!s || !e) return { first: start, last: end ?? start };
  return { first: partialDateRange(s).earliest, last: partialDateRange(e).latest };
}

/** The first and last day of a month given as YYYY-MM. */
export function monthSpan(month: string): { from: string; to: string } {
  const span = dateSpan(month, null);
  return { from: span.first, to: span.last };
}

/** UTC date of a moment as YYYY-MM-DD. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Occasions whose dates overlap [from, to] (whole days), in date order. */
export async function occasionsBetween(ctx: Ctx, from: string, to: string, f: CalendarFilter = {}): Promise<Event[]> {
  const kinds = f.kind ? [f.kind] : OCCASION_KINDS;
  const candidates = await occasionRepo.overlapping(ctx.db, readableLevels(ctx.actor), {
    kinds,
    from,
    to,
    country: f.country,
    ...(f.latest ? { limit: f.latest, latestFirst: true } : {}),
  });
  if (f.latest) candidates.reverse();
  return candidates.filter((e) => {
    const span = dateSpan(e.startDate!, e.endDate);
    return span.first <= to && span.last >= from;
  });
}

/** Occasions from today for the given number of days. */
export async function upcomingOccasions(ctx: Ctx, days: number, f: CalendarFilter = {}): Promise<Event[]> {
  const now = ctx.now();
  return occasionsBetween(ctx, isoDay(now), isoDay(new Date(now.getTime() + days * 86_400_000)), f);
}

/** One occasion with the appeals timed to it and the cases that name it. */
export interface OccasionDetail {
  event: Event;
  appeals: Appeal[];
  caseIds: string[];
}

/** An occasion as the reader may see it. */
export async function occasionDetail(ctx: Ctx, idOrSlug: string): Promise<OccasionDetail> {
  const event = await eventRepo.find(ctx.db, idOrSlug, readableLevels(ctx.actor), null);
  if (!event) throw notFound('event', idOrSlug);
  const appeals = (await listAppeals(ctx, { occasionEventId: event.id }, { limit: 50 })).data;
  const caseIds = await occasionRepo.casesOfEvent(ctx.db, event.id, readableLevels(ctx.actor));
  return { event, appeals, caseIds };
}
