// Setting up TOTP, reached right after the password when the role requires it (the half-signed-in session may do nothing
// else), or from the account page by anyone who wants it. Confirming with a code turns it on and shows the recovery codes once.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { beginTotpEnrolment, confirmTotpEnrolment } from '../../commands/users/enrol-totp.ts';
import { formatTotpSecret } from '../../commands/users/totp.ts';
import { mustUseSecondFactor } from '../../policies/account.policy.ts';
import type { RequestSession } from '../../queries/users/session-from-cookie.ts';
import type { AppDeps } from '../../deps.ts';
import { ctxOf, SESSION_COOKIE, sessionCookieOptions } from '../../http/plugins/auth.ts';
import { csrfOf } from '../../http/plugins/csrf.ts';
import { EnrolPage, RecoveryCodesPage } from '../views/account/two-factor-pages.tsx';
import { pageProps, sendPrivate } from '../views/edit/present.tsx';
import { formText } from './form-text.ts';
import { pendingPath } from './session.pages.tsx';
import { field, formOf, NoQuery } from '../schemas.ts';

/** The QR code of an otpauth URI as an SVG element (paths only), sized by the stylesheet. */
async function qrSvg(uri: string): Promise<string> {
  // Loaded when someone enrols a second factor, not when the server starts (it is some sixty modules).
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  if (!svg.startsWith('<svg') || /<script|\sstyle=|\son\w+=/i.test(svg)) throw new Error('unexpected QR code output');
  return svg;
}

/** Registers GET and POST /account/two-factor. */
export function registerTwoFactorPages(app: FastifyInstance, deps: AppDeps): void {
  /** The session that may enrol now (any live session of an account without TOTP), or where to send the browser instead. */
  const enrolling = (request: FastifyRequest): RequestSession | string => {
    const s = request.session;
    if (!s) return '/login';
    if (s.totpEnabled) return s.full ? '/account' : pendingPath(s);
    return s;
  };

  const show = async (request: FastifyRequest, reply: FastifyReply, s: RequestSession, failed: boolean) => {
    const { secret, uri } = await beginTotpEnrolment(ctxOf(request, deps), s);
    const view = (
      <EnrolPage
        {...pageProps(request)}
        csrf={csrfOf(request)}
        qrSvg={await qrSvg(uri)}
        secretText={formatTotpSecret(secret)}
        required={mustUseSecondFactor(s.role)}
        failed={failed}
      />
    );
    return sendPrivate(reply, view, failed ? 400 : 200);
  };

  app.get('/account/two-factor', { schema: { querystring: NoQuery } }, async (request, reply) => {
    const s = enrolling(request);
    return typeof s === 'string' ? reply.redirect(s, 303) : show(request, reply, s, false);
  });
  app.post('/account/two-factor', { schema: { body: formOf({ code: field }) } }, async (request, reply) => {
    const s = enrolling(request);
    if (typeof s === 'string') return reply.redirect(s, 303);
    const userAgent = request.headers['user-agent']?.slice(0, 500);
    const done = await confirmTotpEnrolment(ctxOf(request, deps), s, {
      code: formText(request.body, 'code', 64),
      userAgent,
    });
    if (!done) return show(request, reply, s, true);
    void reply.setCookie(SESSION_COOKIE, done.secret, sessionCookieOptions(request));
    const props = { ...pageProps(request), actor: { kind: 'user' as const, id: s.userId, role: s.role } };
    return sendPrivate(reply, <RecoveryCodesPage {...props} codes={done.recoveryCodes} />);
  });
}
