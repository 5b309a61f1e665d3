// One-time recovery codes, stored as SHA-256 hashes of their normalised form.
import type { Executor, Trx } from '../database.ts';

/** Replaces all of a user's recovery codes with new ones (given as hashes). */
export async function replaceRecoveryCodes(
  trx: Trx,
  userId: string,
  rows: { id: string; hash: string }[],
  nowIso: string,
): Promise<void> {
  await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  if (rows.length === 0) return;
  await trx
    .insertInto('recovery_codes')
    .values(rows.map((r) => ({ id: r.id, user_id: userId, code_hash: r.hash, created_at: nowIso, used_at: null })))
    .execute();
}

/** Spends one of the user's unused codes; false when the user has no such unused code. */
export async function spendRecoveryCode(trx: Trx, userId: string, hash: string, nowIso: string): Promise<boolean> {
  const res = await trx
    .updateTable('recovery_codes')
    .set({ used_at: nowIso })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** How many unused recovery codes a user has left. */
export async function countUnusedRecoveryCodes(db: Executor, userId: string): Promise<number> {
  const r = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
