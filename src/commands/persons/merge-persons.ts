// Merges one person into another after an editor has confirmed they are the same: every name is kept, cases,
// memberships and citations move to the survivor, and the merged id and slug keep resolving. Never automatic.
import { ulid } from 'ulid';
import { z } from 'zod';
import { actorLabel, type Ctx } from '../../context.ts';
import { IdSchema } from '../../domain/common.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { writeTransaction } from '../../db/database.ts';
import {
  insertMerge,
  movePointers,
  pointingAt,
  rawPerson,
  removePersonRow,
  type Moved,
} from '../../db/repos/merge.repo.ts';
import { personRepo } from '../../db/repos/person.repo.ts';
import type { PersonMergesTable } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import { authorize, authorizeRestrictedWrite, readableLevels } from '../../policies/authorize.ts';
import { indexRecord, unindexRecord } from '../search/index-record.ts';
import { auditWrite } from '../records/write-support.ts';
import { auditedMove, combine, type MergeSnapshot } from './merge-support.ts';

/** What a merge takes: the person that stays, the one merged into it, and why. */
export const MergeInputSchema = z.object({
  survivorId: IdSchema.describe('The person that stays'),
  mergedId: IdSchema.describe('The person merged into it; its id keeps resolving to the survivor'),
  reason: z.string().trim().min(3).max(2000).describe('Why they are the same person (kept with the merge)'),
});
export type MergeInput = z.input<typeof MergeInputSchema>;

/** Merges `mergedId` into `survivorId` in one transaction; returns the merge as recorded. */
export async function mergePersons(ctx: Ctx, input: MergeInput): Promise<PersonMergesTable> {
  const { survivorId, mergedId, reason } = parseOrThrow(MergeInputSchema, input);
  // A record disappears: the right to delete persons, and (since restricted values move) to write restricted fields.
  authorize(ctx.actor, 'delete', 'person');
  authorize(ctx.actor, 'update', 'person');
  if (survivorId === mergedId)
    throw new AppError('validation_failed', 'mergedId: a person cannot be merged into itself', { field: 'mergedId' });
  return writeTransaction(ctx.db, async (trx) => {
    const levels = readableLevels(ctx.actor);
    const survivor = await personRepo.find(trx, survivorId, levels, ctx.keyring);
    const merged = await personRepo.find(trx, mergedId, levels, ctx.keyring);
    // Only persons under their own ids: an id that already resolves through an earlier merge is not a person to merge.
    if (!survivor || survivor.id !== survivorId) throw notFound('person', survivorId);
    if (!merged || merged.id !== mergedId) throw notFound('person', mergedId);
    if (Object.keys(merged.restricted).length > 0) authorizeRestrictedWrite(ctx.actor);
    const now = ctx.now().toISOString();
    const mergedRaw = (await rawPerson(trx, mergedId))!;
    const survivorBefore = (await rawPerson(trx, survivorId))!.row;
    const { person, added } = combine(survivor, merged);
    const result = { ...person, updatedAt: now };
    await personRepo.update(trx, result, ctx.keyring);
    const moved: Moved = await pointingAt(trx, mergedId);
    await auditedMove(ctx, trx, moved, 'merge', () => movePointers(trx, moved, mergedId, survivorId, now));
    await removePersonRow(trx, mergedId);
    const snapshot: MergeSnapshot = {
      merged: mergedRaw,
      survivorBefore,
      survivorAfter: (await rawPerson(trx, survivorId))!.row,
      addedNames: added,
      moved,
    };
    const row: PersonMergesTable = {
      id: ulid(),
      survivor_id: survivorId,
      merged_id: mergedId,
      merged_slug: merged.slug,
      reason,
      merged_by: actorLabel(ctx.actor),
      merged_at: now,
      undone_by: null,
      undone_at: null,
      snapshot: JSON.stringify(snapshot),
    };
    await insertMerge(trx, row);
    await auditWrite(ctx, trx, 'person.merge', 'person', survivorId, survivor, {
      ...result,
      mergedFrom: mergedId,
      mergeId: row.id,
      reason,
    });
    await auditWrite(ctx, trx, 'person.merged_into', 'person', mergedId, merged, {
      mergedInto: survivorId,
      mergeId: row.id,
      reason,
    });
    await indexRecord(trx, 'person', result);
    await unindexRecord(trx, 'person', mergedId);
    return row;
  });
}
