// The history of one record: its audit entries, newest first, for editors and above.
import type { Ctx } from '../../context.ts';
import type { RecordBase } from '../../domain/common.ts';
import { auditOfRecord, versionsOfRecord, type AuditEntry } from '../../db/repos/audit.repo.ts';
import { diffRecords, type FieldChange } from '../../domain/record-diff.ts';
import { authorizeHistory, readableLevels } from '../../policies/authorize.ts';
import { notFound } from '../../errors.ts';
import type { RecordDef } from '../../records/registry.ts';

/** An audit entry of a record with the fields its write changed (none for reads and deletions). */
export type HistoryItem = AuditEntry & { changes: FieldChange[] };

/**
 * The audit entries of one record the actor may see (at most `limit`, newest first). The role is checked before the
 * record is looked up, so a refused caller learns nothing about which records exist.
 */
export async function recordHistory<T extends RecordBase, F>(
  ctx: Ctx,
  def: RecordDef<T, F>,
  idOrSlug: string,
  limit = 100,
): Promise<HistoryItem[]> {
  authorizeHistory(ctx.actor);
  // Restricted values are not needed to find the record: they stay encrypted.
  const record = await def.repo.find(ctx.db, idOrSlug, readableLevels(ctx.actor), null);
  if (!record) throw notFound(def.type, idOrSlug);
  return changesOf(ctx, def.type, record.id, limit);
}

/** The audit entries of one record (already found visible) with the fields each write changed, newest first. */
export async function changesOf(ctx: Ctx, type: string, id: string, limit = 100): Promise<HistoryItem[]> {
  const [entries, versions] = await Promise.all([
    auditOfRecord(ctx.db, type, id, limit),
    versionsOfRecord(ctx.db, type, id),
  ]);
  const seqs = [...versions.keys()];
  return entries.map((e) => {
    const after = versions.get(e.seq);
    // The state before a write is the one after the write before it.
    const previous = seqs.filter((s) => s < e.seq).pop();
    return {
      ...e,
      changes: after ? diffRecords(previous === undefined ? undefined : versions.get(previous), after) : [],
    };
  });
}
