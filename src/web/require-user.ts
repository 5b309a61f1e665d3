// The pages that need a signed-in user say so once, in their route options or by being registered in a signed-in scope,
// instead of each wrapping its handler. The check runs as an onRequest hook: the public is sent to sign in before any
// body is read or validated, so a stranger learns nothing of a form's rules.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import { sendProblem } from './views/edit/present.tsx';

/** Where the public is sent when a page needs a signed-in user. */
export const SIGN_IN_PATH = '/login';

/** Route hook: a request without a signed-in user is redirected (303) to the sign-in page. */
export async function requireUser(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  // Returning the sent reply is how an async hook ends the request early.
  return request.actor.kind === 'user' ? undefined : reply.redirect(SIGN_IN_PATH, 303);
}

/**
 * Route hook for the account pages: only a fully signed-in cookie session passes (an API token cannot manage sessions
 * or mint tokens); anything else is redirected to sign in.
 */
export async function requireFullSession(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply | undefined> {
  return request.session?.full && request.actor.kind === 'user' ? undefined : reply.redirect(SIGN_IN_PATH, 303);
}

/** The session of a request that passed requireFullSession. */
export function fullSessionOf(request: FastifyRequest): NonNullable<FastifyRequest['session']> {
  if (!request.session?.full) throw new AppError('unauthorized', 'Sign in to see this page');
  return request.session;
}

/**
 * Registers routes for signed-in users in a scope of their own: the public is sent to sign in, a role refused by a
 * policy gets the 403 page in the reader's language, and a sign-in that ended meanwhile goes back to the sign-in page.
 * Any other error goes on to the app's error handler.
 */
export function registerSignedIn(app: FastifyInstance, routes: (scope: FastifyInstance) => void | Promise<void>): void {
  void app.register(async (scope) => {
    scope.addHook('onRequest', requireUser);
    scope.setErrorHandler(async (err, request, reply) => {
      if (err instanceof AppError && err.code === 'forbidden')
        return sendProblem(request, reply, 'edit.forbidden.title', 'edit.forbidden.body');
      if (err instanceof AppError && err.code === 'unauthorized') return reply.redirect(SIGN_IN_PATH, 303);
      throw err;
    });
    await routes(scope);
  });
}
