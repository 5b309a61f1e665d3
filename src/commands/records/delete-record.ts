// Deletes a record, refusing while other records still point at it; citations of the record go with it.
import type { Ctx } from '../../context.ts';
import type { RecordBase } from '../../domain/common.ts';
import { isForeignKeyViolation, writeTransaction } from '../../db/database.ts';
import { removeCitationsOf } from '../../db/repos/citation.repo.ts';
import { AppError, notFound } from '../../errors.ts';
import { authorize, readableLevels } from '../../policies/authorize.ts';
import type { RecordDef } from '../../records/registry.ts';
import { auditWrite } from './write-support.ts';
import { unindexRecord } from '../search/index-record.ts';

/** Deletes one record by id or slug; returns what was deleted. */
export async function deleteRecord<T extends RecordBase, F>(
  ctx: Ctx,
  def: RecordDef<T, F>,
  idOrSlug: string,
): Promise<T> {
  authorize(ctx.actor, 'delete', def.type);
  return writeTransaction(ctx.db, async (trx) => {
    const current = await def.repo.find(trx, idOrSlug, readableLevels(ctx.actor), ctx.keyring);
    if (!current) throw notFound(def.type, idOrSlug);
    authorize(ctx.actor, 'delete', def.type, current);
    if (def.type !== 'citation') await removeCitationsOf(trx, def.type, current.id);
    try {
      await def.repo.remove(trx, current.id);
    } catch (err) {
      if (isForeignKeyViolation(err)) {
        throw new AppError(
          'conflict',
          `This ${def.type} is still referenced by other records (cases, memberships, events or citations); remove those first`,
        );
      }
      throw err;
    }
    await unindexRecord(trx, def.type, current.id);
    await auditWrite(ctx, trx, `${def.type}.delete`, def.type, current.id, current, null);
    return current;
  });
}
