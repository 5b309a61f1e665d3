// Steps the appeal commands share: reference checks, slugs, the audit entry.
import type { Ctx } from '../../context.ts';
import type { Appeal, AppealFields } from '../../domain/appeal.ts';
import { appealProblems } from '../../domain/appeal.ts';
import { assertNoProblems } from '../../domain/validation.ts';
import type { Trx } from '../../db/database.ts';
import { appealRepo } from '../../db/repos/appeal.repo.ts';
import { recordExists } from '../../db/repos/shared.ts';
import { AppError } from '../../errors.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { makeSlug } from '../../records/registry.ts';
import { auditWrite } from '../records/write-support.ts';
import { reindexRecord } from '../search/index-record.ts';

/** Checks the appeal's rules, the actor's right to its level and that every event, case and source it names exists. */
export async function checkAppeal(ctx: Ctx, trx: Trx, a: AppealFields & Pick<Appeal, 'status'>): Promise<void> {
  const levels = readableLevels(ctx.actor);
  if (!levels.includes(a.confidentiality))
    throw new AppError('forbidden', `Your role may not write ${a.confidentiality} appeals`, {
      field: 'confidentiality',
    });
  assertNoProblems(appealProblems(a));
  const refs: [string, 'events' | 'cases' | 'sources', string][] = [
    ...(a.occasionEventId ? [['occasionEventId', 'events', a.occasionEventId] as [string, 'events', string]] : []),
    ...a.caseIds.map((id, i) => [`caseIds.${i}`, 'cases', id] as [string, 'cases', string]),
    ...a.responses.flatMap((r, i) =>
      r.sourceId ? [[`responses.${i}.sourceId`, 'sources', r.sourceId] as [string, 'sources', string]] : [],
    ),
  ];
  for (const [field, table, id] of refs) {
    if (!(await recordExists(trx, table, id, levels))) {
      throw new AppError('validation_failed', `${field}: no ${table.slice(0, -1)} with id "${id}"`, { field });
    }
  }
}

/** The slug asked for (refused if taken), the current one, or a fresh one from the title; restricted appeals use their id. */
export async function appealSlug(
  trx: Trx,
  a: Pick<Appeal, 'id' | 'slug' | 'title' | 'confidentiality'>,
  wanted: string | undefined,
): Promise<string> {
  if (a.confidentiality === 'restricted') return a.id.toLowerCase();
  if (wanted) {
    if (await appealRepo.slugTaken(trx, wanted, a.id))
      throw new AppError('conflict', `slug: "${wanted}" is already used by another appeal`, { field: 'slug' });
    return wanted;
  }
  if (a.slug) return a.slug;
  const base = makeSlug(a.title);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await appealRepo.slugTaken(trx, candidate, a.id))) return candidate;
  }
}

/** The appeal as the audit log digests it: its content without the counter, which the count job moves on its own. */
export function auditedAppeal(a: Appeal | null): unknown {
  if (!a) return null;
  const { signatureCount: _c, countRefreshedAt: _r, ...rest } = a;
  return rest;
}

/** Records one appeal write in the audit chain and the search index, inside the write's transaction. */
export async function auditAppeal(
  ctx: Ctx,
  trx: Trx,
  action: string,
  before: Appeal | null,
  after: Appeal | null,
): Promise<void> {
  const id = (after ?? before)?.id;
  if (!id) throw new Error('an audited appeal write needs the appeal');
  await auditWrite(ctx, trx, action, 'appeal', id, auditedAppeal(before), auditedAppeal(after));
  // The search index follows every write of an appeal's content, in the same transaction.
  await reindexRecord(trx, 'appeal', id);
}
