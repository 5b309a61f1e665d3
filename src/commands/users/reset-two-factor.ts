// Resets a user's second factor (the CLI's `vigil user reset-2fa`), for someone who lost both their authenticator and
// their recovery codes. Only the server's operator or an admin can do it; every session ends, and a role that needs a
// second factor must enrol a new one at the next sign-in before getting any access.
import type { Ctx } from '../../context.ts';
import { writeTransaction } from '../../db/database.ts';
import { replaceRecoveryCodes } from '../../db/repos/recovery-code.repo.ts';
import { revokeUserSessions } from '../../db/repos/session.repo.ts';
import { clearTotp, findAccountByEmail } from '../../db/repos/user.repo.ts';
import { AppError } from '../../errors.ts';
import { auditWrite } from '../records/write-support.ts';
import { managesAccounts } from './add-user.ts';

/** Turns TOTP off for the user with this email, drops their recovery codes and ends their sessions. */
export async function resetTwoFactor(
  ctx: Ctx,
  input: { email: string },
): Promise<{ userId: string; sessionsEnded: number }> {
  if (!managesAccounts(ctx)) throw new AppError('forbidden', 'Only an admin may reset a second factor');
  const email = input.email.trim().toLowerCase();
  return writeTransaction(ctx.db, async (trx) => {
    const account = await findAccountByEmail(trx, email);
    if (!account) throw new AppError('not_found', `No user with email "${email}"`);
    const nowIso = ctx.now().toISOString();
    await clearTotp(trx, account.user.id, nowIso);
    await replaceRecoveryCodes(trx, account.user.id, [], nowIso);
    const sessionsEnded = await revokeUserSessions(trx, account.user.id, nowIso);
    await auditWrite(
      ctx,
      trx,
      'totp.reset',
      'user',
      account.user.id,
      { totpEnabled: account.totpEnabled },
      { totpEnabled: false, sessionsEnded },
    );
    return { userId: account.user.id, sessionsEnded };
  });
}
