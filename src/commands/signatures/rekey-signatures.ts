// After `vigil keys rotate`: signers' addresses are re-encrypted under the new current key and their digests recomputed
// with it, so an address that signed before the rotation is still recognised as the same. A signature that slipped in
// between the rotation and this run with an address that had already signed is invalidated as a duplicate.
import type { Ctx } from '../../context.ts';
import { writeTransaction } from '../../db/database.ts';
import {
  findSignatureByEmailHash,
  invalidateDuplicate,
  rekeySignature,
  signaturesUnderOtherKeys,
} from '../../db/repos/signature.repo.ts';
import { canonicalEmail } from '../../domain/email.ts';
import { auditWrite } from '../records/write-support.ts';
import { emailHashOf } from './sign-appeal.ts';

const BATCH = 500;

/** Re-encrypts and re-digests every signer's address not yet under the current key; returns how many were changed. */
export async function rekeySignatures(ctx: Ctx): Promise<{ rekeyed: number; duplicates: number }> {
  let rekeyed = 0;
  let duplicates = 0;
  for (;;) {
    const rows = await signaturesUnderOtherKeys(ctx.db, ctx.keyring.current, BATCH);
    if (rows.length === 0) return { rekeyed, duplicates };
    await writeTransaction(ctx.db, async (trx) => {
      const nowIso = ctx.now().toISOString();
      for (const r of rows) {
        const email = ctx.keyring.decrypt(r.emailSealed, r.id);
        const hash = emailHashOf(ctx, canonicalEmail(email));
        const other = await findSignatureByEmailHash(trx, r.appealId, hash);
        if (other && other.id !== r.id) {
          // The one signed before the rotation is older than any that repeats it since.
          await invalidateDuplicate(trx, other.id, nowIso);
          duplicates += 1;
        }
        await rekeySignature(trx, r.id, ctx.keyring.encrypt(email, r.id), hash);
      }
      await auditWrite(ctx, trx, 'signatures.rekey', 'signatures', ctx.keyring.current, null, {
        keyId: ctx.keyring.current,
        signatures: rows.length,
      });
    });
    rekeyed += rows.length;
  }
}
