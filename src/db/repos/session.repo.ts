// Server-side sessions. A row's id is the SHA-256 of the cookie's secret: a database copy cannot be turned into a session.
import type { Session } from '../../domain/account.ts';
import type { UserRole } from '../../domain/vocabulary.ts';
import type { Executor, Trx } from '../database.ts';
import type { SessionsTable } from '../schema.ts';

function toSession(r: SessionsTable): Session {
  return {
    id: r.id,
    userId: r.user_id,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    secondFactor: Number(r.second_factor) === 1,
    userAgentHint: r.user_agent_hint,
  };
}

/** Inserts a session. */
export async function insertSession(trx: Trx, s: Session): Promise<void> {
  await trx
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      created_at: s.createdAt,
      last_seen_at: s.lastSeenAt,
      expires_at: s.expiresAt,
      revoked_at: s.revokedAt,
      second_factor: s.secondFactor ? 1 : 0,
      user_agent_hint: s.userAgentHint,
    })
    .execute();
}

/** A live session (not revoked, not expired, seen after `idleSinceIso`) of an active user, with what decides its access. */
export async function findLiveSession(
  db: Executor,
  id: string,
  nowIso: string,
  idleSinceIso: string,
): Promise<{ session: Session; role: UserRole; totpEnabled: boolean } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('sessions')
    .select(['users.role', 'users.totp_enabled'])
    .where('sessions.id', '=', id)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', nowIso)
    .where('sessions.last_seen_at', '>', idleSinceIso)
    .where('users.status', '=', 'active')
    .executeTakeFirst();
  if (!row) return undefined;
  return { session: toSession(row), role: row.role as UserRole, totpEnabled: Number(row.totp_enabled) === 1 };
}

/** Records activity on a session, unless it was recorded after `sinceIso` already. */
export async function touchSession(db: Executor, id: string, nowIso: string, sinceIso: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: nowIso })
    .where('id', '=', id)
    .where('last_seen_at', '<', sinceIso)
    .execute();
}

/** Ends one session; false when it had already ended. */
export async function revokeSession(trx: Trx, id: string, nowIso: string): Promise<boolean> {
  const res = await trx
    .updateTable('sessions')
    .set({ revoked_at: nowIso })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Ends every session of a user except `keepId`; returns how many were ended. */
export async function revokeUserSessions(trx: Trx, userId: string, nowIso: string, keepId?: string): Promise<number> {
  let q = trx
    .updateTable('sessions')
    .set({ revoked_at: nowIso })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (keepId !== undefined) q = q.where('id', '<>', keepId);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Deletes a user's sessions that can no longer be used (ended, expired, or idle since before `idleSinceIso`), so the table does not grow. */
export async function pruneUserSessions(trx: Trx, userId: string, nowIso: string, idleSinceIso: string): Promise<void> {
  await trx
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where((eb) =>
      eb.or([eb('revoked_at', 'is not', null), eb('expires_at', '<=', nowIso), eb('last_seen_at', '<=', idleSinceIso)]),
    )
    .execute();
}

/** A user's live sessions, most recently used first. */
export async function listLiveSessions(
  db: Executor,
  userId: string,
  nowIso: string,
  idleSinceIso: string,
): Promise<Session[]> {
  const rows = await db
    .selectFrom('sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .where('last_seen_at', '>', idleSinceIso)
    .orderBy('last_seen_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toSession);
}
