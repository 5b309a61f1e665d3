// The public appeal pages: /appeals (published appeals, newest first; editors also see drafts) and /appeals/:slug in one of
// the letter's languages. Drafts, appeals still collecting co-signatures and internal appeals answer 404 to the public.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { signingOpen } from '../../domain/appeal.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { appealView, listAppeals } from '../../queries/appeals/get-appeal.ts';
import type { AppDeps } from '../app.ts';
import { ctxOf } from '../plugins/auth.ts';
import { csrfOf } from '../plugins/csrf.ts';
import { sendPage } from '../plugins/web.ts';
import { AppealList, AppealPage } from '../views/appeals/appeal-page.tsx';
import { signFormToken } from '../views/sign/form-token.ts';
import { pageProps } from './register.pages.tsx';

const ListQuery = z.object({ cursor: z.string().max(200).optional() });
// An unknown or malformed language falls back to the letter's first text rather than failing the page.
const PageQuery = z.object({ lang: z.string().max(8).regex(/^[a-z]{2,3}$/).optional().catch(undefined) });

/** Registers GET /appeals and GET /appeals/:slug. */
export function registerAppealPages(app: FastifyInstance, deps: AppDeps): void {
  app.get('/appeals', async (request, reply) => {
    const query = parseOrThrow(ListQuery, request.query ?? {});
    const ctx = ctxOf(request, deps);
    const page = await listAppeals(ctx, {}, { limit: 50, cursor: query.cursor || undefined });
    // Editors see drafts: their list must not be kept by a shared cache for the public.
    if (request.actor.kind === 'user') void reply.header('cache-control', 'private, no-store');
    return sendPage(reply, <AppealList {...pageProps(request)} data={page.data} nextCursor={page.nextCursor} />);
  });

  app.get<{ Params: { slug: string } }>('/appeals/:slug', async (request, reply) => {
    const { lang } = parseOrThrow(PageQuery, request.query ?? {});
    const ctx = ctxOf(request, deps);
    const view = await appealView(ctx, request.params.slug, lang);
    if (request.actor.kind === 'user') void reply.header('cache-control', 'private, no-store');
    // While signing is open the page carries the sign-on form, with the server-signed token the sign-on pages check.
    const now = deps.now();
    const sign = signingOpen(view.appeal, now) ? { formToken: signFormToken(deps.keyring, view.appeal.slug, now), csrf: csrfOf(request) } : undefined;
    return sendPage(reply, <AppealPage {...pageProps(request)} view={view} sign={sign} />);
  });
}
