// The invitee's side: a single-use link opens the invitation; confirming (with their own wording) sends a fresh single-use
// link to withdraw; declining or withdrawing closes it. Nothing can change once the appeal is published.
import type { Ctx } from '../../context.ts';
import { CoSignatoryAnswerSchema, type CoSignatory } from '../../domain/co-signatory.ts';
import { orNull } from '../../domain/common.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { writeTransaction, type Executor } from '../../db/database.ts';
import { appealRepo } from '../../db/repos/appeal.repo.ts';
import { coSignatoryRepo } from '../../db/repos/co-signatory.repo.ts';
import { AppError } from '../../errors.ts';
import { enqueueMail } from '../../mail/mail-job.ts';
import { coSignConfirmed } from '../../mail/templates/co-sign.ts';
import { looksLikeSecret, newSecret, sha256Hex } from '../../crypto/secrets.ts';
import { auditWrite } from '../records/write-support.ts';
import { auditedCoSignatory, linkExpiry } from './invite-co-signatory.ts';
import type { Appeal } from '../../domain/appeal.ts';

const ALL_LEVELS = ['public', 'internal', 'restricted'] as const;

/** The same answer for a malformed, unknown, used or expired link: nothing tells them apart. */
const gone = (): AppError =>
  new AppError(
    'not_found',
    'This link is not valid any more: it was used, it expired, or the appeal has been published.',
  );

/** The co-signatory and appeal a link opens, if the link is still good. */
export async function openCoSignLink(
  db: Executor,
  token: string,
  now: Date,
): Promise<{ coSignatory: CoSignatory; appeal: Appeal }> {
  if (!looksLikeSecret(token)) throw gone();
  const coSignatory = await coSignatoryRepo.findByToken(db, sha256Hex(token), now.toISOString());
  if (!coSignatory) throw gone();
  // The invitee holds the link, not an account: the appeal is read at every level, and only its letter is shown to them.
  const appeal = await appealRepo.find(db, coSignatory.appealId, ALL_LEVELS);
  if (!appeal || (appeal.status !== 'draft' && appeal.status !== 'collecting')) throw gone();
  return { coSignatory, appeal };
}

/** What the invitee may do with the link. */
export type CoSignAnswer =
  | { action: 'confirm'; name: string; title?: string | null; organisation?: string | null }
  | { action: 'decline' }
  | { action: 'withdraw' };

/** Applies the invitee's answer; the used link stops working. */
export async function answerCoSignatory(ctx: Ctx, token: string, answer: CoSignAnswer): Promise<CoSignatory> {
  return writeTransaction(ctx.db, async (trx) => {
    const now = ctx.now();
    const { coSignatory, appeal } = await openCoSignLink(trx, token, now);
    const at = now.toISOString();
    let next: CoSignatory;
    let link: { tokenHash: string; expiresAt: string } | null = null;
    if (answer.action === 'confirm') {
      if (coSignatory.status !== 'invited') throw gone();
      const wording = parseOrThrow(CoSignatoryAnswerSchema, {
        name: answer.name,
        title: answer.title,
        organisation: answer.organisation,
      });
      next = {
        ...coSignatory,
        name: wording.name,
        title: orNull(wording.title),
        organisation: orNull(wording.organisation),
        status: 'confirmed',
        confirmedAt: at,
      };
      const email = await coSignatoryRepo.emailOf(trx, coSignatory.id, ctx.keyring);
      if (email) {
        const withdrawToken = newSecret();
        link = { tokenHash: sha256Hex(withdrawToken), expiresAt: linkExpiry(appeal, now) };
        await enqueueMail(
          trx,
          {
            to: email,
            ...coSignConfirmed(coSignatory.lang, appeal.title, `${ctx.config.publicUrl}/co-sign/${withdrawToken}`),
          },
          now,
          ctx.keyring,
        );
      }
    } else {
      next = { ...coSignatory, status: 'withdrawn', withdrawnAt: at };
    }
    next.linkOpen = link !== null;
    await coSignatoryRepo.answer(trx, next, link);
    await auditWrite(
      { ...ctx, actor: { kind: 'system', name: `co-signatory:${coSignatory.id}` } },
      trx,
      `appeal.co_signatory.${answer.action}`,
      'appeal',
      appeal.id,
      auditedCoSignatory(coSignatory),
      auditedCoSignatory(next),
    );
    return next;
  });
}
