// What every response carrying restricted values does first: record the read, and keep the response out of every cache.
import type { FastifyReply } from 'fastify';
import { auditRestrictedRead } from '../../commands/records/audit-restricted-read.ts';
import type { Ctx } from '../../context.ts';
import { hasRestricted, type RecordBase } from '../../domain/common.ts';
import type { RecordType } from '../../domain/vocabulary.ts';
import { canReadRestricted } from '../../policies/authorize.ts';

/**
 * Call before sending a response that shows these records to the context's actor: appends one `<type>.read_restricted`
 * audit entry per record whose restricted values it carries, and marks the response `Cache-Control: no-store`.
 */
export async function showingRestricted(
  ctx: Ctx,
  reply: FastifyReply,
  type: RecordType,
  records: readonly Pick<RecordBase, 'id' | 'restricted'>[],
): Promise<void> {
  if (!canReadRestricted(ctx.actor) || !records.some(hasRestricted)) return;
  await auditRestrictedRead(ctx, type, records);
  void reply.header('cache-control', 'no-store');
}
