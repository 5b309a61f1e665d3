// The history of one record: its audit entries, newest first, for editors and above.
import type { Ctx } from '../../context.ts';
import type { RecordBase } from '../../domain/common.ts';
import { auditOfRecord, type AuditEntry } from '../../db/repos/audit.repo.ts';
import { authorizeHistory, readableLevels } from '../../policies/authorize.ts';
import { notFound } from '../../errors.ts';
import type { RecordDef } from '../../commands/records/registry.ts';

/**
 * The audit entries of one record the actor may see (at most `limit`, newest first). The role is checked before the
 * record is looked up, so a refused caller learns nothing about which records exist.
 */
export async function recordHistory<T extends RecordBase, F>(ctx: Ctx, def: RecordDef<T, F>, idOrSlug: string, limit = 100): Promise<AuditEntry[]> {
  authorizeHistory(ctx.actor);
  // Restricted values are not needed to find the record: they stay encrypted.
  const record = await def.repo.find(ctx.db, idOrSlug, readableLevels(ctx.actor), null);
  if (!record) throw notFound(def.type, idOrSlug);
  return auditOfRecord(ctx.db, def.type, record.id, limit);
}
