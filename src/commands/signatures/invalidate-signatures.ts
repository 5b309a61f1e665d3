// Bulk invalidation of an appeal's signatures by criteria (email domain, network, time span, name pattern, status). A dry
// run counts what would change and changes nothing; the real run changes exactly the signatures the same criteria select,
// in one transaction with one audit entry each. Invalidated signatures stop counting at the next counter run.
import type { Ctx } from '../../context.ts';
import { writeTransaction } from '../../db/database.ts';
import { appendAudit } from '../../db/repos/audit.repo.ts';
import { invalidateSignatures, invalidationCandidates } from '../../db/repos/signature.repo.ts';
import { canonicalDomain } from '../../domain/email.ts';
import {
  InvalidationCriteriaSchema,
  namePatternTest,
  networkPrefixOfInput,
  type InvalidationCriteria,
} from '../../domain/signature.ts';
import { foldText } from '../../text/fold.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { auditInput } from '../records/write-support.ts';
import { managedAppeal } from '../../queries/signatures/managed-appeal.ts';
import { networkHintOf } from './sign-appeal.ts';

/** What a bulk invalidation found (and, unless a dry run, changed). */
export interface InvalidationResult {
  appealId: string;
  dryRun: boolean;
  matched: number;
  invalidated: number;
}

async function selectIds(ctx: Ctx, appealId: string, c: InvalidationCriteria): Promise<string[]> {
  const prefix = c.network !== undefined ? networkPrefixOfInput(c.network) : undefined;
  const hint = prefix !== undefined ? networkHintOf(ctx, prefix) : c.networkHint;
  // Network and hint criteria are the same column; both given and different means nothing matches.
  if (prefix !== undefined && c.networkHint !== undefined && c.networkHint !== hint) return [];
  const rows = await invalidationCandidates(ctx.db, appealId, {
    ...(c.domain !== undefined ? { domain: canonicalDomain(c.domain) } : {}),
    ...(hint !== undefined ? { networkHint: hint } : {}),
    ...(c.createdFrom !== undefined ? { createdFrom: new Date(c.createdFrom).toISOString() } : {}),
    ...(c.createdTo !== undefined ? { createdTo: new Date(c.createdTo).toISOString() } : {}),
    ...(c.status !== undefined ? { status: c.status } : {}),
  });
  if (c.namePattern === undefined) return rows.map((r) => r.id);
  // Matched here, on folded names, so case and accents are ignored alike on both databases.
  const test = namePatternTest(c.namePattern, foldText);
  return rows.filter((r) => r.name !== null && test(r.name)).map((r) => r.id);
}

/** Counts (dry run) or invalidates the signatures of an appeal that match the criteria. */
export async function invalidateSignaturesBy(
  ctx: Ctx,
  ref: string,
  input: unknown,
  opts: { dryRun: boolean },
): Promise<InvalidationResult> {
  const criteria = parseOrThrow(InvalidationCriteriaSchema, input);
  const appeal = await managedAppeal(ctx, ref);
  if (opts.dryRun) {
    const ids = await selectIds(ctx, appeal.id, criteria);
    return { appealId: appeal.id, dryRun: true, matched: ids.length, invalidated: 0 };
  }
  const reason = criteria.reason ?? 'bulk';
  return writeTransaction(ctx.db, async (trx) => {
    // Selected inside the transaction, which holds the write lock: nothing changes between choosing and invalidating.
    const ids = await selectIds({ ...ctx, db: trx }, appeal.id, criteria);
    const changed = await invalidateSignatures(trx, ids, ctx.now().toISOString(), reason);
    await appendAudit(
      trx,
      ctx.keyring,
      ids.map((id) =>
        auditInput(ctx, 'signature.invalidate', 'signature', id, null, { id, appealId: appeal.id, reason }),
      ),
    );
    return { appealId: appeal.id, dryRun: false, matched: ids.length, invalidated: changed };
  });
}
