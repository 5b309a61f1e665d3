// A cookie-keeping client for HTML pages over inject(), as a browser without JavaScript uses them: it keeps the session
// cookie the server sets or clears, sends form posts with the session's CSRF token, and comes from one address.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { csrfTokenFor } from '../../src/http/plugins/csrf.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** The Set-Cookie headers of a response. */
export const setCookies = (res: LightMyRequestResponse): string[] => [res.headers['set-cookie'] ?? []].flat();

/** The value of the session cookie a response sets ('' when it clears it), or undefined when it leaves it alone. */
export function sessionSet(res: LightMyRequestResponse): string | undefined {
  const c = setCookies(res).find((h) => h.startsWith('vigil_session='));
  return c === undefined ? undefined : decodeURIComponent(/^vigil_session=([^;]*)/.exec(c)![1]!);
}

/** One browser: its session cookie (if any) and its network address. */
export interface PageClient {
  cookie: string | undefined;
  get(url: string): Promise<LightMyRequestResponse>;
  /** Posts form fields; adds the session's `_csrf` unless `csrf: false`. */
  post(url: string, fields: [string, string][], opts?: { csrf?: boolean }): Promise<LightMyRequestResponse>;
}

/** A new browser with no cookie, coming from `ip`. */
export function pageClient(app: FastifyInstance, ip = '198.51.100.7'): PageClient {
  const client: PageClient = {
    cookie: undefined,
    async get(url) {
      return keep(await app.inject({ method: 'GET', url, remoteAddress: ip, cookies: jar() }));
    },
    async post(url, fields, opts = {}) {
      const all =
        opts.csrf === false || !client.cookie
          ? fields
          : [...fields, ['_csrf', csrfTokenFor(client.cookie)] as [string, string]];
      return keep(
        await app.inject({
          method: 'POST',
          url,
          remoteAddress: ip,
          cookies: jar(),
          headers: FORM,
          payload: new URLSearchParams(all).toString(),
        }),
      );
    },
  };
  const jar = (): Record<string, string> => (client.cookie ? { vigil_session: client.cookie } : {});
  const keep = (res: LightMyRequestResponse) => {
    const set = sessionSet(res);
    if (set !== undefined) client.cookie = set === '' ? undefined : set;
    return res;
  };
  return client;
}
