// Confirming a signature with the token of its email link. Opening the link only shows a page (mail scanners open links)
// with the details the confirmation would make count, as the latest signing for the address gave them; the page's button
// posts, and that confirms. A silently invalidated signature gets the same thanks and stays uncounted.
import type { Ctx } from '../../context.ts';
import { writeTransaction } from '../../db/database.ts';
import {
  findSignatureByToken,
  findSigningAppeal,
  useSignatureToken,
  type PendingDetails,
  type SigningAppeal,
} from '../../db/repos/signature.repo.ts';
import { sha256Hex } from '../../domain/digest.ts';
import { signingOpen } from '../../domain/signature.ts';
import { auditWrite } from '../records/write-support.ts';

/** What a confirmation link leads to. */
export type ConfirmationState =
  | { state: 'open'; appeal: SigningAppeal; details: PendingDetails }
  | { state: 'closed'; appeal: SigningAppeal }
  | { state: 'invalid' };

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** Looks up a confirmation link of an appeal (by slug) without using it. */
export async function findConfirmation(
  ctx: Ctx,
  slug: string,
  token: unknown,
): Promise<ConfirmationState & { signatureId?: string; tokenHash?: string }> {
  if (typeof token !== 'string' || !TOKEN.test(token)) return { state: 'invalid' };
  const tokenHash = sha256Hex(token);
  const signature = await findSignatureByToken(ctx.db, tokenHash);
  if (!signature) return { state: 'invalid' };
  const appeal = await findSigningAppeal(ctx.db, signature.appealId, ['public']);
  if (!appeal || (appeal.slug !== slug && appeal.id !== slug)) return { state: 'invalid' };
  if (!signingOpen(appeal, ctx.now())) return { state: 'closed', appeal };
  const details: PendingDetails = {
    name: signature.name,
    country: signature.country,
    comment: signature.comment,
    showName: signature.showName,
  };
  return { state: 'open', appeal, details, signatureId: signature.id, tokenHash };
}

/** Confirms the signature of a link; the state says what the signer should be told ('done' after a confirmation). */
export async function confirmSignature(
  ctx: Ctx,
  slug: string,
  token: unknown,
): Promise<{ state: 'done'; appeal: SigningAppeal } | Exclude<ConfirmationState, { state: 'open' }>> {
  const found = await findConfirmation(ctx, slug, token);
  if (found.state !== 'open') return found;
  const { appeal, signatureId, tokenHash } = found;
  const nowIso = ctx.now().toISOString();
  const used = await writeTransaction(ctx.db, async (trx) => {
    const ok = await useSignatureToken(trx, signatureId!, tokenHash!, nowIso);
    if (ok)
      await auditWrite(ctx, trx, 'signature.confirm', 'signature', signatureId!, null, {
        id: signatureId,
        appealId: appeal.id,
      });
    return ok;
  });
  return used ? { state: 'done', appeal } : { state: 'invalid' };
}
