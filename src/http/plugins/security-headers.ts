// The security headers of every response (CSP, HSTS, frame and referrer rules …), worked out by helmet ONCE when the app
// is built. @fastify/helmet runs helmet afresh for each request, re-parsing the policy and assembling the same dozen
// headers every time; they depend on nothing in the request, so a frozen copy set on each reply gives the same result.
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';

/** Helmet's options as Vigil uses them. */
export const HELMET_OPTIONS = {
  // Everything comes from Vigil itself; no inline script or style anywhere, no frames, no plugins.
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      objectSrc: ["'none'"],
    },
  },
  crossOriginResourcePolicy: { policy: 'same-origin' },
  referrerPolicy: { policy: 'no-referrer' },
} as const;

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/** helmet itself, as the dependency of @fastify/helmet (the same copy and version that plugin would run). */
function loadHelmet(): (options: typeof HELMET_OPTIONS) => Middleware {
  const fromPlugin = createRequire(createRequire(import.meta.url).resolve('@fastify/helmet'));
  return fromPlugin('helmet') as (options: typeof HELMET_OPTIONS) => Middleware;
}

/** The headers helmet sets with Vigil's options (names in lower case), computed by running it once on a blank response. */
export function securityHeaders(): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  loadHelmet()(HELMET_OPTIONS)({} as IncomingMessage, res as unknown as ServerResponse, (err) => {
    failure = err;
  });
  if (failure !== undefined) throw failure instanceof Error ? failure : new Error(String(failure));
  if (!headers['content-security-policy']) throw new Error('helmet set no Content-Security-Policy');
  return Object.freeze(headers);
}

/** Sets the security headers on every reply, before any hook or handler can fail (errors and 404s carry them too). */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const headers = securityHeaders();
  const names = Object.keys(headers);
  app.addHook('onRequest', (_request, reply, done) => {
    for (const name of names) void reply.header(name, headers[name]);
    done();
  });
}
