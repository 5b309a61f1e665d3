// Updates a record: the patch is merged over the stored record and the whole is validated again.
import type { Ctx } from '../../context.ts';
import type { RecordBase } from '../../domain/common.ts';
import { digestOf } from '../../domain/digest.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { writeTransaction } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { authorize, readableLevels } from '../../policies/authorize.ts';
import type { RecordDef } from './registry.ts';
import { auditWrite, checkRecord, chooseSlug } from './write-support.ts';

/** The stored record as input again: everything but id and timestamps. */
function asInput(record: RecordBase): Record<string, unknown> {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = record;
  return rest;
}

/** Applies `patch` (top-level fields replace, arrays replace whole) to the record; a patch that changes nothing writes nothing. */
export async function updateRecord<T extends RecordBase, F>(ctx: Ctx, def: RecordDef<T, F>, idOrSlug: string, patch: Record<string, unknown>): Promise<T> {
  authorize(ctx.actor, 'update', def.type);
  return writeTransaction(ctx.db, async (trx) => {
    const current = await def.repo.find(trx, idOrSlug, readableLevels(ctx.actor));
    if (!current) throw notFound(def.type, idOrSlug);
    authorize(ctx.actor, 'update', def.type, current);
    const parsed = parseOrThrow(def.input, { ...asInput(current), ...patch });
    const base = { id: current.id, slug: current.slug, createdAt: current.createdAt, updatedAt: current.updatedAt };
    const draft = def.build(parsed, base, current);
    if (digestOf(draft) === digestOf(current)) return current;
    await checkRecord(ctx, trx, def, draft);
    const record = { ...draft, slug: await chooseSlug(trx, def, draft, (parsed as { slug?: string }).slug), updatedAt: ctx.now().toISOString() };
    await def.repo.update(trx, record);
    await auditWrite(ctx, trx, `${def.type}.update`, def.type, record.id, current, record);
    return record;
  });
}
