// Accounts' pure rules: session lifetimes, the back-off schedule after failed sign-ins, password length, the shape of
// recovery codes, and the browser family kept with a session (never a version or an address).
import type { User } from './user.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A session ends after this long without a request. */
export const SESSION_IDLE_MS = 12 * HOUR;
/** A session ends this long after it began, however busy. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * HOUR;
/** A half-signed-in session (password accepted, second factor pending) lasts only this long. */
export const PENDING_SESSION_MS = 15 * MINUTE;
/** last_seen_at and a token's last_used_at are written at most this often. */
export const TOUCH_EVERY_MS = MINUTE;
/** An invitation link is good this long, once. */
export const INVITATION_TTL_MS = 7 * 24 * HOUR;

/** Wrong second-factor codes in a row before the account is locked (wrong passwords are throttled per address instead). */
export const LOCK_AFTER_FAILURES = 5;
const LOCK_FIRST_MS = MINUTE;
const LOCK_MAX_MS = HOUR;

/** How long to lock after this many consecutive failures: none below 5, then 1 min, doubling each failure, at most 1 h. */
export function lockDuration(failures: number): number {
  if (failures < LOCK_AFTER_FAILURES) return 0;
  const doublings = Math.min(failures - LOCK_AFTER_FAILURES, 12);
  return Math.min(LOCK_FIRST_MS * 2 ** doublings, LOCK_MAX_MS);
}

/** Passwords shorter than this are refused. */
export const PASSWORD_MIN_LENGTH = 12;
/** Longer input is refused before hashing, so a huge body cannot tie up the hasher. */
export const PASSWORD_MAX_LENGTH = 1024;

/** Recovery codes issued at enrolment; each works once. */
export const RECOVERY_CODE_COUNT = 10;
/** Crockford's base32 (no i, l, o, u): 16 symbols carry 80 random bits. */
export const RECOVERY_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A typed recovery code reduced to its symbols (case, spaces and hyphens ignored); undefined when it cannot be one. */
export function normaliseRecoveryCode(typed: string): string | undefined {
  const s = typed.toLowerCase().replace(/[\s-]/g, '');
  return s.length === 16 && [...s].every((c) => RECOVERY_ALPHABET.includes(c)) ? s : undefined;
}

/** A recovery code as shown to its owner: four groups of four. */
export function formatRecoveryCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** The browser family of a User-Agent header (enough to recognise one's own sessions; no version, nothing identifying). */
export function browserFamily(userAgent: string | undefined): string {
  const ua = userAgent ?? '';
  if (/Edg\//.test(ua)) return 'Edge';
  if (/OPR\/|Opera/.test(ua)) return 'Opera';
  if (/Firefox\//.test(ua)) return 'Firefox';
  if (/Chrom(e|ium)\//.test(ua)) return 'Chrome';
  if (/Safari\//.test(ua)) return 'Safari';
  if (/^curl\//.test(ua)) return 'curl';
  return 'Other';
}

/** An account with its sign-in state (the stored secrets stay in the repository and commands that need them). */
export interface Account {
  user: User;
  passwordHash: string | null;
  failedLogins: number;
  lockedUntil: string | null;
  totpEnabled: boolean;
  totpSecret: string | null;
  totpPendingSecret: string | null;
  totpLastStep: number | null;
}

/** True while the account refuses sign-ins. */
export function isLocked(account: Pick<Account, 'lockedUntil'>, now: Date): boolean {
  return account.lockedUntil !== null && account.lockedUntil > now.toISOString();
}

/** A server-side session (its id is the SHA-256 of the secret in the cookie). */
export interface Session {
  id: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
  secondFactor: boolean;
  userAgentHint: string | null;
}

/** True while a session can be used: not revoked, not past its expiry, and used within the idle limit. */
export function sessionIsLive(s: Pick<Session, 'revokedAt' | 'expiresAt' | 'lastSeenAt'>, now: Date): boolean {
  return (
    s.revokedAt === null &&
    s.expiresAt > now.toISOString() &&
    s.lastSeenAt > new Date(now.getTime() - SESSION_IDLE_MS).toISOString()
  );
}

/** An invitation to create an account (the token itself is only in the link sent). */
export interface Invitation {
  id: string;
  email: string;
  role: User['role'];
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}
