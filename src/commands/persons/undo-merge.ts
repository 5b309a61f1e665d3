// Undoes a merge: the merged person comes back under its own id with its own names, the records that were moved
// back to it (those still pointing at the survivor), and the survivor's merged-in names and facts are taken away again.
import { z } from 'zod';
import { actorLabel, type Ctx } from '../../context.ts';
import { CONFIDENTIALITY } from '../../domain/vocabulary.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { writeTransaction } from '../../db/database.ts';
import {
  findMerge,
  markUndone,
  movePointers,
  rawPerson,
  restorePerson,
  setPersonColumns,
} from '../../db/repos/merge.repo.ts';
import { personRepo } from '../../db/repos/person.repo.ts';
import { slugTaken } from '../../db/repos/shared.ts';
import type { PersonMergesTable, PersonsTable } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import { authorize } from '../../policies/authorize.ts';
import { reindexRecord } from '../search/index-record.ts';
import { auditWrite } from '../records/write-support.ts';
import { auditedMove, MERGED_COLUMNS, type MergeSnapshot } from './merge-support.ts';

export const UndoMergeInputSchema = z.object({ mergeId: z.string().min(1).max(40) });

/** Undoes one merge in one transaction; returns the merge as now recorded. */
export async function undoMerge(ctx: Ctx, input: z.input<typeof UndoMergeInputSchema>): Promise<PersonMergesTable> {
  const { mergeId } = parseOrThrow(UndoMergeInputSchema, input);
  authorize(ctx.actor, 'delete', 'person');
  authorize(ctx.actor, 'update', 'person');
  return writeTransaction(ctx.db, async (trx) => {
    const merge = await findMerge(trx, mergeId);
    if (!merge) throw notFound('merge', mergeId);
    if (merge.undone_at) throw new AppError('conflict', 'This merge has already been undone');
    const snap = JSON.parse(merge.snapshot) as MergeSnapshot;
    const survivorNow = await rawPerson(trx, merge.survivor_id);
    if (!survivorNow)
      throw new AppError(
        'conflict',
        'The person this one was merged into no longer exists (merged again or deleted): undo that first',
      );
    if (await rawPerson(trx, merge.merged_id))
      throw new AppError('conflict', 'A person with the merged id exists again');
    const now = ctx.now().toISOString();
    const survivorBefore = await personRepo.find(trx, merge.survivor_id, CONFIDENTIALITY, ctx.keyring);

    const row = { ...snap.merged.row };
    // The old slug may have been taken since; the id always works as a slug.
    if (await slugTaken(trx, 'persons', row.slug, row.id)) row.slug = row.id.toLowerCase();
    await restorePerson(trx, { row, names: snap.merged.names });
    await auditedMove(ctx, trx, snap.moved, 'unmerge', () =>
      movePointers(trx, snap.moved, merge.survivor_id, merge.merged_id, now),
    );

    // The survivor loses the names the merge added, and each merged column it has not changed since goes back.
    const restore: Partial<PersonsTable> = {};
    for (const col of MERGED_COLUMNS) {
      if (survivorNow.row[col] === snap.survivorAfter[col])
        (restore as Record<string, unknown>)[col] = snap.survivorBefore[col];
    }
    await setPersonColumns(trx, merge.survivor_id, { ...restore, updated_at: now });
    const current = (await personRepo.find(trx, merge.survivor_id, CONFIDENTIALITY, ctx.keyring))!;
    const addedKeys = new Set(snap.addedNames.map((n) => `${n.script}\u0000${n.full}`));
    const names = current.names.filter((n) => !addedKeys.has(`${n.script}\u0000${n.full}`));
    await personRepo.update(trx, { ...current, names: names.length > 0 ? names : current.names }, ctx.keyring);

    await markUndone(trx, merge.id, actorLabel(ctx.actor), now);
    const survivorAfter = await personRepo.find(trx, merge.survivor_id, CONFIDENTIALITY, ctx.keyring);
    const restored = await personRepo.find(trx, merge.merged_id, CONFIDENTIALITY, ctx.keyring);
    await auditWrite(ctx, trx, 'person.unmerge', 'person', merge.survivor_id, survivorBefore, survivorAfter);
    await auditWrite(ctx, trx, 'person.unmerge', 'person', merge.merged_id, null, restored);
    await reindexRecord(trx, 'person', merge.survivor_id);
    await reindexRecord(trx, 'person', merge.merged_id);
    return { ...merge, undone_by: actorLabel(ctx.actor), undone_at: now };
  });
}
