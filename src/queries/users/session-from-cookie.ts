// Resolves the secret of a session cookie to its session, and says whether that session acts as its user.
import type { Db } from '../../db/database.ts';
import { findLiveSession, touchSession } from '../../db/repos/session.repo.ts';
import { SESSION_IDLE_MS, TOUCH_EVERY_MS } from '../../domain/account.ts';
import type { UserRole } from '../../domain/vocabulary.ts';
import { looksLikeSecret, sha256Hex } from '../../crypto/secrets.ts';
import { sessionGrantsAccess } from '../../policies/account.policy.ts';

/** A live session as a request sees it. `full` false means half signed in: no access, only the next sign-in step. */
export interface RequestSession {
  id: string;
  userId: string;
  role: UserRole;
  full: boolean;
  totpEnabled: boolean;
}

/**
 * The live session behind a cookie's secret, or undefined (unknown, revoked, expired, idle too long, or its user disabled).
 * Records activity at most once a minute: enough for the 12-hour idle limit without a write per request.
 */
export async function sessionFromCookie(db: Db, secret: string, now: Date): Promise<RequestSession | undefined> {
  if (!looksLikeSecret(secret)) return undefined;
  const nowIso = now.toISOString();
  const found = await findLiveSession(
    db,
    sha256Hex(secret),
    nowIso,
    new Date(now.getTime() - SESSION_IDLE_MS).toISOString(),
  );
  if (!found) return undefined;
  const since = new Date(now.getTime() - TOUCH_EVERY_MS).toISOString();
  if (found.session.lastSeenAt < since) await touchSession(db, found.session.id, nowIso, since);
  return {
    id: found.session.id,
    userId: found.session.userId,
    role: found.role,
    totpEnabled: found.totpEnabled,
    full: sessionGrantsAccess(found.session, found),
  };
}
