// What the account page shows its owner: live sessions, API tokens, and the state of the second factor.
import type { Ctx } from '../../context.ts';
import { listLiveSessions } from '../../db/repos/session.repo.ts';
import { countUnusedRecoveryCodes } from '../../db/repos/recovery-code.repo.ts';
import { findAccountById, listTokens } from '../../db/repos/user.repo.ts';
import { SESSION_IDLE_MS, type Session } from '../../domain/account.ts';
import type { ApiToken, User } from '../../domain/user.ts';
import { AppError } from '../../errors.ts';

/** The account page's content (no secrets: tokens by prefix, sessions by browser family and times). */
export interface AccountOverview {
  user: User;
  totpEnabled: boolean;
  recoveryCodesLeft: number;
  sessions: Session[];
  tokens: ApiToken[];
}

/** The acting user's own account overview. */
export async function accountOverview(ctx: Ctx): Promise<AccountOverview> {
  if (ctx.actor.kind !== 'user') throw new AppError('unauthorized', 'Sign in first');
  const account = await findAccountById(ctx.db, ctx.actor.id);
  if (!account) throw new AppError('unauthorized', 'Sign in first');
  const now = ctx.now();
  const [sessions, tokens, recoveryCodesLeft] = await Promise.all([
    listLiveSessions(
      ctx.db,
      account.user.id,
      now.toISOString(),
      new Date(now.getTime() - SESSION_IDLE_MS).toISOString(),
    ),
    listTokens(ctx.db, account.user.id),
    countUnusedRecoveryCodes(ctx.db, account.user.id),
  ]);
  return { user: account.user, totpEnabled: account.totpEnabled, recoveryCodesLeft, sessions, tokens };
}
