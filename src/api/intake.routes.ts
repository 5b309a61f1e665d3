// The intake API: read a document (JSON text or the file itself as the body), get its proposals, accept them.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { acceptProposals } from '../commands/intake/accept-proposals.ts';
import { createAppealFromLetter } from '../commands/intake/create-appeal-from-letter.ts';
import { defaultDecisions } from '../commands/intake/decisions.ts';
import { readDocument, ReadDocumentSchema } from '../commands/intake/read-document.ts';
import { ConfidentialitySchema } from '../domain/common.ts';
import { AppError } from '../errors.ts';
import { getIntake, type IntakeView } from '../queries/intake/get-intake.ts';
import type { AppDeps } from '../deps.ts';
import { ctxOf } from '../http/plugins/auth.ts';
import { ErrorResponses } from './schemas.ts';

const Params = z.object({ id: z.string().min(1).max(200) });
const TextBody = ReadDocumentSchema.extend({
  text: z.string().min(1).max(2_000_000).describe('The document as plain text'),
});
const FileQuery = ReadDocumentSchema.extend({
  name: z.string().max(300).optional().describe('Original file name (.txt, .html, .pdf)'),
});
// Checked in full by the command (DecisionsSchema), after "all" has filled in the proposals as made.
const AcceptBody = z
  .looseObject({
    all: z
      .boolean()
      .optional()
      .describe('Start from accepting every proposal as made; the fields given replace those parts'),
    confidentiality: ConfidentialitySchema.optional(),
  })
  .describe(
    'Decisions by proposal: persons, organisations, events, acts (by ref) and signatories (by position); see DecisionsSchema',
  );
const IntakeResponse = z.object({ data: z.record(z.string(), z.unknown()) });

function present(v: IntakeView) {
  return {
    data: {
      id: v.id,
      sourceId: v.sourceId,
      status: v.status,
      format: v.format,
      createdAt: v.createdAt,
      text: v.text,
      ...v.proposals,
      outcome: v.outcome,
    },
  };
}

/** Registers POST /api/v1/intake, GET /api/v1/intake/:id, POST /api/v1/intake/:id/accept and POST /api/v1/intake/:id/appeal. */
export async function registerIntakeRoutes(root: FastifyInstance, deps: AppDeps): Promise<void> {
  await root.register(async (scope) => {
    // JSON carries pasted text; any other body is the document itself, kept byte for byte.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(new AppError('bad_request', 'The body is not valid JSON'), undefined);
      }
    });
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: deps.config.maxUploadBytes }, (_req, body, done) =>
      done(null, body),
    );
    const app = scope.withTypeProvider<ZodTypeProvider>();
    app.post(
      '/api/v1/intake',
      {
        schema: {
          tags: ['intake'],
          summary: 'Read a document and propose records (JSON {text} or the .txt/.html/.pdf file as the body)',
          querystring: FileQuery.partial(),
          response: { 201: IntakeResponse, ...ErrorResponses },
          security: [{ bearer: [] }],
        },
        bodyLimit: deps.config.maxUploadBytes,
      },
      async (request, reply) => {
        const ctx = ctxOf(request, deps);
        const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
        let result;
        if (Buffer.isBuffer(request.body)) {
          const { name, ...meta } = request.query;
          result = await readDocument(ctx, { bytes: request.body, fileName: name, mediaType: type }, meta);
        } else {
          const parsed = TextBody.safeParse(request.body);
          if (!parsed.success)
            throw new AppError(
              'validation_failed',
              `${parsed.error.issues[0]?.path.join('.') || 'body'}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
              { field: parsed.error.issues[0]?.path.join('.') || 'text' },
            );
          const { text, ...meta } = parsed.data;
          result = await readDocument(
            ctx,
            { bytes: Buffer.from(text, 'utf8'), fileName: 'pasted.txt', mediaType: 'text/plain' },
            meta,
          );
        }
        const view = await getIntake(ctx, result.intakeId);
        return reply.status(201).header('location', `/api/v1/intake/${result.intakeId}`).send(present(view));
      },
    );

    app.post(
      '/api/v1/intake/:id/accept',
      {
        schema: {
          tags: ['intake'],
          summary: 'Accept, correct or reject the proposals of a document (in one transaction)',
          params: Params,
          body: AcceptBody,
          response: { 200: IntakeResponse, ...ErrorResponses },
          security: [{ bearer: [] }],
        },
      },
      async (request) => {
        const ctx = ctxOf(request, deps);
        const current = await getIntake(ctx, request.params.id);
        const { all, ...given } = request.body;
        const base = all ? defaultDecisions(current.proposals, given.confidentiality) : {};
        await acceptProposals(ctx, current.id, { ...base, ...given });
        return present(await getIntake(ctx, current.id));
      },
    );

    app.post(
      '/api/v1/intake/:id/appeal',
      {
        schema: {
          tags: ['intake'],
          summary:
            'Start a draft appeal from a reviewed letter: addressees, occasion, accepted cases, the text, and (for coordinators and admins) its signatories',
          params: Params,
          response: { 201: IntakeResponse, ...ErrorResponses },
          security: [{ bearer: [] }],
        },
      },
      async (request, reply) => {
        const r = await createAppealFromLetter(ctxOf(request, deps), request.params.id);
        return reply
          .status(201)
          .header('location', `/api/v1/appeals/${r.appeal.id}`)
          .send({
            data: {
              appealId: r.appeal.id,
              slug: r.appeal.slug,
              status: r.appeal.status,
              coSignatories: r.coSignatories,
            },
          });
      },
    );
  });

  root.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/intake/:id',
    {
      schema: {
        tags: ['intake'],
        summary: 'A document read by intake: its text, proposals and what was accepted',
        params: Params,
        response: { 200: IntakeResponse, ...ErrorResponses },
        security: [{ bearer: [] }],
      },
    },
    async (request) => present(await getIntake(ctxOf(request, deps), request.params.id)),
  );
}
