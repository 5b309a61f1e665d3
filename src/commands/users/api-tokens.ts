// A signed-in user's own API tokens: created from the account page (the secret is shown once) and revoked there.
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import type { ApiToken } from '../../domain/user.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { writeTransaction } from '../../db/database.ts';
import { revokeUserToken } from '../../db/repos/user.repo.ts';
import { AppError } from '../../errors.ts';
import { auditWrite } from '../records/write-support.ts';
import { issueToken } from './add-user.ts';

const TokenNameSchema = z.object({ name: z.string().trim().min(1, 'give the token a name').max(100) });

/** The acting user's id, or 401. */
function actingUserId(ctx: Ctx): string {
  if (ctx.actor.kind !== 'user') throw new AppError('unauthorized', 'Sign in first');
  return ctx.actor.id;
}

/** Creates an API token for the acting user; the secret is returned here and never again. */
export async function createOwnToken(ctx: Ctx, input: unknown): Promise<{ token: ApiToken; secret: string }> {
  const userId = actingUserId(ctx);
  const { name } = parseOrThrow(TokenNameSchema, input);
  return writeTransaction(ctx.db, (trx) => issueToken(ctx, trx, userId, name));
}

/** Revokes one of the acting user's own tokens; 404 for a token that is not theirs or already revoked. */
export async function revokeOwnToken(ctx: Ctx, tokenId: string): Promise<void> {
  const userId = actingUserId(ctx);
  await writeTransaction(ctx.db, async (trx) => {
    if (!(await revokeUserToken(trx, userId, tokenId, ctx.now().toISOString())))
      throw new AppError('not_found', 'No such token');
    await auditWrite(ctx, trx, 'token.revoke', 'user', userId, null, { tokenId });
  });
}
