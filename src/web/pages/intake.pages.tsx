// The intake screens: read a document (paste or upload), review its proposals, accept them. Without JavaScript.
// Routes stay thin: validate → load → authorize → command → present.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { acceptProposals } from '../../commands/intake/accept-proposals.ts';
import { createAppealFromLetter } from '../../commands/intake/create-appeal-from-letter.ts';
import { defaultDecisions, type DecisionsInput } from '../../commands/intake/decisions.ts';
import { authorizeIntake } from '../../policies/intake.policy.ts';
import { readDocument } from '../../commands/intake/read-document.ts';
import { sourceDef } from '../../records/registry.ts';
import { AppError } from '../../errors.ts';
import { canAppeal } from '../../policies/appeal.policy.ts';
import { getIntake, latestIntakes } from '../../queries/intake/get-intake.ts';
import { resolveLinks } from '../../queries/pages/record-links.ts';
import { getRecord } from '../../queries/records/get-record.ts';
import type { AppDeps } from '../../deps.ts';
import { registerSignedIn } from '../require-user.ts';
import { ctxOf } from '../../http/plugins/auth.ts';
import { CSRF_FIELD, csrfMatches, csrfOf } from '../../http/plugins/csrf.ts';
import { pageProps, sendPrivate, sendProblem } from '../views/edit/present.tsx';
import { IntakeFormPage } from '../views/intake/intake-form-page.tsx';
import { ReviewPage } from '../views/intake/review-page.tsx';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AnyForm, ButtonForm, MultipartBody, NoQuery, paramsOf, type WithParams, type ZodPages } from '../schemas.ts';

const IdParams = paramsOf('id');

const idOf = (request: WithParams<'id'>) => request.params.id.slice(0, 200);

/**
 * Registers /intake and /intake/:id (GET and POST each), and POST /intake/:id/appeal, for signed-in users whose role may
 * use intake (others get the 403 page). Call after the edit pages: their CSRF check covers these forms.
 */
export function registerIntakePages(app: FastifyInstance, deps: AppDeps): void {
  registerSignedIn(app, (scope) => {
    scope.addHook('preHandler', async (request) => authorizeIntake(request.actor));
    registerIntakeRoutes(scope.withTypeProvider<ZodTypeProvider>(), deps);
  });
}

/** The intake screens' routes. */
function registerIntakeRoutes(app: ZodPages, deps: AppDeps): void {
  const showForm = async (request: FastifyRequest, reply: FastifyReply, status = 200, problem?: string) => {
    const recent = await latestIntakes(ctxOf(request, deps));
    return sendPrivate(
      reply,
      <IntakeFormPage {...pageProps(request)} csrf={csrfOf(request)} recent={recent} problem={problem} />,
      status,
    );
  };
  app.get('/intake', { schema: { querystring: NoQuery } }, async (request, reply) => showForm(request, reply));

  const showReview = async (
    request: WithParams<'id'>,
    reply: FastifyReply,
    values?: DecisionsInput,
    status = 200,
    problem?: string,
  ) => {
    const ctx = ctxOf(request, deps);
    const view = await getIntake(ctx, idOf(request));
    const source = await getRecord(ctx, sourceDef, view.sourceId);
    const links = await resolveLinks(
      ctx,
      view.outcome.filter((o) => o.type !== 'membership').map((o) => ({ type: o.type, id: o.id })),
    );
    const page = (
      <ReviewPage
        {...pageProps(request)}
        csrf={csrfOf(request)}
        view={view}
        sourceTitle={source.title}
        sourceSlug={source.slug}
        values={values ?? defaultDecisions(view.proposals, source.confidentiality, { confidentOnly: true })}
        links={links}
        problem={problem}
        appealAction={
          view.status === 'accepted' && view.proposals.isLetter && canAppeal(request.actor, 'create')
            ? `/intake/${view.id}/appeal`
            : undefined
        }
      />
    );
    return sendPrivate(reply, page, status);
  };
  app.get('/intake/:id', { schema: { params: IdParams, querystring: NoQuery } }, async (request, reply) =>
    showReview(request, reply),
  );
  app.post('/intake/:id', { schema: { params: IdParams, body: AnyForm } }, async (request, reply) => {
    // The decisions are checked against DecisionsSchema by the command; the form shape, by the route's schema.
    const { [CSRF_FIELD]: _token, ...decisions }: DecisionsInput & Record<string, unknown> = request.body ?? {};
    try {
      await acceptProposals(ctxOf(request, deps), idOf(request), decisions);
    } catch (err) {
      if (err instanceof AppError && (err.code === 'validation_failed' || err.code === 'conflict'))
        return showReview(request, reply, decisions, err.status, err.message);
      throw err;
    }
    return reply.redirect(`/intake/${encodeURIComponent(idOf(request))}`, 303);
  });

  app.post('/intake/:id/appeal', { schema: { params: IdParams, body: ButtonForm } }, async (request, reply) => {
    try {
      const r = await createAppealFromLetter(ctxOf(request, deps), idOf(request));
      return reply.redirect(`/edit/appeals/${r.appeal.id}`, 303);
    } catch (err) {
      if (err instanceof AppError && (err.code === 'validation_failed' || err.code === 'conflict'))
        return showReview(request, reply, undefined, err.status, err.message);
      throw err;
    }
  });

  // The upload form is multipart: parsed in this scope only; the handler checks the CSRF field itself (hooks run before the body).
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    await scope.register(multipart, {
      limits: { fileSize: deps.config.maxUploadBytes + 1, files: 1, fields: 8, parts: 10, fieldSize: 2_000_000 },
    });
    scope.post(
      '/intake',
      {
        schema: { body: MultipartBody },
        config: { csrfInHandler: true },
        bodyLimit: deps.config.maxUploadBytes + 4 * 1024 * 1024,
      },
      async (request, reply) => {
        if (!request.isMultipart()) return showForm(request, reply, 400, request.i18n.t('intake.empty'));
        const fields: Record<string, string> = {};
        let file: { bytes: Buffer; name: string; type: string } | undefined;
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            const bytes = await part.toBuffer();
            if (part.filename && bytes.length > 0)
              file = { bytes, name: part.filename, type: part.mimetype.toLowerCase() };
          } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        }
        if (!csrfMatches(request, fields[CSRF_FIELD]))
          return sendProblem(request, reply, 'edit.csrf.title', 'edit.csrf.body');
        const text = fields.text?.trim() ?? '';
        if (!file && text === '') return showForm(request, reply, 400, request.i18n.t('intake.empty'));
        const doc = file
          ? { bytes: file.bytes, fileName: file.name, mediaType: file.type }
          : { bytes: Buffer.from(text, 'utf8'), fileName: 'pasted.txt', mediaType: 'text/plain' };
        const meta = {
          title: fields.title || null,
          documentDate: fields.documentDate?.trim() || null,
          language: (fields.language || null) as 'en' | 'ru' | 'fr' | null,
          confidentiality: (fields.confidentiality || 'internal') as 'public' | 'internal' | 'restricted',
        };
        try {
          const r = await readDocument(ctxOf(request, deps), doc, meta);
          return reply.redirect(`/intake/${r.intakeId}`, 303);
        } catch (err) {
          if (err instanceof AppError && err.status < 500 && err.code !== 'forbidden')
            return showForm(request, reply, err.status, err.message);
          throw err;
        }
      },
    );
  });
}
