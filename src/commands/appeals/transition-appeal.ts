// Moves an appeal along its lifecycle. Publishing freezes the case annex in every language, so the published letter
// never changes silently; closing starts the clock for anonymising its signers.
import type { Ctx } from '../../context.ts';
import { canMove, publicationProblems, type Appeal, type AppealStatus } from '../../domain/appeal.ts';
import { assertNoProblems } from '../../domain/validation.ts';
import { writeTransaction, type Trx } from '../../db/database.ts';
import { appealRepo } from '../../db/repos/appeal.repo.ts';
import { coSignatoryRepo } from '../../db/repos/co-signatory.repo.ts';
import { AppError, notFound } from '../../errors.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { authorizeAppeal } from '../../policies/appeal.policy.ts';
import { buildAnnexes } from '../../queries/appeals/annex.ts';
import { auditAppeal } from './appeal-support.ts';

/** Moves the appeal to `to` if the lifecycle and the actor's role allow it. */
export async function transitionAppeal(ctx: Ctx, idOrSlug: string, to: AppealStatus): Promise<Appeal> {
  return writeTransaction(ctx.db, (trx) => moveAppeal(ctx, trx, idOrSlug, to));
}

/** The transition inside the caller's write transaction (the demo loads a published appeal in one). */
export async function moveAppeal(ctx: Ctx, trx: Trx, idOrSlug: string, to: AppealStatus): Promise<Appeal> {
  {
    const current = await appealRepo.find(trx, idOrSlug, readableLevels(ctx.actor));
    if (!current) throw notFound('appeal', idOrSlug);
    authorizeAppeal(ctx.actor, 'transition', to);
    if (!canMove(current.status, to)) {
      throw new AppError('conflict', `status: an appeal cannot go from "${current.status}" to "${to}"`, {
        field: 'status',
        from: current.status,
        to,
      });
    }
    const now = ctx.now().toISOString();
    const next: Appeal = { ...current, status: to, updatedAt: now };
    if (to === 'published') {
      assertNoProblems(publicationProblems(current));
      next.publishedAt = now;
      next.annexFrozen = { at: now, byLang: await buildAnnexes(trx, current) };
      // Invitations nobody answered lapse: the published letter carries only those who confirmed.
      await coSignatoryRepo.expireInvitations(trx, current.id);
    }
    if (to === 'closed') next.closedAt = now;
    await appealRepo.update(trx, next);
    await auditAppeal(ctx, trx, `appeal.${to === 'published' ? 'publish' : 'transition'}`, current, next);
    return next;
  }
}
