// The deny rules every signing checks, read from the database at most every few seconds per process (a signing must not
// cost a query for rules that change a few times a year). A change made in this process is seen at once.
import type { Db } from '../../db/database.ts';
import { listDenyRules } from '../../db/repos/deny-rule.repo.ts';
import { denyMatcher, type DenyMatcher } from '../../domain/signature.ts';

const TTL_MS = 5000;
const cache = new WeakMap<Db, { loadedAt: number; matcher: DenyMatcher }>();

/** The compiled deny rules of a database, at most TTL_MS old. */
export async function denyRulesOf(db: Db, now: Date): Promise<DenyMatcher> {
  const hit = cache.get(db);
  if (hit && now.getTime() - hit.loadedAt < TTL_MS && now.getTime() >= hit.loadedAt) return hit.matcher;
  const matcher = denyMatcher(await listDenyRules(db));
  cache.set(db, { loadedAt: now.getTime(), matcher });
  return matcher;
}

/** Drops the cached rules of a database (after a rule was added or removed here). */
export function forgetDenyRules(db: Db): void {
  cache.delete(db);
}
