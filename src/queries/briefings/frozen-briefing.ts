// Reading a frozen briefing: it holds whatever its author could see, so only those who may draft appeals read it.
import type { Ctx } from '../../context.ts';
import { briefingRepo, type FrozenBriefing } from '../../db/repos/briefing.repo.ts';
import { AppError } from '../../errors.ts';
import { authorizeAppeal } from '../../policies/appeal.policy.ts';

/** One frozen briefing, for editors, coordinators and admins. */
export async function getFrozenBriefing(ctx: Ctx, id: string): Promise<FrozenBriefing> {
  authorizeAppeal(ctx.actor, 'update');
  const frozen = /^[0-9A-HJKMNP-TV-Z]{26}$/.test(id) ? await briefingRepo.find(ctx.db, id) : undefined;
  if (!frozen) throw new AppError('not_found', `No briefing with id "${id}"`);
  return frozen;
}
