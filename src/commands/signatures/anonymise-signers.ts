// Erasing signers' personal data a set number of days (VIGIL_SIGNER_RETENTION_DAYS) after their appeal closed. Run by the
// worker periodically and by `vigil signatures anonymise`. What stays: status, country, dates, and so every count.
import type { Ctx } from '../../context.ts';
import { writeTransaction } from '../../db/database.ts';
import { anonymiseAppealSignatures, appealsToAnonymise } from '../../db/repos/signature.repo.ts';
import { auditWrite } from '../records/write-support.ts';

const DAY_MS = 24 * 3600 * 1000;

/** Anonymises the signers of every appeal closed longer ago than the retention period; returns what was erased. */
export async function anonymiseSigners(
  ctx: Ctx,
  opts: { retentionDays?: number } = {},
): Promise<{ appeals: number; signatures: number }> {
  const days = opts.retentionDays ?? ctx.config.signon.retentionDays;
  const now = ctx.now();
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  let signatures = 0;
  const appeals = await appealsToAnonymise(ctx.db, cutoff);
  for (const appealId of appeals) {
    // One transaction per appeal: a large campaign does not hold the write lock for all the others.
    signatures += await writeTransaction(ctx.db, async (trx) => {
      const n = await anonymiseAppealSignatures(trx, appealId, now.toISOString());
      await auditWrite(ctx, trx, 'appeal.signers_anonymised', 'appeal', appealId, null, {
        appealId,
        signatures: n,
        retentionDays: days,
      });
      return n;
    });
  }
  return { appeals: appeals.length, signatures };
}
