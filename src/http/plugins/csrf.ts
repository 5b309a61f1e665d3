// Cross-site request forgery protection for HTML forms. A browser signed in by cookie must prove that a state-changing
// form came from one of our pages: it carries a token derived from the session, which another site cannot read.
// The token is a hash of the session token, so it needs no server-side state and survives restarts.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route checks the CSRF token itself (multipart bodies are read by the handler, after the hooks). */
    csrfInHandler?: boolean;
  }
}

/** The name of the hidden form field that carries the token. */
export const CSRF_FIELD = '_csrf';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The CSRF token of a session: base64url(sha256('vigil-csrf:' + session token)). */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`vigil-csrf:${sessionToken}`).digest('base64url');
}

/** The token forms of this request must carry, or undefined when the request is not signed in by cookie. */
export function csrfOf(request: FastifyRequest): string | undefined {
  return request.sessionToken === null ? undefined : csrfTokenFor(request.sessionToken);
}

/** True when the presented value is this session's token (compared in constant time). */
export function csrfMatches(request: FastifyRequest, presented: unknown): boolean {
  const expected = csrfOf(request);
  if (expected === undefined) return true;
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * False when the browser says the request comes from elsewhere: Sec-Fetch-Site other than same-origin, or an Origin that is
 * not ours. "Origin: null" gives no verdict: our own Referrer-Policy (no-referrer) makes browsers send it on same-origin form
 * posts too, so the CSRF token decides.
 */
export function sameOrigin(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.origin;
  if (origin === undefined || origin === 'null') return true;
  return origin === `${request.protocol}://${request.host}`;
}

/** The posted CSRF field of a parsed form body, if any. */
function postedToken(body: unknown): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[CSRF_FIELD] : undefined;
}

/** Answers a refused request (a page explaining that the form could not be verified). */
export type CsrfRefusal = (request: FastifyRequest, reply: FastifyReply) => FastifyReply;

/**
 * Checks every state-changing request of the routes in this scope: cross-site requests are refused, and a request signed in by
 * cookie must carry the session's token in the `_csrf` field. Bearer-token and anonymous requests need no token (browsers
 * never add an Authorization header on their own, and anonymous requests can change nothing).
 */
export function registerCsrf(app: FastifyInstance, refuse: CsrfRefusal): void {
  app.addHook('preHandler', async (request, reply) => {
    if (!UNSAFE.has(request.method)) return;
    if (!sameOrigin(request)) return refuse(request, reply);
    if (request.routeOptions.config.csrfInHandler === true) return;
    if (!csrfMatches(request, postedToken(request.body))) return refuse(request, reply);
  });
}
