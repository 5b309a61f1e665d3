// Accepting an invitation: the link's token opens a form to choose a password; the account is created with the invited
// role, and the browser goes on to TOTP enrolment when the role requires it. A used, expired or unknown link gets a 404.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { acceptInvitation, findOpenInvitation } from '../../commands/users/invite-user.ts';
import type { Invitation } from '../../domain/account.ts';
import { AppError } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { ctxOf } from '../../http/plugins/auth.ts';
import { csrfOf } from '../../http/plugins/csrf.ts';
import { InvitePage } from '../views/account/invite-page.tsx';
import { ProblemPage } from '../views/edit/auth-pages.tsx';
import { pageProps, sendPrivate } from '../views/edit/present.tsx';
import { formText } from './form-text.ts';
import { nextPath, switchSession } from './session.pages.tsx';
import { field, formOf, NoQuery, paramsOf } from '../schemas.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

/** The message for a refused new password. */
function passwordMessage(reason: unknown): MessageKey {
  return reason === 'short'
    ? 'account.password.short'
    : reason === 'long'
      ? 'account.password.long'
      : 'account.password.common';
}

/** Registers GET and POST /invite/:token. */
export function registerInvitePages(root: FastifyInstance, deps: AppDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const invalid = (request: FastifyRequest, reply: FastifyReply) =>
    sendPrivate(
      reply,
      <ProblemPage
        {...pageProps(request)}
        titleKey="account.invite.invalidTitle"
        bodyKey="account.invite.invalidBody"
      />,
      404,
    );
  const form = (
    request: FastifyRequest,
    reply: FastifyReply,
    token: string,
    invitation: Invitation,
    error?: MessageKey,
  ) => {
    const view = (
      <InvitePage
        {...pageProps(request)}
        csrf={csrfOf(request)}
        invitation={invitation}
        action={`/invite/${token}`}
        error={error && request.i18n.t(error)}
      />
    );
    return sendPrivate(reply, view, error ? 400 : 200);
  };

  app.get('/invite/:token', { schema: { params: paramsOf('token'), querystring: NoQuery } }, async (request, reply) => {
    const invitation = await findOpenInvitation(ctxOf(request, deps), request.params.token);
    return invitation ? form(request, reply, request.params.token, invitation) : invalid(request, reply);
  });
  app.post(
    '/invite/:token',
    { schema: { params: paramsOf('token'), body: formOf({ password: field, confirm: field }) } },
    async (request, reply) => {
      const ctx = ctxOf(request, deps);
      const invitation = await findOpenInvitation(ctx, request.params.token);
      if (!invitation) return invalid(request, reply);
      const password = formText(request.body, 'password', 4096);
      if (password !== formText(request.body, 'confirm', 4096))
        return form(request, reply, request.params.token, invitation, 'account.password.mismatch');
      try {
        const result = await acceptInvitation(ctx, request.params.token, {
          password,
          userAgent: request.headers['user-agent']?.slice(0, 500),
        });
        if (!result.ok) return invalid(request, reply);
        await switchSession(request, reply, deps, result.secret);
        return reply.redirect(nextPath(result.next), 303);
      } catch (err) {
        if (err instanceof AppError && err.code === 'validation_failed')
          return form(request, reply, request.params.token, invitation, passwordMessage(err.details?.reason));
        if (err instanceof AppError && (err.code === 'not_found' || err.code === 'conflict'))
          return invalid(request, reply);
        throw err;
      }
    },
  );
}
