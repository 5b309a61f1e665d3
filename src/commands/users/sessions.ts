// Opening and ending server-side sessions. The browser holds a random secret; the database holds only its SHA-256.
import type { Ctx } from '../../context.ts';
import {
  browserFamily,
  PENDING_SESSION_MS,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  type Session,
} from '../../domain/account.ts';
import type { UserRole } from '../../domain/vocabulary.ts';
import { writeTransaction, type Trx } from '../../db/database.ts';
import { findAccountById } from '../../db/repos/user.repo.ts';
import { insertSession, pruneUserSessions, revokeSession, revokeUserSessions } from '../../db/repos/session.repo.ts';
import { AppError } from '../../errors.ts';
import { auditWrite } from '../records/write-support.ts';
import { newSecret, sha256Hex } from '../../crypto/secrets.ts';

/** A session just opened, with the secret for the cookie (never stored). */
export interface OpenedSession {
  secret: string;
  session: Session;
}

/** How a session is opened: after a verified second factor or not; half signed in (short-lived) or not; from which browser. */
export interface SessionOptions {
  secondFactor: boolean;
  pending: boolean;
  userAgent?: string | undefined;
}

/** The same context, acting as the given user (sign-in steps run before the request has an actor). */
export function actingAs(ctx: Ctx, user: { id: string; role: UserRole }): Ctx {
  return { ...ctx, actor: { kind: 'user', id: user.id, role: user.role } };
}

/** Opens a session inside a write transaction, clearing the user's dead sessions first; audited without the secret. */
export async function openSession(ctx: Ctx, trx: Trx, userId: string, opts: SessionOptions): Promise<OpenedSession> {
  const secret = newSecret();
  const now = ctx.now();
  const nowIso = now.toISOString();
  const session: Session = {
    id: sha256Hex(secret),
    userId,
    createdAt: nowIso,
    lastSeenAt: nowIso,
    revokedAt: null,
    expiresAt: new Date(now.getTime() + (opts.pending ? PENDING_SESSION_MS : SESSION_ABSOLUTE_MS)).toISOString(),
    secondFactor: opts.secondFactor,
    userAgentHint: browserFamily(opts.userAgent),
  };
  await pruneUserSessions(trx, userId, nowIso, new Date(now.getTime() - SESSION_IDLE_MS).toISOString());
  await insertSession(trx, session);
  await auditWrite(ctx, trx, 'session.create', 'user', userId, null, {
    expiresAt: session.expiresAt,
    secondFactor: opts.secondFactor,
    pending: opts.pending,
  });
  return { secret, session };
}

/** Ends a session inside a write transaction (audited); quietly does nothing when it had already ended. */
export async function closeSession(ctx: Ctx, trx: Trx, session: { id: string; userId: string }): Promise<void> {
  if (await revokeSession(trx, session.id, ctx.now().toISOString())) {
    await auditWrite(ctx, trx, 'session.revoke', 'user', session.userId, null, { at: ctx.now().toISOString() });
  }
}

/** Opens a session for a user directly (the system only: tests and operators); returns the cookie's secret once. */
export async function startSession(ctx: Ctx, userId: string, opts: SessionOptions): Promise<OpenedSession> {
  if (ctx.actor.kind !== 'system') throw new AppError('forbidden', 'Only the system may open a session directly');
  return writeTransaction(ctx.db, async (trx) => {
    const account = await findAccountById(trx, userId);
    if (!account || account.user.status !== 'active')
      throw new AppError('not_found', `No active user with id "${userId}"`);
    return openSession(ctx, trx, userId, opts);
  });
}

/** Signs a session out (the "Sign out" button, including a half-finished sign-in); audited as its user. */
export async function endSession(ctx: Ctx, session: { id: string; userId: string; role: UserRole }): Promise<void> {
  await writeTransaction(ctx.db, (trx) =>
    closeSession(actingAs(ctx, { id: session.userId, role: session.role }), trx, session),
  );
}

/** Ends every other session of the acting user ("sign out everywhere else"); returns how many ended. */
export async function endOtherSessions(ctx: Ctx, keepId: string): Promise<number> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Sign in first');
  return writeTransaction(ctx.db, async (trx) => {
    const ended = await revokeUserSessions(trx, actor.id, ctx.now().toISOString(), keepId);
    await auditWrite(ctx, trx, 'session.revoke_all', 'user', actor.id, null, { ended });
    return ended;
  });
}
