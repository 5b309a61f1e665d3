// Who is calling: an API token in "Authorization: Bearer", a signed-in browser (the session cookie, pages only), or the public.
// A bearer token that is present but wrong is refused; a session cookie that is no longer valid is simply dropped. The cookie
// holds a random secret whose SHA-256 names a row in `sessions`; a half-signed-in session (second factor pending) is kept on
// the request for the sign-in pages but acts as the public everywhere.
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ANONYMOUS, type Actor, type Ctx } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { actorFromToken } from '../../queries/users/actor-from-token.ts';
import { sessionFromCookie, type RequestSession } from '../../queries/users/session-from-cookie.ts';
import type { AppDeps } from '../../deps.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    /** The session cookie's secret when the request has a live session (so forms must carry the CSRF token); null otherwise. */
    sessionToken: string | null;
    /** The live session of the cookie, full or half signed in; null without one (and always for bearer tokens). */
    session: RequestSession | null;
  }
}

/** The cookie that holds a signed-in browser's session. */
export const SESSION_COOKIE = 'vigil_session';

/** True when a cookie set on this request must be Secure: the site's public address is https, or the request came over
 * https (request.protocol follows X-Forwarded-Proto only from a proxy trusted by VIGIL_TRUST_PROXY). */
export function cookieSecure(request: FastifyRequest): boolean {
  return request.server.vigilPublicHttps || request.protocol === 'https';
}

/** How the session cookie is set and cleared: script cannot read it, other sites cannot send it. */
export function sessionCookieOptions(request: FastifyRequest): CookieSerializeOptions {
  return { path: '/', httpOnly: true, sameSite: 'strict', secure: cookieSecure(request) };
}

/** True for paths whose requests never use the session cookie: the JSON API takes bearer tokens only, and assets need no actor. */
function cookieless(url: string): boolean {
  return url.startsWith('/api/') || url.startsWith('/assets/');
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route checks a bearer token of its own that is not an API token (the metrics token). */
    ownBearerToken?: boolean;
  }
}

/** Resolves the actor of each request before its handler runs. */
export function registerAuth(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('sessionToken', null as never);
  app.decorateRequest('session', null as never);
  app.addHook('onRequest', async (request, reply) => {
    request.actor = ANONYMOUS;
    request.sessionToken = null;
    request.session = null;
    // A route with a secret of its own (the operator's metrics token) reads Authorization itself; its caller is nobody.
    if (request.routeOptions.config.ownBearerToken) return;
    const header = request.headers.authorization;
    if (header === undefined) {
      if (cookieless(request.url)) return;
      const secret = request.cookies[SESSION_COOKIE];
      if (!secret) return;
      const session = await sessionFromCookie(deps.db, secret, deps.now());
      if (!session) {
        void reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
        return;
      }
      request.session = session;
      request.sessionToken = secret;
      if (session.full) request.actor = { kind: 'user', id: session.userId, role: session.role };
      return;
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new AppError('unauthorized', 'Authorization must be "Bearer <token>"');
    const actor = await actorFromToken(deps.db, match[1]!, deps.now());
    if (!actor) throw new AppError('unauthorized', 'The API token is not valid (unknown, revoked or expired)');
    request.actor = actor;
  });
  // Writes that need a token are refused to strangers before their body is even read: validating it first would answer
  // 400 with the schema's rules, telling anyone what the register accepts.
  app.addHook('onRequest', async (request) => {
    if (request.actor.kind === 'anonymous' && needsToken(request))
      throw new AppError('unauthorized', 'Sign in or send an API token to make changes');
  });
}

/** True for API writes whose route declares a bearer token (every API write but public signing). */
function needsToken(request: FastifyRequest): boolean {
  if (
    request.method === 'GET' ||
    request.method === 'HEAD' ||
    request.method === 'OPTIONS' ||
    !request.url.startsWith('/api/')
  )
    return false;
  const security = (request.routeOptions.schema as { security?: unknown[] } | undefined)?.security;
  return Array.isArray(security) && security.length > 0;
}

/** The command context of a request. */
export function ctxOf(request: FastifyRequest, deps: AppDeps): Ctx {
  return {
    actor: request.actor,
    db: deps.db,
    log: request.log,
    now: deps.now,
    config: deps.config,
    files: deps.files,
    keyring: deps.keyring,
  };
}
