// A coordinator sets the order co-signatories appear in under the letter, or withdraws one on their behalf.
import type { Ctx } from '../../context.ts';
import type { CoSignatory } from '../../domain/co-signatory.ts';
import { writeTransaction } from '../../db/database.ts';
import { coSignatoryRepo } from '../../db/repos/co-signatory.repo.ts';
import { AppError } from '../../errors.ts';
import { auditWrite } from '../records/write-support.ts';
import { auditedCoSignatory, openForCoSigning } from './invite-co-signatory.ts';

/** Puts the appeal's co-signatories in the given order; the list must name each of them exactly once. */
export async function orderCoSignatories(
  ctx: Ctx,
  appealIdOrSlug: string,
  ids: readonly string[],
): Promise<CoSignatory[]> {
  return writeTransaction(ctx.db, async (trx) => {
    const appeal = await openForCoSigning(ctx, trx, appealIdOrSlug);
    const current = await coSignatoryRepo.ofAppeal(trx, appeal.id);
    const known = new Set(current.map((c) => c.id));
    if (ids.length !== known.size || new Set(ids).size !== ids.length || ids.some((id) => !known.has(id))) {
      throw new AppError('validation_failed', 'ids: name every co-signatory of the appeal exactly once', {
        field: 'ids',
      });
    }
    await coSignatoryRepo.reorder(trx, appeal.id, ids);
    await auditWrite(
      ctx,
      trx,
      'appeal.co_signatory.order',
      'appeal',
      appeal.id,
      { order: current.map((c) => c.id) },
      { order: ids },
    );
    return coSignatoryRepo.ofAppeal(trx, appeal.id);
  });
}

/** Withdraws a co-signatory on their behalf (they asked by phone, say); closes any open link. */
export async function withdrawCoSignatory(ctx: Ctx, appealIdOrSlug: string, id: string): Promise<CoSignatory> {
  return writeTransaction(ctx.db, async (trx) => {
    const appeal = await openForCoSigning(ctx, trx, appealIdOrSlug);
    const current = await coSignatoryRepo.find(trx, appeal.id, id);
    if (!current) throw new AppError('not_found', `No co-signatory with id "${id}" on this appeal`);
    if (current.status === 'withdrawn') return current;
    const next: CoSignatory = {
      ...current,
      status: 'withdrawn',
      withdrawnAt: ctx.now().toISOString(),
      linkOpen: false,
    };
    await coSignatoryRepo.answer(trx, next, null);
    await auditWrite(
      ctx,
      trx,
      'appeal.co_signatory.withdraw',
      'appeal',
      appeal.id,
      auditedCoSignatory(current),
      auditedCoSignatory(next),
    );
    return next;
  });
}
