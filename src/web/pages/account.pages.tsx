// The account pages of a fully signed-in browser: /account (sessions, second factor, API tokens) and its forms; plus the
// two-factor set-up and invitation pages. Only cookie sessions reach them: an API token cannot manage sessions or mint tokens.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createOwnToken, revokeOwnToken } from '../../commands/users/api-tokens.ts';
import { endOtherSessions } from '../../commands/users/sessions.ts';
import { AppError } from '../../errors.ts';
import { accountOverview } from '../../queries/users/account-overview.ts';
import type { RequestSession } from '../../queries/users/session-from-cookie.ts';
import type { AppDeps } from '../../deps.ts';
import { fullSessionOf, requireFullSession } from '../require-user.ts';
import { ctxOf } from '../../http/plugins/auth.ts';
import { csrfOf } from '../../http/plugins/csrf.ts';
import { AccountPage, type AccountExtras } from '../views/account/account-page.tsx';
import { pageProps, sendPrivate } from '../views/edit/present.tsx';
import { formText } from './form-text.ts';
import { registerInvitePages } from './invite.pages.tsx';
import { registerTwoFactorPages } from './two-factor.pages.tsx';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ButtonForm, field, formOf, paramsOf, queryText } from '../schemas.ts';

/** The notices /account shows after a form: how many sessions were ended, or that a token was revoked. */
const AccountQuery = z.object({ ended: queryText, revoked: queryText });

/** Registers the account, two-factor and invitation pages (inside the pages' CSRF scope). */
export function registerAccountPages(app: FastifyInstance, deps: AppDeps): void {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    s: RequestSession,
    extras: Omit<AccountExtras, 'csrf' | 'currentSessionId'> = {},
    status = 200,
  ) => {
    const overview = await accountOverview(ctxOf(request, deps));
    return sendPrivate(
      reply,
      <AccountPage
        {...pageProps(request)}
        {...extras}
        csrf={csrfOf(request)}
        currentSessionId={s.id}
        overview={overview}
      />,
      status,
    );
  };

  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/account',
      { onRequest: requireFullSession, schema: { querystring: AccountQuery } },
      async (request, reply) => {
        const s = fullSessionOf(request);
        const q = request.query;
        const ended = typeof q.ended === 'string' && /^\d{1,6}$/.test(q.ended) ? Number(q.ended) : undefined;
        const notice =
          ended !== undefined
            ? request.i18n.t('account.sessions.revoked', { count: ended })
            : q.revoked === '1'
              ? request.i18n.t('account.tokens.revokedNotice')
              : undefined;
        return show(request, reply, s, { notice });
      },
    );
  app.post(
    '/account/sessions/revoke-all',
    { onRequest: requireFullSession, schema: { body: ButtonForm } },
    async (request, reply) => {
      const s = fullSessionOf(request);
      const ended = await endOtherSessions(ctxOf(request, deps), s.id);
      return reply.redirect(`/account?ended=${ended}`, 303);
    },
  );
  app.post(
    '/account/tokens',
    { onRequest: requireFullSession, schema: { body: formOf({ name: field }) } },
    async (request, reply) => {
      const s = fullSessionOf(request);
      try {
        const { secret } = await createOwnToken(ctxOf(request, deps), { name: formText(request.body, 'name', 200) });
        return await show(request, reply, s, { newToken: secret });
      } catch (err) {
        if (err instanceof AppError && err.code === 'validation_failed')
          return show(request, reply, s, { nameError: true }, 400);
        throw err;
      }
    },
  );
  app
    .withTypeProvider<ZodTypeProvider>()
    .post(
      '/account/tokens/:id/revoke',
      { onRequest: requireFullSession, schema: { params: paramsOf('id'), body: ButtonForm } },
      async (request, reply) => {
        const id = request.params.id;
        if (id.length > 64) throw new AppError('not_found', 'No such token');
        await revokeOwnToken(ctxOf(request, deps), id);
        return reply.redirect('/account?revoked=1', 303);
      },
    );

  registerTwoFactorPages(app, deps);
  registerInvitePages(app, deps);
}
