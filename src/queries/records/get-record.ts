// Reads one record the actor may see.
import type { Ctx } from '../../context.ts';
import type { RecordBase } from '../../domain/common.ts';
import { ContentKeys, type RestrictedKeys } from '../../db/repos/shared.ts';
import { notFound } from '../../errors.ts';
import { authorize, canReadRestricted, readableLevels } from '../../policies/authorize.ts';
import type { RecordDef } from '../../records/registry.ts';

/** The keys to decrypt restricted fields with for this actor: none (they stay encrypted) unless the actor is cleared. */
export function readerKeys(ctx: Ctx): RestrictedKeys {
  return canReadRestricted(ctx.actor) ? ctx.keyring : null;
}

/** Keys that open sealed records (restricted as a whole) for a cleared actor, but no restricted fields: lists and exports. */
export function contentKeys(ctx: Ctx): RestrictedKeys {
  return canReadRestricted(ctx.actor) ? new ContentKeys(ctx.keyring) : null;
}

/**
 * One record by id or slug; not_found when missing or not visible to the actor. Restricted fields are decrypted only
 * for actors cleared to read them (for others `restricted` is empty); whoever shows them records the read (auditRestrictedRead).
 */
export async function getRecord<T extends RecordBase, F>(ctx: Ctx, def: RecordDef<T, F>, idOrSlug: string): Promise<T> {
  authorize(ctx.actor, 'read', def.type);
  const record = await def.repo.find(ctx.db, idOrSlug, readableLevels(ctx.actor), readerKeys(ctx));
  if (!record) throw notFound(def.type, idOrSlug);
  authorize(ctx.actor, 'read', def.type, record);
  return record;
}
