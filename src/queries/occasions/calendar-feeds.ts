// The calendar as an iCalendar feed (RFC 5545, written with ical-generator) and as an Atom feed (with `feed`). Both are
// built from what the reader may see: the public gets public occasions only.
import { Feed } from 'feed';
import ical from 'ical-generator';
import type { Ctx } from '../../context.ts';
import type { Event } from '../../domain/event.ts';
import { escapeHtml } from '../appeals/appeal-feed.ts';
import { dateSpan, isoDay, occasionsBetween, type CalendarFilter } from './calendar.ts';

/** The feeds hold every occasion up to three years ahead (the latest FEED_SIZE of them): past occasions stay, as anniversaries of them come round. */
function feedPeriod(now: Date): { from: string; to: string } {
  return { from: '0001-01-01', to: isoDay(new Date(now.getTime() + 3 * 365 * 86_400_000)) };
}

/** How many occasions a feed carries at most. */
export const FEED_SIZE = 1000;

/** The day after a YYYY-MM-DD date (iCalendar's all-day events end on the day after their last day). */
function nextDay(day: string): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000));
}

/** A calendar-day as ical-generator wants it: a Date at UTC midnight, written as a floating DATE value. */
const asDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** What to call the feed. */
function feedTitle(f: CalendarFilter): string {
  return f.country ? `Vigil: occasions concerning ${f.country}` : 'Vigil: occasions';
}

/** The occasions of the feed period as an iCalendar file. */
export async function calendarIcs(ctx: Ctx, f: CalendarFilter = {}): Promise<string> {
  const { from, to } = feedPeriod(ctx.now());
  const events = await occasionsBetween(ctx, from, to, { ...f, latest: FEED_SIZE });
  const base = ctx.config.publicUrl;
  const cal = ical({
    name: feedTitle(f),
    prodId: { company: 'Vigil', product: 'occasions', language: 'EN' },
    ttl: 3600,
  });
  for (const e of events) cal.createEvent(icsEvent(e, base, new URL(base).hostname));
  return cal.toString();
}

function icsEvent(e: Event, base: string, host: string) {
  const span = dateSpan(e.startDate!, e.endDate);
  const approximate = e.startApprox || e.startDate!.length < 10 || (e.endDate !== null && e.endDate.length < 10);
  const where = [e.place.locality, e.place.country].filter(Boolean).join(', ');
  return {
    id: `${e.id}@${host}`,
    allDay: true,
    start: asDay(span.first),
    end: asDay(nextDay(span.last)),
    stamp: new Date(e.updatedAt),
    summary: e.title,
    description:
      [
        e.description ?? '',
        approximate ? 'The exact dates are not known; the event covers the period they may fall in.' : '',
      ]
        .filter(Boolean)
        .join('\n\n') || undefined,
    location: where || undefined,
    url: `${base}/events/${encodeURIComponent(e.slug)}`,
    categories: [{ name: e.kind }],
  };
}

/** The occasions of the feed period as an Atom feed, soonest first. */
export async function calendarAtom(ctx: Ctx, f: CalendarFilter = {}): Promise<string> {
  const { from, to } = feedPeriod(ctx.now());
  const events = await occasionsBetween(ctx, from, to, { ...f, latest: FEED_SIZE });
  const base = ctx.config.publicUrl;
  const host = new URL(base).hostname;
  const self = `${base}/calendar${f.country ? `/${f.country}` : ''}.atom`;
  const updated = events.reduce<string | null>(
    (max, e) => (max === null || e.updatedAt > max ? e.updatedAt : max),
    null,
  );
  const feed = new Feed({
    id: self,
    title: feedTitle(f),
    link: `${base}/calendar`,
    feedLinks: { atom: self },
    updated: updated ? new Date(updated) : ctx.now(),
    author: { name: 'Vigil', link: base },
    generator: false,
    copyright: '',
  });
  for (const e of events) {
    const span = dateSpan(e.startDate!, e.endDate);
    feed.addItem({
      id: `tag:${host},${e.createdAt.slice(0, 10)}:event:${e.id}`,
      title: escapeHtml(`${span.first}${span.last !== span.first ? ` – ${span.last}` : ''}: ${e.title}`),
      link: `${base}/events/${encodeURIComponent(e.slug)}`,
      date: new Date(e.updatedAt),
      description: escapeHtml(e.description ?? e.title),
    });
  }
  return feed.atom1();
}
