// A per-address limit on failed sign-in steps, in memory only (no address is ever written to the database or the logs).
// It complements the per-account back-off: one address cannot try many accounts. Hand-written because it counts failures
// only (a successful sign-in costs nothing) and @fastify/rate-limit counts every request. Behind a reverse proxy every
// client shares the proxy's address (trustProxy is off), so the limit is then shared too.

/** Remembers failed attempts per address and says when an address must wait. */
export interface LoginLimiter {
  /** True while the address has used up its failures for the current window. */
  blocked(ip: string): boolean;
  /** Counts one failure from the address. */
  failed(ip: string): void;
}

/** The limits: failures per window, the window's length, and how many addresses are remembered at most. */
export interface LimiterOptions {
  maxFailures: number;
  windowMs: number;
  maxAddresses: number;
}

const DEFAULTS: LimiterOptions = { maxFailures: 20, windowMs: 10 * 60_000, maxAddresses: 10_000 };

/** The key of an address: IPv4 as is (also when IPv4-mapped), IPv6 by its /64 network, which one subscriber usually has whole. */
export function addressKey(ip: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (v4) return v4[1]!;
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = ip.includes('::') ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** Creates a limiter on the app's clock (fixed windows per address; the oldest addresses are forgotten first when full). */
export function createLoginLimiter(now: () => Date, options: Partial<LimiterOptions> = {}): LoginLimiter {
  const o = { ...DEFAULTS, ...options };
  const seen = new Map<string, { start: number; failures: number }>();
  const current = (ip: string) => {
    const key = addressKey(ip);
    const entry = seen.get(key);
    if (entry && now().getTime() - entry.start < o.windowMs) return { key, entry };
    if (entry) seen.delete(key);
    return { key, entry: undefined };
  };
  return {
    blocked: (ip) => (current(ip).entry?.failures ?? 0) >= o.maxFailures,
    failed(ip) {
      const { key, entry } = current(ip);
      if (entry) {
        entry.failures += 1;
        return;
      }
      if (seen.size >= o.maxAddresses) seen.delete(seen.keys().next().value!);
      seen.set(key, { start: now().getTime(), failures: 1 });
    },
  };
}
