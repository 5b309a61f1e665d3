// The version of an appeal's public page: a cached copy (src/web/pages/public-page-cache.ts) is served only while it is
// the same. It changes with any edit (updated_at), a new count, publication, closing, a confidentiality change, and
// the moment signing opens or closes.
import type { Ctx } from '../../context.ts';
import { appealDependenciesStamp, appealPageState } from '../../db/repos/page-version.repo.ts';
import { signingOpen } from '../../domain/appeal.ts';
import { readableLevels } from '../../policies/authorize.ts';

/** The page version of an appeal as the actor may see it, or null when there is no such appeal for them. */
export async function appealPageVersion(ctx: Ctx, idOrSlug: string): Promise<string | null> {
  const a = await appealPageState(ctx.db, idOrSlug, readableLevels(ctx.actor));
  if (!a) return null;
  // The annex and the co-signatories come from other rows: their latest changes are part of the version too.
  const deps = await appealDependenciesStamp(ctx.db, a.id);
  return [
    a.id,
    a.updatedAt,
    a.status,
    a.confidentiality,
    a.signatureCount,
    a.countRefreshedAt,
    a.closedAt,
    signingOpen(a, ctx.now()),
    deps,
  ].join('|');
}
