// Who is calling: an API token in "Authorization: Bearer", or the public. A token that is present but wrong is refused.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ANONYMOUS, type Actor, type Ctx } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { actorFromToken } from '../../queries/users/actor-from-token.ts';
import type { AppDeps } from '../app.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

/** Resolves the actor of each request before its handler runs. */
export function registerAuth(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('actor', null as never);
  app.addHook('onRequest', async (request) => {
    request.actor = ANONYMOUS;
    const header = request.headers.authorization;
    if (header === undefined) return;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new AppError('unauthorized', 'Authorization must be "Bearer <token>"');
    const actor = await actorFromToken(deps.db, match[1]!, deps.now());
    if (!actor) throw new AppError('unauthorized', 'The API token is not valid (unknown, revoked or expired)');
    request.actor = actor;
  });
}

/** The command context of a request. */
export function ctxOf(request: FastifyRequest, deps: AppDeps): Ctx {
  return { actor: request.actor, db: deps.db, log: request.log, now: deps.now, config: deps.config, files: deps.files };
}
