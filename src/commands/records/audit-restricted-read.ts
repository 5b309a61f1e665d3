// Records that restricted values were shown: one audit entry per record whose restricted fields left the server.
import type { Ctx } from '../../context.ts';
import { hasRestricted, type RecordBase } from '../../domain/common.ts';
import type { RecordType } from '../../domain/vocabulary.ts';
import { writeTransaction } from '../../db/database.ts';
import { appendAudit } from '../../db/repos/audit.repo.ts';
import { canReadRestricted } from '../../policies/authorize.ts';
import { auditInput } from './write-support.ts';

/** The audit action of a read of a record's restricted fields, e.g. "person.read_restricted". */
export const readRestrictedAction = (type: RecordType): string => `${type}.read_restricted`;

/**
 * Appends `<type>.read_restricted` (actor, record id; no digests) for each record whose restricted values are about to be
 * shown to the context's actor. Records without restricted values, and actors who are not shown any, add nothing.
 */
export async function auditRestrictedRead(
  ctx: Ctx,
  type: RecordType,
  records: readonly Pick<RecordBase, 'id' | 'restricted'>[],
): Promise<void> {
  if (!canReadRestricted(ctx.actor)) return;
  await auditRestrictedReadIds(
    ctx,
    type,
    records.filter(hasRestricted).map((r) => r.id),
  );
}

/** Appends `<type>.read_restricted` for records known to have had restricted values shown (exports collect their ids). */
export async function auditRestrictedReadIds(ctx: Ctx, type: RecordType, ids: readonly string[]): Promise<void> {
  for (let at = 0; at < ids.length; at += 5000) {
    const batch = ids.slice(at, at + 5000);
    await writeTransaction(ctx.db, (trx) =>
      appendAudit(
        trx,
        ctx.keyring,
        batch.map((id) => auditInput(ctx, readRestrictedAction(type), type, id, null, null)),
      ),
    );
  }
}
