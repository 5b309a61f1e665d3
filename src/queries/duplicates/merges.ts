// Reading the merge log (editors): what was merged into what, when, by whom and why.
import type { Ctx } from '../../context.ts';
import { findMerge, latestMerges, mergesOf } from '../../db/repos/merge.repo.ts';
import type { PersonMergesTable } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { authorize } from '../../policies/authorize.ts';

/** One merge; not_found when there is none. */
export async function getMerge(ctx: Ctx, id: string): Promise<PersonMergesTable> {
  authorize(ctx.actor, 'update', 'person');
  const m = await findMerge(ctx.db, id);
  if (!m) throw notFound('merge', id);
  return m;
}

/** The latest merges, or those involving one person. */
export async function listMerges(ctx: Ctx, personId?: string, limit = 100): Promise<PersonMergesTable[]> {
  authorize(ctx.actor, 'update', 'person');
  return personId ? mergesOf(ctx.db, personId) : latestMerges(ctx.db, limit);
}
