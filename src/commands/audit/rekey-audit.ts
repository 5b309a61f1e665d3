// Re-keys an audit chain written before keyed hashing, once, under the key file's audit key.
import type { Ctx } from '../../context.ts';
import { writeTransaction } from '../../db/database.ts';
import { rekeyChain, type RekeyReport } from '../../db/repos/audit.repo.ts';
import { AppError } from '../../errors.ts';

/**
 * Re-keys the chain if it still holds plain SHA-256 hashes (the next write would do it too); null when it was keyed.
 * The report says whether the plain chain was intact, and an `audit.rekey` entry keeps that in the chain.
 */
export async function rekeyAudit(ctx: Ctx): Promise<RekeyReport | null> {
  // Only the operator's command line re-keys explicitly; web requests re-key through their first write.
  if (ctx.actor.kind !== 'system') throw new AppError('forbidden', 'Only the command line re-keys the audit chain');
  return writeTransaction(ctx.db, (trx) => rekeyChain(trx, ctx.keyring, ctx.now().toISOString()));
}
