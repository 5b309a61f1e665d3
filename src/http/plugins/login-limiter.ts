// Sign-in throttling, in memory only (no address is ever written to the database or the logs). Failures are counted per
// (account, client address) pair with exponential back-off, so a stranger failing against an account slows only their own
// address and never the owner typing the right password elsewhere; and per address across all accounts (a fixed-window
// cap), so one address cannot spray many accounts. No failure anywhere locks an account for everyone. Hand-written because
// it counts failures only (a successful sign-in costs nothing) and @fastify/rate-limit counts every request. The address
// is request.ip: the real client behind a proxy trusted by VIGIL_TRUST_PROXY, the proxy itself otherwise.

/** Remembers failed attempts and says how long an (account, address) pair must wait before its next attempt. */
export interface LoginLimiter {
  /** Milliseconds the pair (or the address as a whole) must still wait; 0 when an attempt may be made now. */
  waitMs(account: string, ip: string): number;
  /** Counts one failure of the pair (and of its address). */
  failed(account: string, ip: string): void;
  /** Forgets the pair's failures after a success (the address's window is kept: it is a cap, not a penalty). */
  succeeded(account: string, ip: string): void;
}

/** The limits: free failures per pair before back-off, the first and longest delay, the per-address cap, memory bounds. */
export interface LimiterOptions {
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** A pair's failures are forgotten after this long without another one. */
  forgetAfterMs: number;
  addressMaxFailures: number;
  addressWindowMs: number;
  maxEntries: number;
}

const DEFAULTS: LimiterOptions = {
  freeFailures: 3,
  firstDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 24 * 3600_000,
  addressMaxFailures: 50,
  addressWindowMs: 10 * 60_000,
  maxEntries: 50_000,
};

/** The key of an address: IPv4 as is (also when IPv4-mapped), IPv6 by its /64 network, which one subscriber usually has whole. */
export function addressKey(ip: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (v4) return v4[1]!;
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = ip.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** The delay a pair earns after this many consecutive failures: none for the free ones, then doubling up to the cap. */
export function backoffMs(
  failures: number,
  o: Pick<LimiterOptions, 'freeFailures' | 'firstDelayMs' | 'maxDelayMs'> = DEFAULTS,
): number {
  if (failures < o.freeFailures) return 0;
  return Math.min(o.firstDelayMs * 2 ** Math.min(failures - o.freeFailures, 30), o.maxDelayMs);
}

/** Adds to a map bounded in size, forgetting the oldest entry first when it is full. */
function bounded<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  if (map.size >= max) map.delete(map.keys().next().value!);
  map.set(key, value);
}

/** Creates a limiter on the app's clock. */
export function createLoginLimiter(now: () => Date, options: Partial<LimiterOptions> = {}): LoginLimiter {
  const o = { ...DEFAULTS, ...options };
  const pairs = new Map<string, { failures: number; last: number }>();
  const addresses = new Map<string, { start: number; failures: number }>();
  // The account part is the typed sign-in name as given (already normalised by the caller), so unknown accounts are
  // throttled exactly like known ones and the answer reveals nothing.
  const pairKey = (account: string, ip: string) => `${addressKey(ip)}\u0000${account}`;
  const pairOf = (key: string, t: number) => {
    const p = pairs.get(key);
    if (p && t - p.last < o.forgetAfterMs && t >= p.last) return p;
    if (p) pairs.delete(key);
    return undefined;
  };
  const addressOf = (key: string, t: number) => {
    const a = addresses.get(key);
    if (a && t - a.start < o.addressWindowMs && t >= a.start) return a;
    if (a) addresses.delete(key);
    return undefined;
  };
  return {
    waitMs(account, ip) {
      const t = now().getTime();
      const a = addressOf(addressKey(ip), t);
      const addressWait = a && a.failures >= o.addressMaxFailures ? a.start + o.addressWindowMs - t : 0;
      const p = pairOf(pairKey(account, ip), t);
      const pairWait = p ? Math.max(0, p.last + backoffMs(p.failures, o) - t) : 0;
      return Math.max(addressWait, pairWait);
    },
    failed(account, ip) {
      const t = now().getTime();
      const key = pairKey(account, ip);
      const p = pairOf(key, t);
      bounded(pairs, key, { failures: (p?.failures ?? 0) + 1, last: t }, o.maxEntries);
      const addr = addressKey(ip);
      const a = addressOf(addr, t);
      if (a) a.failures += 1;
      else bounded(addresses, addr, { start: t, failures: 1 }, o.maxEntries);
    },
    succeeded(account, ip) {
      pairs.delete(pairKey(account, ip));
    },
  };
}
