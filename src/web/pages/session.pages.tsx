// Signing in and out. Email and password first; then, for accounts with TOTP, the code (or a recovery code). Until that
// second step is done the browser holds a half-signed-in session that opens nothing but the next step. Failures answer
// with one message whatever went wrong and are throttled per (account, client address) with back-off and per address
// (in memory, login-limiter.ts); a wrong second-factor code also counts against the account in the command. Each success replaces the session secret, so a secret seen before sign-in is worthless after.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { endSession } from '../../commands/users/sessions.ts';
import { signInWithCode, signInWithPassword, type NextStep } from '../../commands/users/sign-in.ts';
import type { RequestSession } from '../../queries/users/session-from-cookie.ts';
import type { AppDeps } from '../../deps.ts';
import { ctxOf, SESSION_COOKIE, sessionCookieOptions } from '../../http/plugins/auth.ts';
import { csrfOf } from '../../http/plugins/csrf.ts';
import { createLoginLimiter } from '../../http/plugins/login-limiter.ts';
import { CodePage, LoginPage, type SignInProblem } from '../views/account/sign-in-pages.tsx';
import { pageProps, sendPrivate } from '../views/edit/present.tsx';
import { formText } from './form-text.ts';
import { ButtonForm, field, formOf, NoQuery } from '../schemas.ts';

/** Where a browser goes after a sign-in step. */
export function nextPath(next: NextStep): string {
  return next === 'code' ? '/login/code' : next === 'enrol' ? '/account/two-factor' : '/edit';
}

/** The step a half-signed-in session still has to take. */
export function pendingPath(session: RequestSession): string {
  return nextPath(session.totpEnabled ? 'code' : 'enrol');
}

/** Puts a new session secret in the cookie, ending the session the browser had before (if any). */
export async function switchSession(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: AppDeps,
  secret: string,
): Promise<void> {
  if (request.session) await endSession(ctxOf(request, deps), request.session);
  void reply.setCookie(SESSION_COOKIE, secret, sessionCookieOptions(request));
}

/** Registers /login, /login/code and /logout (inside the pages' CSRF scope). */
export function registerSessionPages(app: FastifyInstance, deps: AppDeps): void {
  const limiter = createLoginLimiter(deps.now);
  const userAgent = (request: FastifyRequest) => request.headers['user-agent']?.slice(0, 500);

  const login = (request: FastifyRequest, reply: FastifyReply, status = 200, problem?: SignInProblem, email?: string) =>
    sendPrivate(
      reply,
      <LoginPage {...pageProps(request)} csrf={csrfOf(request)} email={email} problem={problem} />,
      status,
    );
  app.get('/login', { schema: { querystring: NoQuery } }, async (request, reply) => {
    const s = request.session;
    return s && !s.full ? reply.redirect(pendingPath(s), 303) : login(request, reply);
  });
  // Refuses a throttled attempt before any password work, saying when to come back (rounded up to whole seconds).
  const throttled = (reply: FastifyReply, account: string, ip: string): boolean => {
    const wait = limiter.waitMs(account, ip);
    if (wait > 0) void reply.header('retry-after', String(Math.ceil(wait / 1000)));
    return wait > 0;
  };
  app.post('/login', { schema: { body: formOf({ email: field, password: field }) } }, async (request, reply) => {
    const email = formText(request.body, 'email', 320);
    const account = email.trim().toLowerCase();
    if (throttled(reply, account, request.ip)) return login(request, reply, 429, 'limited', email);
    const password = formText(request.body, 'password', 4096);
    const result = await signInWithPassword(ctxOf(request, deps), { email, password, userAgent: userAgent(request) });
    if (!result.ok) {
      limiter.failed(account, request.ip);
      return login(request, reply, 401, 'failed', email);
    }
    limiter.succeeded(account, request.ip);
    await switchSession(request, reply, deps, result.secret);
    return reply.redirect(nextPath(result.next), 303);
  });

  // The code step belongs to a half-signed-in session of an account with TOTP; anything else is sent where it belongs.
  const codeSession = (request: FastifyRequest) => {
    const s = request.session;
    return s && !s.full && s.totpEnabled ? s : undefined;
  };
  const elsewhere = (request: FastifyRequest, reply: FastifyReply) =>
    reply.redirect(request.session?.full ? '/edit' : request.session ? pendingPath(request.session) : '/login', 303);
  const code = (request: FastifyRequest, reply: FastifyReply, status = 200, problem?: SignInProblem) =>
    sendPrivate(reply, <CodePage {...pageProps(request)} csrf={csrfOf(request)} problem={problem} />, status);
  app.get('/login/code', { schema: { querystring: NoQuery } }, async (request, reply) =>
    codeSession(request) ? code(request, reply) : elsewhere(request, reply),
  );
  app.post('/login/code', { schema: { body: formOf({ code: field }) } }, async (request, reply) => {
    const s = codeSession(request);
    if (!s) return elsewhere(request, reply);
    const account = `user:${s.userId}`;
    if (throttled(reply, account, request.ip)) return code(request, reply, 429, 'limited');
    const result = await signInWithCode(ctxOf(request, deps), s, {
      code: formText(request.body, 'code', 64),
      userAgent: userAgent(request),
    });
    if (!result.ok) {
      limiter.failed(account, request.ip);
      return code(request, reply, 401, 'failed');
    }
    limiter.succeeded(account, request.ip);
    void reply.setCookie(SESSION_COOKIE, result.secret, sessionCookieOptions(request));
    return reply.redirect('/edit', 303);
  });

  app.post('/logout', { schema: { body: ButtonForm } }, async (request, reply) => {
    if (request.session) await endSession(ctxOf(request, deps), request.session);
    void reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
    return reply.redirect('/', 303);
  });
}
