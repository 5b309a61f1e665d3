// The JSON API of public sign-on: signing (public), and for coordinators and admins the pause switches, bulk
// invalidation with a dry run, the summary, the delivery CSV and deny rules. Routes stay thin:
// validate → load → authorize → command → present. No answer ever carries a signer's email address.
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addDenyRule, listDenyRulesFor, removeDenyRule } from '../commands/signatures/deny-rules.ts';
import { invalidateSignaturesBy } from '../commands/signatures/invalidate-signatures.ts';
import { setSigningSwitches, SwitchesSchema } from '../commands/signatures/set-switches.ts';
import { openAppealFor, signAppeal } from '../commands/signatures/sign-appeal.ts';
import type { DenyRule } from '../db/repos/deny-rule.repo.ts';
import { DenyRuleInputSchema, InvalidationCriteriaSchema, SignInputSchema } from '../domain/signature.ts';
import { signatureSummary, writeSignaturesCsv } from '../queries/signatures/signature-reports.ts';
import type { AppDeps } from '../deps.ts';
import { ctxOf } from '../http/plugins/auth.ts';
import { ErrorResponses, ErrorSchema } from './schemas.ts';
import { assertSignLimits } from '../http/sign-limiter.ts';

const IdParams = z.object({ id: z.string().min(1).max(200).describe('Appeal id or slug') });
const tags = ['signatures'];
const security = [{ bearer: [] }];

/** The one answer to every accepted signing, new, repeated or denied alike. */
export const SIGNED_ANSWER = {
  data: {
    status: 'check_email',
    message: 'Thank you. To count, your signature must be confirmed with the link we have sent by email.',
  },
} as const;
// Written once: every signing gets the same bytes, instead of checking the constant against its schema and serialising it.
const SIGNED_JSON = JSON.stringify(SIGNED_ANSWER);
const signedJson = (): string => SIGNED_JSON;
const SignedSchema = z.object({ data: z.object({ status: z.literal('check_email'), message: z.string() }) });

const InvalidateBody = InvalidationCriteriaSchema.safeExtend({
  dryRun: z.boolean().default(true).describe('true (the default) only counts; send false to invalidate'),
});

/** A deny rule as the API shows it. */
function presentRule(r: DenyRule) {
  return { id: r.id, kind: r.kind, value: r.value, note: r.note, createdAt: r.createdAt };
}

/** Registers the sign-on API routes. */
export function registerSignatureRoutes(root: FastifyInstance, deps: AppDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/appeals/:id/signatures',
    {
      schema: {
        tags,
        summary: 'Sign a published appeal (double opt-in: the signature counts once confirmed by the emailed link)',
        params: IdParams,
        body: SignInputSchema,
        response: {
          202: SignedSchema,
          ...ErrorResponses,
          429: ErrorSchema.describe('Too many signatures from this address or for this appeal'),
        },
      },
    },
    async (request, reply) => {
      assertSignLimits(deps, request);
      const ctx = ctxOf(request, deps);
      const appeal = await openAppealFor(ctx, request.params.id);
      assertSignLimits(deps, request, appeal.id);
      await signAppeal(ctx, { appeal, parsed: request.body, ip: request.ip, locale: request.i18n.locale });
      return reply
        .status(202)
        .header('cache-control', 'no-store')
        .type('application/json; charset=utf-8')
        .serializer(signedJson)
        .send(SIGNED_ANSWER);
    },
  );

  app.post(
    '/api/v1/appeals/:id/switches',
    {
      schema: {
        tags,
        summary: 'Pause or resume signing and counting (coordinators, admins)',
        params: IdParams,
        body: SwitchesSchema,
        response: {
          200: z.object({ data: z.object({ signingPaused: z.boolean(), countingPaused: z.boolean() }) }),
          ...ErrorResponses,
        },
        security,
      },
    },
    async (request) => ({ data: await setSigningSwitches(ctxOf(request, deps), request.params.id, request.body) }),
  );

  app.post(
    '/api/v1/appeals/:id/signatures/invalidate',
    {
      schema: {
        tags,
        summary: 'Count (dryRun, the default) or invalidate the signatures matching criteria (coordinators, admins)',
        params: IdParams,
        body: InvalidateBody,
        response: {
          200: z.object({
            data: z.object({
              appealId: z.string(),
              dryRun: z.boolean(),
              matched: z.number().int(),
              invalidated: z.number().int(),
            }),
          }),
          ...ErrorResponses,
        },
        security,
      },
    },
    async (request) => {
      const { dryRun, ...criteria } = request.body;
      return { data: await invalidateSignaturesBy(ctxOf(request, deps), request.params.id, criteria, { dryRun }) };
    },
  );

  app.get(
    '/api/v1/appeals/:id/signatures/summary',
    {
      schema: {
        tags,
        summary: 'Signatures by status, top email domains and network hints, switches (coordinators, admins)',
        params: IdParams,
        response: { 200: z.object({ data: z.record(z.string(), z.unknown()) }), ...ErrorResponses },
        security,
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return { data: { ...(await signatureSummary(ctxOf(request, deps), request.params.id)) } };
    },
  );

  app.get(
    '/api/v1/appeals/:id/signatures.csv',
    {
      schema: {
        tags,
        summary:
          'Confirmed signatures as CSV for delivery (coordinators, admins); names only of signers who agreed to show them',
        params: IdParams,
        security,
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request, deps);
      const summary = await signatureSummary(ctx, request.params.id);
      const out = new PassThrough();
      writeSignaturesCsv(ctx, summary.appealId, out).then(
        () => out.end(),
        (err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))),
      );
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="signatures-${summary.slug}.csv"`)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(out);
    },
  );

  app.get(
    '/api/v1/signature-deny-rules',
    {
      schema: {
        tags,
        summary:
          'Deny rules: IP ranges and email domains whose signatures are silently invalidated (coordinators, admins)',
        response: { 200: z.object({ data: z.array(z.record(z.string(), z.unknown())) }), ...ErrorResponses },
        security,
      },
    },
    async (request) => ({ data: (await listDenyRulesFor(ctxOf(request, deps))).map(presentRule) }),
  );

  app.post(
    '/api/v1/signature-deny-rules',
    {
      schema: {
        tags,
        summary: 'Add a deny rule',
        body: DenyRuleInputSchema,
        response: { 201: z.object({ data: z.record(z.string(), z.unknown()) }), ...ErrorResponses },
        security,
      },
    },
    async (request, reply) =>
      reply.status(201).send({ data: presentRule(await addDenyRule(ctxOf(request, deps), request.body)) }),
  );

  app.delete(
    '/api/v1/signature-deny-rules/:ruleId',
    {
      schema: {
        tags,
        summary: 'Remove a deny rule',
        params: z.object({ ruleId: z.string().min(1).max(40) }),
        response: { 204: z.null().describe('Removed'), ...ErrorResponses },
        security,
      },
    },
    async (request, reply) => {
      await removeDenyRule(ctxOf(request, deps), request.params.ruleId);
      return reply.status(204).send(null);
    },
  );
}
