// Seals the restricted records an older version of Vigil stored in clear. The migration that introduced sealing lists
// them (it cannot read the key file); this step, run with the keys at every start and by every `vigil` command, seals
// each one in its own small transaction and takes it off the list, so an interrupted run simply continues next time.
import type { Ctx } from '../../context.ts';
import { writeTransaction, type Trx } from '../../db/database.ts';
import { donePendingSeal, pendingSeals, restrictedBlobOf, type PendingSeal } from '../../db/repos/restricted.repo.ts';
import { isSealedBlob, type RecordRepo } from '../../db/repos/shared.ts';
import type { RecordBase } from '../../domain/common.ts';
import { compactIndex, removeDoc } from '../../db/repos/search.repo.ts';
import { DEFS } from '../../records/registry.ts';
import { auditWrite, sealHistory } from './write-support.ts';

const TYPE_OF_TABLE = {
  persons: 'person',
  organisations: 'organisation',
  events: 'event',
  cases: 'case',
  sources: 'source',
} as const;
const BATCH = 100;

/** Seals one listed record if it is still restricted and in clear; true when it was sealed now. */
async function sealOne(ctx: Ctx, trx: Trx, p: PendingSeal): Promise<boolean> {
  const type = TYPE_OF_TABLE[p.table as keyof typeof TYPE_OF_TABLE];
  if (!type) return false;
  // Any of the sealable types: the generic repository shape is all this needs.
  const repo = DEFS[type].repo as unknown as RecordRepo<RecordBase, unknown>;
  // Read in clear with the keys (its restricted fields are kept); a record since deleted, merged or made public is skipped.
  const record = await repo.find(trx, p.id, ['restricted'], ctx.keyring);
  if (!record || record.id !== p.id || isSealedBlob(ctx.keyring, p.id, await restrictedBlobOf(trx, p.table, p.id)))
    return false;
  await repo.update(trx, record, ctx.keyring);
  // The document goes; the index's pages are purged once for the whole run, below.
  await removeDoc(trx, type, p.id);
  await sealHistory(ctx, trx, type, p.id);
  await auditWrite(ctx, trx, `${type}.seal`, type, p.id, null, null);
  return true;
}

/**
 * Seals every listed restricted record (content into the encrypted blob, names and child rows out of the clear
 * columns, no search document, versions rewritten) and returns how many. A missing or wrong key file fails here, loudly.
 */
export async function sealPendingRecords(ctx: Ctx): Promise<number> {
  let sealed = 0;
  for (;;) {
    const batch = await pendingSeals(ctx.db, BATCH);
    if (batch.length === 0) break;
    sealed += await writeTransaction(ctx.db, async (trx) => {
      let n = 0;
      for (const p of batch) {
        if (await sealOne(ctx, trx, p)) n += 1;
        await donePendingSeal(trx, p);
      }
      return n;
    });
  }
  // The words of the removed documents would otherwise stay in SQLite's older full-text segments.
  if (sealed > 0) await compactIndex(ctx.db);
  return sealed;
}
