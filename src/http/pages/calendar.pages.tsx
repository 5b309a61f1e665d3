// The calendar: the page, its iCalendar and Atom feeds (all and per country). Feeds carry what the reader may see:
// a calendar app subscribes without a session, so it gets public occasions only.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CountrySchema } from '../../domain/common.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { OCCASION_KINDS } from '../../domain/vocabulary.ts';
import { listAppeals } from '../../queries/appeals/get-appeal.ts';
import { calendarAtom, calendarIcs } from '../../queries/occasions/calendar-feeds.ts';
import { isoDay, monthSpan, occasionsBetween, upcomingOccasions } from '../../queries/occasions/calendar.ts';
import type { AppDeps } from '../app.ts';
import { ctxOf } from '../plugins/auth.ts';
import { sendPage } from '../plugins/web.ts';
import { CalendarPage } from '../views/calendar/calendar-page.tsx';
import { pageProps } from './register.pages.tsx';

const blankIsAbsent = (v: unknown) => (v === '' ? undefined : v);
const CalendarQuery = z.object({
  month: z.preprocess(blankIsAbsent, z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM').optional()),
  country: z.preprocess(blankIsAbsent, CountrySchema.optional()),
  kind: z.preprocess(blankIsAbsent, z.enum(OCCASION_KINDS).optional()),
});
const CountryFeed = z.object({ country: CountrySchema });

/** Registers /calendar, /calendar.ics, /calendar.atom and the per-country feeds. */
export function registerCalendarPages(app: FastifyInstance, deps: AppDeps): void {
  app.get('/calendar', async (request, reply) => {
    const ctx = ctxOf(request, deps);
    const q = parseOrThrow(CalendarQuery, request.query);
    const month = q.month ?? isoDay(ctx.now()).slice(0, 7);
    const span = monthSpan(month);
    const filter = { country: q.country, kind: q.kind };
    const [monthEvents, upcoming] = [await occasionsBetween(ctx, span.from, span.to, filter), await upcomingOccasions(ctx, 365, filter)];
    const appealCounts = new Map<string, number>();
    for (const e of new Map([...monthEvents, ...upcoming].map((x) => [x.id, x])).values()) {
      const n = (await listAppeals(ctx, { occasionEventId: e.id }, { limit: 50 })).data.length;
      if (n > 0) appealCounts.set(e.id, n);
    }
    return sendPage(reply, <CalendarPage {...pageProps(request)} month={month} country={q.country ?? null} kind={q.kind ?? null}
      monthEvents={monthEvents} upcoming={upcoming} appealCounts={appealCounts} />);
  });

  const ics = (text: string, reply: import('fastify').FastifyReply) =>
    reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(text);
  const atom = (text: string, reply: import('fastify').FastifyReply) =>
    reply.type('application/atom+xml; charset=utf-8').header('cache-control', 'private, max-age=300').send(text);

  app.get('/calendar.ics', async (request, reply) => ics(await calendarIcs(ctxOf(request, deps)), reply));
  app.get('/calendar.atom', async (request, reply) => atom(await calendarAtom(ctxOf(request, deps)), reply));
  app.get<{ Params: { country: string } }>('/calendar/:country.ics', async (request, reply) => {
    const { country } = parseOrThrow(CountryFeed, request.params);
    return ics(await calendarIcs(ctxOf(request, deps), { country }), reply);
  });
  app.get<{ Params: { country: string } }>('/calendar/:country.atom', async (request, reply) => {
    const { country } = parseOrThrow(CountryFeed, request.params);
    return atom(await calendarAtom(ctxOf(request, deps), { country }), reply);
  });
}
