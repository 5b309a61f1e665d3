// Key rotation: a new key becomes the current one and every restricted value is re-encrypted under it, in one transaction.
import type { Ctx } from '../../context.ts';
import type { Keyring } from '../../crypto/field-cipher.ts';
import { writeKeyFile } from '../../crypto/key-file.ts';
import { writeTransaction } from '../../db/database.ts';
import { recordKeyFingerprints } from '../../db/repos/key.repo.ts';
import { countRestrictedNotUnder, reencryptRestricted } from '../../db/repos/restricted.repo.ts';
import { AppError } from '../../errors.ts';
import { auditWrite } from '../records/write-support.ts';
import { rekeySignatures } from '../signatures/rekey-signatures.ts';

/** What a rotation did. */
export interface RotationResult {
  /** The new current key. */
  keyId: string;
  /** Records whose restricted values were re-encrypted. */
  reencrypted: number;
  /** Key ids removed from the key file (only with dropOld). */
  dropped: string[];
  /** Key ids still in the key file besides the current one. */
  kept: string[];
  /** The new keyring, as now written in the key file. */
  keyring: Keyring;
}

/**
 * Generates a new key, re-encrypts every restricted value under it in one write transaction, then rewrites the key file
 * (atomically, mode 0600) with the new key as current. Older keys stay in the file (backups made before still decrypt)
 * unless `dropOld`, which removes them once no stored value uses them. The key file is written before the transaction
 * too, with the new key not yet current: whatever fails midway, every stored value stays decryptable with the file.
 * Run it with the server stopped (or restart the server after): the server reads the key file once, at start.
 */
export async function rotateKeys(ctx: Ctx, keyFile: string, opts: { dropOld?: boolean } = {}): Promise<RotationResult> {
  if (ctx.actor.kind !== 'system') throw new AppError('forbidden', 'Keys are rotated from the command line only');
  const before = ctx.keyring;
  const next = before.withNewKey();
  // 1. The new key is saved first, as an extra key: a crash after the commit below cannot leave values nobody can decrypt.
  writeKeyFile(keyFile, next.withCurrent(before.current));
  // 2. Every value re-encrypted under the new key, all or nothing, with the rotation in the audit chain.
  const reencrypted = await writeTransaction(ctx.db, async (trx) => {
    const n = await reencryptRestricted(trx, next);
    // The database learns the new key before the key file drops the old one, so the next start accepts the file.
    await recordKeyFingerprints(trx, next.fingerprints(), ctx.now().toISOString());
    await auditWrite(ctx, trx, 'keys.rotate', 'keyring', next.current, null, null);
    return n;
  });
  // Signers' addresses are re-encrypted and their keyed digests recomputed under the new key (batches of their own).
  await rekeySignatures({ ...ctx, keyring: next });
  // 3. The new key becomes current. Old keys go only when nothing is left under them (a server still running could have written some).
  const drop = opts.dropOld === true && (await countRestrictedNotUnder(ctx.db, next.current)) === 0;
  const final = drop ? next.withoutOldKeys() : next;
  writeKeyFile(keyFile, final);
  return {
    keyId: final.current,
    reencrypted,
    keyring: final,
    dropped: drop ? next.ids.filter((id) => id !== final.current) : [],
    kept: final.ids.filter((id) => id !== final.current),
  };
}
