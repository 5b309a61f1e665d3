// The calendar: the page, its iCalendar and Atom feeds (all and per country). Feeds carry what the reader may see:
// a calendar app subscribes without a session, so it gets public occasions only.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { confirmAnniversary } from '../../commands/occasions/confirm-anniversary.ts';
import { followSomething, unfollow } from '../../commands/occasions/follow.ts';
import { occasionRepo } from '../../db/repos/occasion.repo.ts';
import { AppError } from '../../errors.ts';
import { authorize } from '../../policies/authorize.ts';
import { anniversaryProposals } from '../../queries/occasions/anniversaries.ts';
import { CSRF_FIELD, csrfMatches, csrfOf, sameOrigin } from '../../http/plugins/csrf.ts';
import { AnniversariesPage, FollowsPage } from '../views/calendar/occasion-forms.tsx';
import { z } from 'zod';
import { CountrySchema } from '../../domain/common.ts';
import { OCCASION_KINDS } from '../../domain/vocabulary.ts';
import { listAppeals } from '../../queries/appeals/get-appeal.ts';
import { calendarAtom, calendarIcs } from '../../queries/occasions/calendar-feeds.ts';
import { isoDay, monthSpan, occasionsBetween, upcomingOccasions } from '../../queries/occasions/calendar.ts';
import type { AppDeps } from '../../deps.ts';
import { requireUser } from '../require-user.ts';
import { ctxOf } from '../../http/plugins/auth.ts';
import { sendPage } from '../plugin.ts';
import { CalendarPage } from '../views/calendar/calendar-page.tsx';
import { pageProps } from './register.pages.tsx';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ButtonForm, field, formOf, NoQuery, paramsOf } from '../schemas.ts';
import { formText } from './form-text.ts';

const blankIsAbsent = (v: unknown) => (v === '' ? undefined : v);
const CalendarQuery = z.object({
  month: z.preprocess(
    blankIsAbsent,
    z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM')
      .optional(),
  ),
  country: z.preprocess(blankIsAbsent, CountrySchema.optional()),
  kind: z.preprocess(blankIsAbsent, z.enum(OCCASION_KINDS).optional()),
});
const CountryFeed = z.object({ country: CountrySchema });

/** Registers /calendar, /calendar.ics, /calendar.atom and the per-country feeds. */
export function registerCalendarPages(app: FastifyInstance, deps: AppDeps): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/calendar', { schema: { querystring: CalendarQuery } }, async (request, reply) => {
      const ctx = ctxOf(request, deps);
      const q = request.query;
      const month = q.month ?? isoDay(ctx.now()).slice(0, 7);
      const span = monthSpan(month);
      const filter = { country: q.country, kind: q.kind };
      const [monthEvents, upcoming] = [
        await occasionsBetween(ctx, span.from, span.to, filter),
        await upcomingOccasions(ctx, 365, filter),
      ];
      const appealCounts = new Map<string, number>();
      for (const e of new Map([...monthEvents, ...upcoming].map((x) => [x.id, x])).values()) {
        const n = (await listAppeals(ctx, { occasionEventId: e.id }, { limit: 50 })).data.length;
        if (n > 0) appealCounts.set(e.id, n);
      }
      return sendPage(
        reply,
        <CalendarPage
          {...pageProps(request)}
          month={month}
          country={q.country ?? null}
          kind={q.kind ?? null}
          monthEvents={monthEvents}
          upcoming={upcoming}
          appealCounts={appealCounts}
        />,
      );
    });

  const ics = (text: string, reply: FastifyReply) =>
    reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(text);
  const atom = (text: string, reply: FastifyReply) =>
    reply.type('application/atom+xml; charset=utf-8').header('cache-control', 'private, max-age=300').send(text);

  app.get('/calendar.ics', { schema: { querystring: NoQuery } }, async (request, reply) =>
    ics(await calendarIcs(ctxOf(request, deps)), reply),
  );
  app.get('/calendar.atom', { schema: { querystring: NoQuery } }, async (request, reply) =>
    atom(await calendarAtom(ctxOf(request, deps)), reply),
  );
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/calendar/:country.ics',
      { schema: { params: CountryFeed, querystring: NoQuery } },
      async (request, reply) => {
        const { country } = request.params;
        return ics(await calendarIcs(ctxOf(request, deps), { country }), reply);
      },
    );
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/calendar/:country.atom',
      { schema: { params: CountryFeed, querystring: NoQuery } },
      async (request, reply) => {
        const { country } = request.params;
        return atom(await calendarAtom(ctxOf(request, deps), { country }), reply);
      },
    );
}

/** Refuses a posted form that did not come from our page with this session's token. */
function checkForm(request: FastifyRequest): void {
  const token = formText(request.body, CSRF_FIELD, 1000);
  if (!sameOrigin(request) || request.sessionToken === null || !csrfMatches(request, token)) {
    throw new AppError('forbidden', 'This form could not be verified; reload the page and try again');
  }
}

/** Registers the anniversary proposals (writers) and the follows page (signed-in users). */
export function registerOccasionFormPages(app: FastifyInstance, deps: AppDeps): void {
  app.get(
    '/calendar/anniversaries',
    { onRequest: requireUser, schema: { querystring: NoQuery } },
    async (request, reply) => {
      const ctx = ctxOf(request, deps);
      authorize(ctx.actor, 'create', 'event');
      return sendPage(
        reply,
        <AnniversariesPage
          {...pageProps(request)}
          proposals={await anniversaryProposals(ctx)}
          csrf={csrfOf(request) ?? null}
        />,
      );
    },
  );
  app
    .withTypeProvider<ZodTypeProvider>()
    .post(
      '/calendar/anniversaries',
      { schema: { body: formOf({ eventId: field, date: field }) } },
      async (request, reply) => {
        checkForm(request);
        const { eventId, date } = request.body ?? {};
        const event = await confirmAnniversary(ctxOf(request, deps), { eventId, date });
        return reply.redirect(`/events/${encodeURIComponent(event.slug)}`, 303);
      },
    );

  const followsPage = async (request: FastifyRequest, reply: FastifyReply, problem: string | null, status = 200) => {
    const userId = request.actor.kind === 'user' ? request.actor.id : '';
    const follows = await occasionRepo.followsOf(deps.db, userId);
    void reply.header('cache-control', 'private, no-store');
    return sendPage(
      reply,
      <FollowsPage {...pageProps(request)} follows={follows} csrf={csrfOf(request) ?? null} problem={problem} />,
      status,
    );
  };
  app.get('/account/follows', { onRequest: requireUser, schema: { querystring: NoQuery } }, async (request, reply) => {
    return followsPage(request, reply, null);
  });
  app
    .withTypeProvider<ZodTypeProvider>()
    .post(
      '/account/follows',
      { schema: { body: formOf({ kind: field, value: field, daysBefore: field }) } },
      async (request, reply) => {
        checkForm(request);
        const body = request.body ?? {};
        try {
          await followSomething(
            ctxOf(request, deps),
            {
              kind: body.kind,
              value: typeof body.value === 'string' ? body.value.trim() : body.value,
              daysBefore:
                typeof body.daysBefore === 'string' && body.daysBefore !== '' ? Number(body.daysBefore) : undefined,
            },
            request.i18n.locale,
          );
        } catch (err) {
          if (err instanceof AppError && err.status < 500 && err.status !== 401)
            return followsPage(request, reply, err.message, err.status);
          throw err;
        }
        return reply.redirect('/account/follows', 303);
      },
    );
  app.post<{ Params: { id: string } }>(
    '/account/follows/:id/delete',
    { schema: { params: paramsOf('id'), body: ButtonForm } },
    async (request, reply) => {
      checkForm(request);
      await unfollow(ctxOf(request, deps), request.params.id);
      return reply.redirect('/account/follows', 303);
    },
  );
}
