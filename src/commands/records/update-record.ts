// Updates a record: the patch is merged over the stored record and the whole is validated again.
import type { Ctx } from '../../context.ts';
import type { RecordBase } from '../../domain/common.ts';
import { digestOf } from '../../domain/digest.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { writeTransaction } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { authorize, authorizeRestrictedWrite, canReadRestricted, readableLevels } from '../../policies/authorize.ts';
import type { RecordDef } from '../../records/registry.ts';
import { auditWrite, checkRecord, chooseSlug, sealHistory } from './write-support.ts';
import { indexRecord } from '../search/index-record.ts';

/** The stored record as input again: everything but id and timestamps. */
function asInput(record: RecordBase): Record<string, unknown> {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = record;
  return rest;
}

/**
 * The patch an actor may apply. Someone not cleared for restricted fields cannot see them, so an empty `restricted`
 * from them (a form that never showed the fields) is dropped and the stored values stay; a non-empty one is refused.
 */
function ownPatch(ctx: Ctx, patch: Record<string, unknown>): Record<string, unknown> {
  if (canReadRestricted(ctx.actor) || !('restricted' in patch)) return patch;
  const { restricted, ...rest } = patch;
  if (restricted !== undefined && Object.keys(restricted ?? {}).length > 0) authorizeRestrictedWrite(ctx.actor);
  return rest;
}

/**
 * Applies `patch` (top-level fields replace, arrays and the restricted map replace whole) to the record; a patch that
 * changes nothing writes nothing. Restricted fields not in the patch are kept as stored.
 */
export async function updateRecord<T extends RecordBase, F>(
  ctx: Ctx,
  def: RecordDef<T, F>,
  idOrSlug: string,
  patch: Record<string, unknown>,
): Promise<T> {
  authorize(ctx.actor, 'update', def.type);
  const own = ownPatch(ctx, patch);
  const keyring = ctx.keyring;
  return writeTransaction(ctx.db, async (trx) => {
    // Read with the keys whatever the actor may see: the stored restricted values must be written back unchanged.
    const current = await def.repo.find(trx, idOrSlug, readableLevels(ctx.actor), keyring);
    if (!current) throw notFound(def.type, idOrSlug);
    authorize(ctx.actor, 'update', def.type, current);
    const parsed = parseOrThrow(def.input, { ...asInput(current), ...own });
    const base = { id: current.id, slug: current.slug, createdAt: current.createdAt, updatedAt: current.updatedAt };
    const draft = def.build(parsed, base, current, ctx.now().toISOString());
    if (digestOf(draft) === digestOf(current)) return current;
    await checkRecord(ctx, trx, def, draft);
    const record = {
      ...draft,
      slug: await chooseSlug(trx, def, draft, (parsed as { slug?: string }).slug),
      updatedAt: ctx.now().toISOString(),
    };
    await def.repo.update(trx, record, keyring);
    await indexRecord(trx, def.type, record);
    await auditWrite(ctx, trx, `${def.type}.update`, def.type, record.id, current, record);
    // Sealed now: the versions kept from while it was readable in clear are sealed too, in the same transaction.
    if (record.confidentiality === 'restricted' && current.confidentiality !== 'restricted')
      await sealHistory(ctx, trx, def.type, record.id);
    return record;
  });
}
