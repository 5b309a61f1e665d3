// Updates an appeal: the patch is merged over the stored appeal and the whole is validated again. Once published, the
// letter (title, addressees, occasion, date, texts, linked cases) is fixed; only the follow-up and signing settings move.
import type { Ctx } from '../../context.ts';
import {
  AppealInputSchema,
  appealFields,
  LOCKED_AFTER_PUBLICATION,
  PUBLISHED_STATUSES,
  type Appeal,
  type AppealFields,
} from '../../domain/appeal.ts';
import { canonicalJson } from '../../domain/digest.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { writeTransaction } from '../../db/database.ts';
import { appealRepo } from '../../db/repos/appeal.repo.ts';
import { AppError, notFound } from '../../errors.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { authorizeAppeal } from '../../policies/appeal.policy.ts';
import { appealSlug, auditAppeal, checkAppeal } from './appeal-support.ts';

/** Fields that follow a letter up after publication (editors may record them). */
const FOLLOW_UP = ['deliveries', 'responses', 'outcomes'] as const;

/** The stored appeal as input again. */
export function appealAsInput(a: Appeal): Record<string, unknown> {
  const {
    title,
    confidentiality,
    addressees,
    occasionEventId,
    deadline,
    letterDate,
    texts,
    caseIds,
    publicSigning,
    deliveries,
    responses,
    outcomes,
    slug,
  } = a;
  return {
    slug,
    title,
    confidentiality,
    addressees,
    occasionEventId,
    deadline,
    letterDate,
    texts,
    caseIds,
    publicSigning,
    deliveries,
    responses,
    outcomes,
  };
}

/** The editable fields that differ between two versions. */
function changedFields(before: AppealFields, after: AppealFields): (keyof AppealFields)[] {
  return (Object.keys(after) as (keyof AppealFields)[]).filter(
    (k) => canonicalJson(before[k]) !== canonicalJson(after[k]),
  );
}

/** Applies a patch to an appeal the actor may see; a patch that changes nothing writes nothing. */
export async function updateAppeal(ctx: Ctx, idOrSlug: string, patch: Record<string, unknown>): Promise<Appeal> {
  return writeTransaction(ctx.db, async (trx) => {
    const current = await appealRepo.find(trx, idOrSlug, readableLevels(ctx.actor));
    if (!current) throw notFound('appeal', idOrSlug);
    const parsed = parseOrThrow(AppealInputSchema, { ...appealAsInput(current), ...patch });
    const fields = appealFields(parsed);
    const changed = changedFields(current, fields);
    const published = PUBLISHED_STATUSES.includes(current.status);
    const followUpOnly = changed.every((k) => (FOLLOW_UP as readonly string[]).includes(k));
    authorizeAppeal(ctx.actor, published && followUpOnly ? 'follow_up' : 'update');
    if (published) {
      const locked = changed.find(
        (k) => (LOCKED_AFTER_PUBLICATION as readonly string[]).includes(k) || k === 'confidentiality',
      );
      if (locked)
        throw new AppError('conflict', `${locked}: the appeal is ${current.status}; its letter no longer changes`, {
          field: locked,
        });
      if (changed.some((k) => k === 'publicSigning' || k === 'deadline')) authorizeAppeal(ctx.actor, 'transition');
    }
    const slugWanted = typeof patch.slug === 'string' && patch.slug !== current.slug ? patch.slug : undefined;
    if (changed.length === 0 && !slugWanted) return current;
    const next: Appeal = { ...current, ...fields, updatedAt: ctx.now().toISOString() };
    await checkAppeal(ctx, trx, next);
    next.slug = await appealSlug(trx, next, slugWanted);
    await appealRepo.update(trx, next);
    await auditAppeal(ctx, trx, 'appeal.update', current, next);
    return next;
  });
}
