// Reads one record the actor may see.
import type { Ctx } from '../../context.ts';
import type { RecordBase } from '../../domain/common.ts';
import { notFound } from '../../errors.ts';
import { authorize, readableLevels } from '../../policies/authorize.ts';
import type { RecordDef } from '../../commands/records/registry.ts';

/** One record by id or slug; not_found when missing or not visible to the actor. */
export async function getRecord<T extends RecordBase, F>(ctx: Ctx, def: RecordDef<T, F>, idOrSlug: string): Promise<T> {
  authorize(ctx.actor, 'read', def.type);
  const record = await def.repo.find(ctx.db, idOrSlug, readableLevels(ctx.actor));
  if (!record) throw notFound(def.type, idOrSlug);
  authorize(ctx.actor, 'read', def.type, record);
  return record;
}
