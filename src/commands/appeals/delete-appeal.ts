// Deletes an appeal that was never published (a published letter stays on record; close it instead).
import type { Ctx } from '../../context.ts';
import { writeTransaction } from '../../db/database.ts';
import { appealRepo } from '../../db/repos/appeal.repo.ts';
import { AppError, notFound } from '../../errors.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { authorizeAppeal } from '../../policies/appeal.policy.ts';
import { auditAppeal } from './appeal-support.ts';

/** Removes a draft or collecting appeal with its texts and co-signatories. */
export async function deleteAppeal(ctx: Ctx, idOrSlug: string): Promise<void> {
  await writeTransaction(ctx.db, async (trx) => {
    const current = await appealRepo.find(trx, idOrSlug, readableLevels(ctx.actor));
    if (!current) throw notFound('appeal', idOrSlug);
    authorizeAppeal(ctx.actor, 'delete');
    if (current.status !== 'draft' && current.status !== 'collecting') {
      throw new AppError('conflict', `status: a ${current.status} appeal is kept on record; close it instead`, {
        field: 'status',
      });
    }
    await appealRepo.remove(trx, current.id);
    await auditAppeal(ctx, trx, 'appeal.delete', current, null);
  });
}
