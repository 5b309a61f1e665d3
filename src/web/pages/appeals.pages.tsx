// The public appeal pages: /appeals (published appeals, newest first; editors also see drafts) and /appeals/:slug in one of
// the letter's languages. Drafts, appeals still collecting co-signatures and internal appeals answer 404 to the public.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { signingOpen } from '../../domain/appeal.ts';
import { AppError } from '../../errors.ts';
import { appealView, listAppeals } from '../../queries/appeals/get-appeal.ts';
import { localWritesFinished } from '../../db/database.ts';
import { appealPageVersion } from '../../queries/appeals/page-version.ts';
import { publicSigners } from '../../queries/appeals/public-signers.ts';
import type { AppDeps } from '../../deps.ts';
import { ctxOf } from '../../http/plugins/auth.ts';
import { csrfOf } from '../../http/plugins/csrf.ts';
import { sendPage } from '../plugin.ts';
import { AppealList, AppealPage } from '../views/appeals/appeal-page.tsx';
import { renderDocument } from '../views/render.ts';
import { signFormToken } from '../views/sign/form-token.ts';
import { publicPageCacheOf } from './public-page-cache.ts';
import { pageProps } from './register.pages.tsx';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { paramsOf } from '../schemas.ts';

// eslint-disable-next-line no-control-regex -- control bytes are exactly what no slug or id holds
const CONTROL = /[\u0000-\u001f\u007f]/;

/** True for a route parameter that could be an id or slug: short plain text (a NUL byte, which PostgreSQL refuses, is not). */
export function plainParam(value: unknown, max = 200): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max && !CONTROL.test(value);
}

const ListQuery = z.object({
  cursor: z
    .string()
    .regex(/^[0-9A-Za-z]{1,64}$/, 'expected a cursor from the previous page')
    .optional(),
});
// An unknown or malformed language falls back to the letter's first text rather than failing the page.
// The same for the page of public signers' names: anything but a plain page number shows the first.
const PageQuery = z.object({
  lang: z
    .string()
    .max(8)
    .regex(/^[a-z]{2,3}$/)
    .optional()
    .catch(undefined),
  signers: z
    .string()
    .regex(/^[1-9][0-9]{0,6}$/)
    .transform(Number)
    .optional()
    .catch(undefined),
});

/** Registers GET /appeals and GET /appeals/:slug. */
export function registerAppealPages(root: FastifyInstance, deps: AppDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get('/appeals', { schema: { querystring: ListQuery } }, async (request, reply) => {
    const query = request.query;
    const ctx = ctxOf(request, deps);
    const page = await listAppeals(ctx, {}, { limit: 50, cursor: query.cursor });
    // Editors see drafts: their list must not be kept by a shared cache for the public.
    if (request.actor.kind === 'user') void reply.header('cache-control', 'private, no-store');
    return sendPage(reply, <AppealList {...pageProps(request)} data={page.data} nextCursor={page.nextCursor} />);
  });

  app.get(
    '/appeals/:slug',
    { schema: { params: paramsOf('slug'), querystring: PageQuery } },
    async (request, reply) => {
      const { lang, signers: signersPage } = request.query;
      const ctx = ctxOf(request, deps);
      const slug = request.params.slug;
      // Slugs and ids are short plain text; anything else (a NUL byte PostgreSQL refuses, say) names no appeal.
      if (!plainParam(slug)) throw new AppError('not_found', 'No such appeal');
      // Readers without a session all get the same page: it is served from a short-lived cache (public-page-cache.ts).
      const anonymous = request.actor.kind === 'anonymous' && request.sessionToken === null;
      // Taken before anything is read: a write finishing while this page renders makes the next reader check the version.
      const writes = localWritesFinished();
      if (anonymous) {
        const hit = publicPageCacheOf(deps).sendUnchanged(request, reply, writes);
        if (hit) return hit;
      }
      const version = anonymous ? await appealPageVersion(ctx, slug) : null;
      if (version !== null) {
        const hit = publicPageCacheOf(deps).sendCached(request, reply, version, writes);
        if (hit) return hit;
      }
      // Without ?lang= the letter opens in the reader's interface language when it has a text in it.
      const view = await appealView(ctx, slug, lang ?? request.i18n.locale);
      if (request.actor.kind === 'user') void reply.header('cache-control', 'private, no-store');
      // While signing is open the page carries the sign-on form, with the server-signed token the sign-on pages check.
      const now = deps.now();
      const sign = signingOpen(view.appeal, now)
        ? { formToken: signFormToken(deps.keyring, view.appeal.slug, now), csrf: csrfOf(request) }
        : undefined;
      const signers = await publicSigners(ctx, view.appeal, signersPage ?? 1);
      const page = <AppealPage {...pageProps(request)} view={view} sign={sign} signers={signers} langAsked={lang} />;
      if (version !== null)
        return publicPageCacheOf(deps).storeAndSend(request, reply, version, renderDocument(page), writes);
      return sendPage(reply, page);
    },
  );
}
