// The batched counter: the public count of an appeal is refreshed from its confirmed signatures every few seconds, for
// the appeals that had confirmations or invalidations since shortly before the last run. Never a +1 on the appeal row
// per signature (one hot row would serialise every confirmation). Appeals whose counting is paused are left as they are.
import type { Ctx } from '../../context.ts';
import { appealsNeverCounted, appealsWithNewConfirmations, refreshCounts } from '../../db/repos/signature.repo.ts';

/**
 * How far back a run looks for changes, beyond the interval itself: a confirmation is stamped when its transaction starts
 * and seen when it commits, and the processes' clocks may differ a little.
 */
const OVERLAP_MS = 30_000;

/** Recounts the appeals with changes in the recent past; returns how many were recounted. */
export async function refreshSignatureCounts(ctx: Ctx): Promise<number> {
  const now = ctx.now();
  const since = new Date(now.getTime() - ctx.config.signon.countIntervalMs - OVERLAP_MS).toISOString();
  const ids = [
    ...new Set([...(await appealsWithNewConfirmations(ctx.db, since)), ...(await appealsNeverCounted(ctx.db))]),
  ];
  await refreshCounts(ctx.db, ids, now.toISOString());
  return ids.length;
}
