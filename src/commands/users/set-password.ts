// Sets a user's password (the CLI's `vigil user passwd`). Every session of the user ends: whoever knew the old password
// and signed in with it is signed out. The second factor is untouched, so a new password alone never opens the account.
import type { Ctx } from '../../context.ts';
import { writeTransaction } from '../../db/database.ts';
import { revokeUserSessions } from '../../db/repos/session.repo.ts';
import { findAccountByEmail, setPasswordHash } from '../../db/repos/user.repo.ts';
import { AppError } from '../../errors.ts';
import { auditWrite } from '../records/write-support.ts';
import { managesAccounts } from './add-user.ts';
import { assertGoodPassword, hashPassword } from './passwords.ts';

/** Replaces the password of the user with this email (the system or an admin only); returns how many sessions ended. */
export async function setPassword(
  ctx: Ctx,
  input: { email: string; password: string },
): Promise<{ userId: string; sessionsEnded: number }> {
  if (!managesAccounts(ctx)) throw new AppError('forbidden', 'Only an admin may set passwords');
  const email = input.email.trim().toLowerCase();
  assertGoodPassword(input.password, email);
  const hash = await hashPassword(input.password);
  return writeTransaction(ctx.db, async (trx) => {
    const account = await findAccountByEmail(trx, email);
    if (!account) throw new AppError('not_found', `No user with email "${email}"`);
    const nowIso = ctx.now().toISOString();
    await setPasswordHash(trx, account.user.id, hash, nowIso);
    const sessionsEnded = await revokeUserSessions(trx, account.user.id, nowIso);
    await auditWrite(ctx, trx, 'user.password', 'user', account.user.id, null, { changedAt: nowIso, sessionsEnded });
    return { userId: account.user.id, sessionsEnded };
  });
}
