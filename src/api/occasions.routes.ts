// The JSON API of occasions (the calendar), anniversary proposals, follows and country briefings.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appealFromBriefing, BriefingRequestSchema, freezeBriefing } from '../commands/briefings/freeze-briefing.ts';
import { confirmAnniversary, ConfirmAnniversarySchema } from '../commands/occasions/confirm-anniversary.ts';
import { followSomething, unfollow } from '../commands/occasions/follow.ts';
import { CountrySchema, DaySchema, IdSchema } from '../domain/common.ts';
import { OCCASION_KINDS } from '../domain/vocabulary.ts';
import { occasionRepo } from '../db/repos/occasion.repo.ts';
import { AppError } from '../errors.ts';
import { authorize } from '../policies/authorize.ts';
import { countryBriefing } from '../queries/briefings/country-briefing.ts';
import { getFrozenBriefing } from '../queries/briefings/frozen-briefing.ts';
import { anniversaryProposals } from '../queries/occasions/anniversaries.ts';
import { isoDay, occasionsBetween } from '../queries/occasions/calendar.ts';
import type { AppDeps } from '../deps.ts';
import { ctxOf } from '../http/plugins/auth.ts';
import { presentAppeal } from './presenters/appeal.presenter.ts';
import { presentRecord } from './presenters/record.presenter.ts';
import { DataSchema, ErrorResponses } from './schemas.ts';

const tags = ['occasions'];
const Day = DaySchema;
const ListSchema = z.object({ data: z.array(z.record(z.string(), z.unknown())) });
const OccasionQuery = z.object({
  from: Day.optional().describe('First day (default: today)'),
  to: Day.optional().describe('Last day (default: a year after from)'),
  country: CountrySchema.optional(),
  kind: z.enum(OCCASION_KINDS).optional(),
});
const write = { security: [{ bearer: [] }] };

/** Registers /api/v1/occasions, /api/v1/follows and /api/v1/briefings. */
export function registerOccasionRoutes(root: FastifyInstance, deps: AppDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/occasions',
    {
      schema: {
        tags,
        summary: 'Occasions (events of occasion kinds) overlapping a period',
        querystring: OccasionQuery,
        response: { 200: ListSchema, ...ErrorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request, deps);
      const from = request.query.from ?? isoDay(ctx.now());
      const to = request.query.to ?? isoDay(new Date(Date.parse(`${from}T00:00:00Z`) + 365 * 86_400_000));
      if (to < from) throw new AppError('validation_failed', 'to: must not be before from', { field: 'to' });
      const events = await occasionsBetween(ctx, from, to, {
        country: request.query.country,
        kind: request.query.kind,
      });
      return { data: events.map((e) => presentRecord('event', e, request.actor, false)) };
    },
  );

  app.get(
    '/api/v1/occasions/anniversaries',
    {
      schema: {
        tags,
        summary: 'Round anniversaries of past events in the coming days, not yet on the calendar (writers)',
        querystring: z.object({ days: z.coerce.number().int().min(1).max(366).default(120) }),
        response: { 200: ListSchema, ...ErrorResponses },
        ...write,
      },
    },
    async (request) => {
      const ctx = ctxOf(request, deps);
      authorize(ctx.actor, 'create', 'event');
      const proposals = await anniversaryProposals(ctx, request.query.days);
      return {
        data: proposals.map((p) => ({
          eventId: p.event.id,
          eventSlug: p.event.slug,
          title: p.event.title,
          eventDate: p.event.startDate,
          years: p.years,
          date: p.date,
        })),
      };
    },
  );

  app.post(
    '/api/v1/occasions/anniversaries',
    {
      schema: {
        tags,
        summary: 'Confirm a proposed anniversary: creates the anniversary event',
        body: ConfirmAnniversarySchema.strict(),
        response: { 201: DataSchema, ...ErrorResponses },
        ...write,
      },
    },
    async (request, reply) => {
      const event = await confirmAnniversary(ctxOf(request, deps), request.body);
      return reply.status(201).send({ data: presentRecord('event', event, request.actor) });
    },
  );

  app.get(
    '/api/v1/follows',
    {
      schema: {
        tags,
        summary: 'What the signed-in user follows',
        response: { 200: ListSchema, ...ErrorResponses },
        ...write,
      },
    },
    async (request) => {
      if (request.actor.kind !== 'user') throw new AppError('unauthorized', 'Sign in or send an API token');
      return { data: (await occasionRepo.followsOf(deps.db, request.actor.id)).map(({ userId: _u, ...f }) => f) };
    },
  );

  app.post(
    '/api/v1/follows',
    {
      schema: {
        tags,
        summary: 'Follow a country or a case (reminders before its occasions)',
        body: z
          .object({
            kind: z.enum(['country', 'case']),
            value: z.string().max(40),
            daysBefore: z.number().int().optional(),
          })
          .strict(),
        response: { 201: DataSchema, ...ErrorResponses },
        ...write,
      },
    },
    async (request, reply) => {
      const { userId: _u, ...follow } = await followSomething(ctxOf(request, deps), request.body, request.i18n.locale);
      return reply.status(201).send({ data: follow });
    },
  );

  app.delete(
    '/api/v1/follows/:id',
    {
      schema: {
        tags,
        summary: 'Stop following',
        params: z.object({ id: IdSchema }),
        response: { 204: z.null(), ...ErrorResponses },
        ...write,
      },
    },
    async (request, reply) => {
      await unfollow(ctxOf(request, deps), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/briefings/:country',
    {
      schema: {
        tags,
        summary: 'A country briefing as of a date, over what the reader may see',
        params: z.object({ country: CountrySchema }),
        querystring: BriefingRequestSchema.omit({ country: true }).partial(),
        response: { 200: DataSchema, ...ErrorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request, deps);
      const q = request.query;
      const b = await countryBriefing(ctx, {
        country: request.params.country,
        asOf: q.asOf ?? isoDay(ctx.now()),
        since: q.since,
        lang: q.lang ?? 'en',
        occasionEventId: q.occasionEventId,
      });
      return { data: b as unknown as Record<string, unknown> };
    },
  );

  app.post(
    '/api/v1/briefings',
    {
      schema: {
        tags,
        summary: 'Freeze a briefing (those who draft appeals)',
        body: BriefingRequestSchema.strict(),
        response: { 201: DataSchema, ...ErrorResponses },
        ...write,
      },
    },
    async (request, reply) => {
      const frozen = await freezeBriefing(ctxOf(request, deps), request.body);
      return reply
        .status(201)
        .send({ data: { id: frozen.id, createdAt: frozen.createdAt, briefing: frozen.briefing } });
    },
  );

  app.get(
    '/api/v1/briefings/frozen/:id',
    {
      schema: {
        tags,
        summary: 'A frozen briefing',
        params: z.object({ id: z.string().max(40) }),
        response: { 200: DataSchema, ...ErrorResponses },
        ...write,
      },
    },
    async (request) => {
      const frozen = await getFrozenBriefing(ctxOf(request, deps), request.params.id);
      return {
        data: { id: frozen.id, createdAt: frozen.createdAt, appealId: frozen.appealId, briefing: frozen.briefing },
      };
    },
  );

  app.post(
    '/api/v1/briefings/frozen/:id/appeal',
    {
      schema: {
        tags,
        summary: 'Start a draft appeal whose annex is the briefing’s cases',
        params: z.object({ id: IdSchema }),
        response: { 201: DataSchema, ...ErrorResponses },
        ...write,
      },
    },
    async (request, reply) => {
      const appeal = await appealFromBriefing(ctxOf(request, deps), request.params.id);
      return reply.status(201).send({ data: presentAppeal(appeal, request.actor, deps.now()) });
    },
  );
}
