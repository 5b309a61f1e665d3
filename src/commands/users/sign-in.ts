// Signing in: the password step, then (when the account has TOTP) the code step. Every failure looks the same from outside:
// an unknown email, a wrong password, a disabled or locked account and a wrong code all get the same answer after the same
// work (an argon2 check against a dummy hash when there is nothing to check against). A wrong password never locks the
// account: anyone who knows an address could otherwise lock its owner out; it is throttled per (account, client address)
// by the pages instead, and audited here. A wrong second-factor code (only someone with the password gets that far) counts
// per account: five in a row lock it for 1 min, doubling up to 1 h. No step here bypasses the second factor.
import type { Ctx } from '../../context.ts';
import { isLocked, lockDuration, normaliseRecoveryCode, type Account } from '../../domain/account.ts';
import { writeTransaction, type Trx } from '../../db/database.ts';
import { spendRecoveryCode } from '../../db/repos/recovery-code.repo.ts';
import { findAccountByEmail, findAccountById, setLoginFailures, spendTotpStep } from '../../db/repos/user.repo.ts';
import { mustUseSecondFactor } from '../../policies/account.policy.ts';
import { auditWrite } from '../records/write-support.ts';
import { checkAgainstNothing, checkPassword } from './passwords.ts';
import { sha256Hex } from '../../crypto/secrets.ts';
import { actingAs, closeSession, openSession } from './sessions.ts';
import { matchTotp, openTotpSecret } from './totp.ts';

/** What follows an accepted password: nothing, the code step, or TOTP enrolment (the role requires it and it is not set up). */
export type NextStep = 'done' | 'code' | 'enrol';

/** The outcome of a sign-in step: a new session secret for the cookie, or a failure that says nothing more. */
export type SignInResult = { ok: true; secret: string; next: NextStep } | { ok: false };

const FAILED: SignInResult = { ok: false };

/** True when the account may sign in at all (active, with a password, not locked now). */
function usable(account: Account | undefined, now: Date): account is Account & { passwordHash: string } {
  return (
    account !== undefined &&
    account.user.status === 'active' &&
    account.passwordHash !== null &&
    !isLocked(account, now)
  );
}

/** Audits a wrong password (the step only: no address, nothing typed); it neither counts nor locks. */
async function noteWrongPassword(ctx: Ctx, trx: Trx, account: Account): Promise<void> {
  await auditWrite(ctx, trx, 'login.failed', 'user', account.user.id, null, { step: 'password' });
}

/** Counts one wrong code and locks the account when it has earned it; audited (counts and times only). */
async function countFailure(ctx: Ctx, trx: Trx, account: Account, step: 'code'): Promise<void> {
  const failures = account.failedLogins + 1;
  const lock = lockDuration(failures);
  const lockedUntil = lock > 0 ? new Date(ctx.now().getTime() + lock).toISOString() : null;
  await setLoginFailures(trx, account.user.id, failures, lockedUntil);
  await auditWrite(ctx, trx, 'login.failed', 'user', account.user.id, null, { step, failures, lockedUntil });
}

/** Clears the failure count after a full sign-in. */
async function clearFailures(trx: Trx, account: Account): Promise<void> {
  if (account.failedLogins > 0 || account.lockedUntil !== null) await setLoginFailures(trx, account.user.id, 0, null);
}

/** The password step. The failure count is cleared only by a full sign-in, so codes cannot be guessed by alternating with the password. */
export async function signInWithPassword(
  ctx: Ctx,
  input: { email: string; password: string; userAgent?: string },
): Promise<SignInResult> {
  const now = ctx.now();
  const email = input.email.trim().toLowerCase();
  const found = email.length > 0 && email.length <= 320 ? await findAccountByEmail(ctx.db, email) : undefined;
  if (!usable(found, now)) return checkAgainstNothing(input.password).then(() => FAILED);
  const matches = await checkPassword(found.passwordHash, input.password);
  return writeTransaction(ctx.db, async (trx) => {
    // Read again under the write lock: a failure counted meanwhile may have locked the account.
    const account = await findAccountById(trx, found.user.id);
    if (!usable(account, now)) return FAILED;
    if (!matches) {
      await noteWrongPassword(ctx, trx, account);
      return FAILED;
    }
    const next: NextStep = account.totpEnabled ? 'code' : mustUseSecondFactor(account.user.role) ? 'enrol' : 'done';
    if (next === 'done') await clearFailures(trx, account);
    const asUser = actingAs(ctx, account.user);
    await auditWrite(asUser, trx, 'login.password', 'user', account.user.id, null, { next });
    const { secret } = await openSession(asUser, trx, account.user.id, {
      secondFactor: false,
      pending: next !== 'done',
      userAgent: input.userAgent,
    });
    return { ok: true, secret, next };
  });
}

/** Spends a 6-digit TOTP code or a recovery code of the account; says which, or undefined when neither was good. */
async function spendSecondFactor(
  ctx: Ctx,
  trx: Trx,
  account: Account,
  typed: string,
): Promise<'totp' | 'recovery' | undefined> {
  const code = typed.replace(/\s/g, '');
  if (/^\d{6}$/.test(code)) {
    const step = account.totpSecret
      ? matchTotp(code, openTotpSecret(ctx.keyring, account.user.id, account.totpSecret), ctx.now())
      : null;
    return step !== null && (await spendTotpStep(trx, account.user.id, step)) ? 'totp' : undefined;
  }
  const recovery = normaliseRecoveryCode(code);
  if (recovery === undefined) return undefined;
  return (await spendRecoveryCode(trx, account.user.id, sha256Hex(recovery), ctx.now().toISOString()))
    ? 'recovery'
    : undefined;
}

/** The code step of a half-signed-in session: a good code replaces it with a full session (a new secret); a bad one counts as a failure. */
export async function signInWithCode(
  ctx: Ctx,
  pending: { id: string; userId: string },
  input: { code: string; userAgent?: string },
): Promise<SignInResult> {
  return writeTransaction(ctx.db, async (trx) => {
    const account = await findAccountById(trx, pending.userId);
    if (!usable(account, ctx.now()) || !account.totpEnabled || input.code.length > 64) return FAILED;
    const used = await spendSecondFactor(ctx, trx, account, input.code);
    if (!used) {
      await countFailure(ctx, trx, account, 'code');
      return FAILED;
    }
    await clearFailures(trx, account);
    const asUser = actingAs(ctx, account.user);
    await auditWrite(asUser, trx, 'login.second_factor', 'user', account.user.id, null, { method: used });
    await closeSession(asUser, trx, pending);
    const { secret } = await openSession(asUser, trx, account.user.id, {
      secondFactor: true,
      pending: false,
      userAgent: input.userAgent,
    });
    return { ok: true, secret, next: 'done' };
  });
}
