// Setting up TOTP: a secret is generated and kept as pending until the owner proves, with a code, that their app has it.
// Then TOTP is on, ten one-time recovery codes are issued (returned once, stored as SHA-256), and the session that did it
// is replaced by a new one marked as having passed the second factor.
import { randomBytes } from 'node:crypto';
import { ulid } from 'ulid';
import type { Ctx } from '../../context.ts';
import { RECOVERY_ALPHABET, RECOVERY_CODE_COUNT, type Account } from '../../domain/account.ts';
import { writeTransaction } from '../../db/database.ts';
import { replaceRecoveryCodes } from '../../db/repos/recovery-code.repo.ts';
import { enableTotp, findAccountById, setLoginFailures, setTotpPending } from '../../db/repos/user.repo.ts';
import { AppError } from '../../errors.ts';
import { auditWrite } from '../records/write-support.ts';
import { sha256Hex } from '../../crypto/secrets.ts';
import { actingAs, closeSession, openSession } from './sessions.ts';
import { matchTotp, newTotpSecret, openTotpSecret, sealTotpSecret, totpUri } from './totp.ts';

/** What the enrolment page shows: the secret (as text and in the otpauth URI for the QR code). */
export interface Enrolment {
  secret: string;
  uri: string;
}

/** The account of a session that may enrol: active and without TOTP yet. */
function enrollable(account: Account | undefined): Account {
  if (!account || account.user.status !== 'active') throw new AppError('unauthorized', 'Sign in first');
  if (account.totpEnabled) throw new AppError('conflict', 'Two-factor sign-in is already set up');
  return account;
}

/** A new recovery code: 16 symbols of Crockford base32 (80 random bits). */
function newRecoveryCode(): string {
  return [...randomBytes(16)].map((b) => RECOVERY_ALPHABET[b & 31]).join('');
}

/** Starts (or resumes) enrolment for the session's user: the pending secret, created on first call and kept until confirmed. */
export async function beginTotpEnrolment(ctx: Ctx, session: { userId: string }): Promise<Enrolment> {
  return writeTransaction(ctx.db, async (trx) => {
    const account = enrollable(await findAccountById(trx, session.userId));
    let secret =
      account.totpPendingSecret === null
        ? null
        : openTotpSecret(ctx.keyring, account.user.id, account.totpPendingSecret);
    if (secret === null) {
      secret = newTotpSecret();
      await setTotpPending(trx, account.user.id, sealTotpSecret(ctx.keyring, account.user.id, secret));
      await auditWrite(actingAs(ctx, account.user), trx, 'totp.enrol_start', 'user', account.user.id, null, {
        at: ctx.now().toISOString(),
      });
    }
    return { secret, uri: totpUri(account.user.email, secret) };
  });
}

/** Confirms enrolment with a code from the app; undefined when the code is wrong. On success: new session secret and the recovery codes, once. */
export async function confirmTotpEnrolment(
  ctx: Ctx,
  session: { id: string; userId: string },
  input: { code: string; userAgent?: string },
): Promise<{ secret: string; recoveryCodes: string[] } | undefined> {
  return writeTransaction(ctx.db, async (trx) => {
    const account = enrollable(await findAccountById(trx, session.userId));
    const pending =
      account.totpPendingSecret === null
        ? null
        : openTotpSecret(ctx.keyring, account.user.id, account.totpPendingSecret);
    const step = pending === null ? null : matchTotp(input.code.replace(/\s/g, ''), pending, ctx.now());
    if (pending === null || step === null) return undefined;
    const nowIso = ctx.now().toISOString();
    const asUser = actingAs(ctx, account.user);
    await enableTotp(trx, account.user.id, sealTotpSecret(ctx.keyring, account.user.id, pending), step, nowIso);
    await setLoginFailures(trx, account.user.id, 0, null);
    const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await replaceRecoveryCodes(
      trx,
      account.user.id,
      recoveryCodes.map((c) => ({ id: ulid(), hash: sha256Hex(c) })),
      nowIso,
    );
    await auditWrite(
      asUser,
      trx,
      'totp.enable',
      'user',
      account.user.id,
      { totpEnabled: false },
      { totpEnabled: true, recoveryCodes: recoveryCodes.length },
    );
    await closeSession(asUser, trx, session);
    const { secret } = await openSession(asUser, trx, account.user.id, {
      secondFactor: true,
      pending: false,
      userAgent: input.userAgent,
    });
    return { secret, recoveryCodes };
  });
}
