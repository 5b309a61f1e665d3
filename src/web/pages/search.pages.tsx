// The search page (everyone, over what they may see) and the editors' duplicate and merge screens. Thin routes:
// parse → query or command → view; merge forms carry the session's CSRF token and redirect after posting.
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteGenericInterface } from 'fastify';
import { z } from 'zod';
import { mergePersons } from '../../commands/persons/merge-persons.ts';
import { undoMerge } from '../../commands/persons/undo-merge.ts';
import { displayName } from '../../domain/person.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { personRepo } from '../../db/repos/person.repo.ts';
import { AppError } from '../../errors.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { findDuplicates } from '../../queries/duplicates/find-duplicates.ts';
import { getMerge, listMerges } from '../../queries/duplicates/merges.ts';
import { search, SearchInputSchema } from '../../queries/search/search.ts';
import type { AppDeps } from '../../deps.ts';
import { requireUser } from '../require-user.ts';
import { ctxOf } from '../../http/plugins/auth.ts';
import { CSRF_FIELD, csrfMatches, csrfOf, sameOrigin } from '../../http/plugins/csrf.ts';
import { sendPage } from '../plugin.ts';
import { pageProps, sendPrivate, sendProblem } from '../views/edit/present.tsx';
import { DuplicatesPage, MergePage } from '../views/search/duplicates-page.tsx';
import { SearchPage, type SearchQuery } from '../views/search/search-page.tsx';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AnyQuery, ButtonForm, field, formOf, NoQuery, paramsOf } from '../schemas.ts';
import { formText } from './form-text.ts';

const PostedMerge = z.object({ a: z.string(), b: z.string(), keep: z.string(), reason: z.string().max(2000) });

type Handler<G extends RouteGenericInterface = RouteGenericInterface> = (
  request: FastifyRequest<G>,
  reply: FastifyReply,
) => Promise<FastifyReply>;

/** Editors' screens (signed-in users, checked by requireUser): a role that may not merge gets a 403 page, a forged post is refused. */
function editorsOnly<G extends RouteGenericInterface = RouteGenericInterface>(handler: Handler<G>): Handler<G> {
  return async (request, reply) => {
    if (
      request.method === 'POST' &&
      (!sameOrigin(request) || !csrfMatches(request, formText(request.body, CSRF_FIELD, 1000)))
    ) {
      return sendProblem(request, reply, 'edit.forbidden.title', 'edit.forbidden.body');
    }
    try {
      return await handler(request, reply);
    } catch (err) {
      if (err instanceof AppError && (err.code === 'forbidden' || err.code === 'unauthorized'))
        return sendProblem(request, reply, 'edit.forbidden.title', 'edit.forbidden.body');
      throw err;
    }
  };
}

/** Registers /search, /edit/duplicates and /edit/merges/:id. */
export function registerSearchPages(root: FastifyInstance, deps: AppDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get('/search', { schema: { querystring: AnyQuery } }, async (request, reply) => {
    const raw = Object.fromEntries(Object.entries(request.query).filter(([, v]) => v !== ''));
    if (typeof raw.q !== 'string' || raw.q.trim() === '')
      return sendPage(reply, <SearchPage {...pageProps(request)} query={{}} result={undefined} limit={20} />);
    const input = parseOrThrow(SearchInputSchema, raw);
    const result = await search(ctxOf(request, deps), input);
    const query: SearchQuery = {
      q: input.q,
      type: input.type,
      country: input.country,
      year: input.year,
      offset: input.offset,
    };
    return sendPage(reply, <SearchPage {...pageProps(request)} query={query} result={result} limit={input.limit} />);
  });

  root.get(
    '/edit/duplicates',
    { onRequest: requireUser, schema: { querystring: NoQuery } },
    editorsOnly(async (request, reply) => {
      const ctx = ctxOf(request, deps);
      const pairs = await findDuplicates(ctx, { limit: 200 });
      const merges = await listMerges(ctx, undefined, 20);
      return sendPrivate(
        reply,
        <DuplicatesPage {...pageProps(request)} pairs={pairs} merges={merges} csrf={csrfOf(request)} />,
      );
    }),
  );

  root.post(
    '/edit/duplicates/merge',
    { onRequest: requireUser, schema: { body: formOf({ a: field, b: field, keep: field, reason: field }) } },
    editorsOnly(async (request, reply) => {
      const posted = parseOrThrow(PostedMerge, request.body);
      const other = posted.keep === posted.a ? posted.b : posted.a;
      const merge = await mergePersons(ctxOf(request, deps), {
        survivorId: posted.keep,
        mergedId: other,
        reason: posted.reason,
      });
      return reply.redirect(`/edit/merges/${merge.id}`, 303);
    }),
  );

  root.get<{ Params: { id: string } }>(
    '/edit/merges/:id',
    { onRequest: requireUser, schema: { params: paramsOf('id'), querystring: NoQuery } },
    editorsOnly<{ Params: { id: string } }>(async (request, reply) => {
      const ctx = ctxOf(request, deps);
      const merge = await getMerge(ctx, request.params.id);
      const p = await personRepo.find(ctx.db, merge.survivor_id, readableLevels(ctx.actor), null);
      const survivor = p && p.id === merge.survivor_id ? { slug: p.slug, name: displayName(p.names) } : undefined;
      return sendPrivate(
        reply,
        <MergePage {...pageProps(request)} merge={merge} survivor={survivor} csrf={csrfOf(request)} />,
      );
    }),
  );

  root.post<{ Params: { id: string } }>(
    '/edit/merges/:id/undo',
    { onRequest: requireUser, schema: { params: paramsOf('id'), body: ButtonForm } },
    editorsOnly<{ Params: { id: string } }>(async (request, reply) => {
      const merge = await undoMerge(ctxOf(request, deps), { mergeId: request.params.id });
      return reply.redirect(`/edit/merges/${merge.id}`, 303);
    }),
  );
}
