// The JSON API of appeals: list, read (with the case annex in one language), write, move along the lifecycle, history,
// and the co-signatories. Routes stay thin: validate → load → authorize → command → present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createAppeal } from '../commands/appeals/create-appeal.ts';
import { deleteAppeal } from '../commands/appeals/delete-appeal.ts';
import { inviteCoSignatory, recordCoSignatory } from '../commands/appeals/invite-co-signatory.ts';
import { orderCoSignatories, withdrawCoSignatory } from '../commands/appeals/order-co-signatories.ts';
import { transitionAppeal } from '../commands/appeals/transition-appeal.ts';
import { updateAppeal } from '../commands/appeals/update-appeal.ts';
import { APPEAL_STATUSES, AppealInputSchema, LetterLanguageSchema } from '../domain/appeal.ts';
import { CoSignatoryInviteSchema, CoSignatoryRecordSchema } from '../domain/co-signatory.ts';
import { IdSchema } from '../domain/common.ts';
import { patchOf, strictOf } from '../domain/validation.ts';
import { authorizeHistory } from '../policies/authorize.ts';
import { appealView, getAppeal, listAppeals } from '../queries/appeals/get-appeal.ts';
import { appealReferences, unseenIds } from '../queries/records/unseen-references.ts';
import { changesOf } from '../queries/records/record-history.ts';
import type { AppDeps } from '../deps.ts';
import { ctxOf } from '../http/plugins/auth.ts';
import { presentAnnex, presentAppeal, presentCoSignatory } from './presenters/appeal.presenter.ts';
import { presentAuditEntry } from './presenters/audit.presenter.ts';
import { DataSchema, ErrorResponses, HistorySchema, PageSchema } from './schemas.ts';

const BASE = '/api/v1/appeals';
const tags = ['appeals'];
const IdParams = z.object({ id: z.string().min(1).max(200).describe('Appeal id or slug') });
const ListQuery = z.object({
  status: z.enum(APPEAL_STATUSES).optional(),
  caseId: IdSchema.optional().describe('Appeals that name this case'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
const LangQuery = z.object({
  lang: LetterLanguageSchema.optional().describe('Language of the text and annex; the first text’s by default'),
});
const TransitionBody = z.object({ to: z.enum(APPEAL_STATUSES) }).strict();
const OrderBody = z.object({ ids: z.array(IdSchema).max(500) }).strict();
const ListSchema = z.object({ data: z.array(z.record(z.string(), z.unknown())) });
const write = { security: [{ bearer: [] }] };

/** Registers the appeal routes under /api/v1/appeals. */
export function registerAppealRoutes(root: FastifyInstance, deps: AppDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    BASE,
    {
      schema: {
        tags,
        summary: 'List appeals (the public sees published ones)',
        querystring: ListQuery,
        response: { 200: PageSchema, ...ErrorResponses },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const ctx = ctxOf(request, deps);
      const page = await listAppeals(ctx, filter, { limit, cursor });
      const hidden = await unseenIds(ctx, page.data.flatMap(appealReferences));
      return {
        data: page.data.map((a) => presentAppeal(a, request.actor, deps.now(), hidden)),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.get(
    `${BASE}/:id`,
    {
      schema: {
        tags,
        summary: 'One appeal with its co-signatories and case annex',
        params: IdParams,
        querystring: LangQuery,
        response: { 200: DataSchema, ...ErrorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request, deps);
      const view = await appealView(ctx, request.params.id, request.query.lang);
      const hidden = await unseenIds(ctx, appealReferences(view.appeal));
      return {
        data: {
          ...presentAppeal(view.appeal, request.actor, deps.now(), hidden),
          coSignatories: view.coSignatories.map((c) => presentCoSignatory(c, request.actor)),
          annex: presentAnnex(view.lang, view.annex),
        },
      };
    },
  );

  app.post(
    BASE,
    {
      schema: {
        tags,
        summary: 'Create an appeal (as a draft)',
        body: strictOf(AppealInputSchema),
        response: { 201: DataSchema, ...ErrorResponses },
        ...write,
      },
    },
    async (request, reply) => {
      const appeal = await createAppeal(ctxOf(request, deps), request.body);
      return reply
        .status(201)
        .header('location', `${BASE}/${appeal.id}`)
        .send({ data: presentAppeal(appeal, request.actor, deps.now()) });
    },
  );

  app.patch(
    `${BASE}/:id`,
    {
      schema: {
        tags,
        summary: 'Update an appeal (after publication only follow-up and signing settings)',
        params: IdParams,
        body: patchOf(AppealInputSchema),
        response: { 200: DataSchema, ...ErrorResponses },
        ...write,
      },
    },
    async (request) => {
      const appeal = await updateAppeal(
        ctxOf(request, deps),
        request.params.id,
        request.body as Record<string, unknown>,
      );
      return { data: presentAppeal(appeal, request.actor, deps.now()) };
    },
  );

  app.delete(
    `${BASE}/:id`,
    {
      schema: {
        tags,
        summary: 'Delete an unpublished appeal',
        params: IdParams,
        response: { 204: z.null().describe('Deleted'), ...ErrorResponses },
        ...write,
      },
    },
    async (request, reply) => {
      await deleteAppeal(ctxOf(request, deps), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    `${BASE}/:id/transitions`,
    {
      schema: {
        tags,
        summary: 'Move an appeal along draft → collecting → published → delivered → responded → closed',
        params: IdParams,
        body: TransitionBody,
        response: { 200: DataSchema, ...ErrorResponses },
        ...write,
      },
    },
    async (request) => {
      const appeal = await transitionAppeal(ctxOf(request, deps), request.params.id, request.body.to);
      return { data: presentAppeal(appeal, request.actor, deps.now()) };
    },
  );

  app.get(
    `${BASE}/:id/history`,
    {
      schema: {
        tags,
        summary: 'The audit history of an appeal (editors and above)',
        params: IdParams,
        response: { 200: HistorySchema, ...ErrorResponses },
        ...write,
      },
    },
    async (request) => {
      const ctx = ctxOf(request, deps);
      authorizeHistory(ctx.actor);
      const appeal = await getAppeal(ctx, request.params.id);
      return { data: (await changesOf(ctx, 'appeal', appeal.id)).map(presentAuditEntry) };
    },
  );

  app.get(
    `${BASE}/:id/co-signatories`,
    {
      schema: {
        tags,
        summary: 'Co-signatories in order (the public sees confirmed ones)',
        params: IdParams,
        response: { 200: ListSchema, ...ErrorResponses },
      },
    },
    async (request) => {
      const view = await appealView(ctxOf(request, deps), request.params.id);
      return { data: view.coSignatories.map((c) => presentCoSignatory(c, request.actor)) };
    },
  );

  app.post(
    `${BASE}/:id/co-signatories`,
    {
      schema: {
        tags,
        summary: 'Invite a co-signatory by email (coordinators)',
        params: IdParams,
        body: strictOf(CoSignatoryInviteSchema),
        response: { 201: DataSchema, ...ErrorResponses },
        ...write,
      },
    },
    async (request, reply) => {
      const c = await inviteCoSignatory(ctxOf(request, deps), request.params.id, request.body);
      return reply.status(201).send({ data: presentCoSignatory(c, request.actor) });
    },
  );

  app.post(
    `${BASE}/:id/co-signatories/confirmed`,
    {
      schema: {
        tags,
        summary: 'Record a co-signature received another way (coordinators)',
        params: IdParams,
        body: strictOf(CoSignatoryRecordSchema),
        response: { 201: DataSchema, ...ErrorResponses },
        ...write,
      },
    },
    async (request, reply) => {
      const c = await recordCoSignatory(ctxOf(request, deps), request.params.id, request.body);
      return reply.status(201).send({ data: presentCoSignatory(c, request.actor) });
    },
  );

  app.put(
    `${BASE}/:id/co-signatories/order`,
    {
      schema: {
        tags,
        summary: 'Set the order of co-signatories under the letter (coordinators)',
        params: IdParams,
        body: OrderBody,
        response: { 200: ListSchema, ...ErrorResponses },
        ...write,
      },
    },
    async (request) => {
      const list = await orderCoSignatories(ctxOf(request, deps), request.params.id, request.body.ids);
      return { data: list.map((c) => presentCoSignatory(c, request.actor)) };
    },
  );

  app.post(
    `${BASE}/:id/co-signatories/:coSignatoryId/withdraw`,
    {
      schema: {
        tags,
        summary: 'Withdraw a co-signatory on their behalf (coordinators)',
        params: IdParams.extend({ coSignatoryId: IdSchema }),
        response: { 200: DataSchema, ...ErrorResponses },
        ...write,
      },
    },
    async (request) => {
      const c = await withdrawCoSignatory(ctxOf(request, deps), request.params.id, request.params.coSignatoryId);
      return { data: presentCoSignatory(c, request.actor) };
    },
  );
}
