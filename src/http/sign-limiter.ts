// Rate limits on public signing, in memory only (no address is written anywhere): per client address (IPv6 by its /64)
// and per appeal, in fixed windows. Hand-written like the sign-in limiter: two independent limits on one route, counting
// only signing attempts, which @fastify/rate-limit's one-limit-per-route model does not express. Limits come from
// VIGIL_SIGN_* (0 turns a limit off); behind a reverse proxy every client shares the proxy's address.
import type { FastifyRequest } from 'fastify';
import type { SignonConfig } from '../config.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { addressKey } from './plugins/login-limiter.ts';

/** Counts signing attempts and says when one must be refused. */
export interface SignLimiter {
  /** Counts an attempt from the address; false when its window is used up. */
  allowIp(ip: string): boolean;
  /** Counts a signing of the appeal; false when its window is used up. */
  allowAppeal(appealId: string): boolean;
}

const MAX_KEYS = 50_000;

function windowCounter(limit: number, windowMs: number, now: () => Date): (key: string) => boolean {
  const seen = new Map<string, { start: number; n: number }>();
  return (key) => {
    if (limit === 0) return true;
    const t = now().getTime();
    let entry = seen.get(key);
    if (!entry || t - entry.start >= windowMs || t < entry.start) {
      if (entry) seen.delete(key);
      else if (seen.size >= MAX_KEYS) seen.delete(seen.keys().next().value!);
      entry = { start: t, n: 0 };
      seen.set(key, entry);
    }
    entry.n += 1;
    return entry.n <= limit;
  };
}

/** A limiter with the configured limits on the app's clock. */
export function createSignLimiter(config: SignonConfig, now: () => Date): SignLimiter {
  const ip = windowCounter(config.ipLimit, config.ipWindowMs, now);
  const appeal = windowCounter(config.appealLimit, config.appealWindowMs, now);
  return { allowIp: (addr) => ip(addressKey(addr)), allowAppeal: (id) => appeal(id) };
}

const limiters = new WeakMap<AppDeps, SignLimiter>();

/** The one limiter of an app, shared by the JSON route and the HTML form. */
export function signLimiterOf(deps: AppDeps): SignLimiter {
  let l = limiters.get(deps);
  if (!l) {
    l = createSignLimiter(deps.config.signon, deps.now);
    limiters.set(deps, l);
  }
  return l;
}

/**
 * The one limit check of a signing, for the JSON route and the HTML form alike: without an appeal it counts the
 * attempt against the client's address, with one it counts a signing of that appeal. Over a limit it throws
 * `rate_limited` (429).
 */
export function assertSignLimits(deps: AppDeps, request: Pick<FastifyRequest, 'ip'>, appealId?: string): void {
  const limiter = signLimiterOf(deps);
  const ok = appealId === undefined ? limiter.allowIp(request.ip) : limiter.allowAppeal(appealId);
  if (!ok) throw new AppError('rate_limited', 'Too many signatures at once; please try again in a few minutes');
}
