// Password rules and hashing. argon2id with OWASP's recommended minimum (19 MiB of memory, 2 passes, 1 lane): about 50 ms
// per hash on a small server, costly enough per guess on stolen hashes and cheap enough for sign-ins. The parameters are
// stored in each hash (PHC string), so raising them later only affects new and changed passwords.
import fs from 'node:fs';
import path from 'node:path';
import { Algorithm, hash, verify, type Options } from '@node-rs/argon2';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/account.ts';
import { AppError } from '../../errors.ts';

/** The argon2id parameters of every new hash. */
export const ARGON2_OPTIONS: Options = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
};

const WORST = new Set(
  fs
    .readFileSync(path.join(import.meta.dirname, 'worst-passwords.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '' && !l.startsWith('#')),
);

/** Why a new password is refused. */
export type PasswordProblem = 'short' | 'long' | 'common';

/** One form for the same typed text (composed characters and compatibility forms typed differently hash the same). */
function normalise(password: string): string {
  return password.normalize('NFKC');
}

/** What is wrong with a new password, if anything: too short or long, on the list of worst passwords, one repeated character, or the email itself. */
export function passwordProblem(password: string, email?: string): PasswordProblem | undefined {
  const p = normalise(password);
  const length = [...p].length;
  if (length < PASSWORD_MIN_LENGTH) return 'short';
  if (length > PASSWORD_MAX_LENGTH) return 'long';
  const lower = p.toLowerCase();
  if (WORST.has(lower) || new Set(lower).size === 1) return 'common';
  if (email && (lower === email.toLowerCase() || lower === email.toLowerCase().split('@')[0])) return 'common';
  return undefined;
}

/** Throws validation_failed on the `password` field (details.reason says why) unless the password may be used. */
export function assertGoodPassword(password: string, email?: string): void {
  const problem = passwordProblem(password, email);
  if (!problem) return;
  const why = {
    short: `must have at least ${PASSWORD_MIN_LENGTH} characters`,
    long: `must have at most ${PASSWORD_MAX_LENGTH} characters`,
    common: 'is too common or too easy to guess',
  }[problem];
  throw new AppError('validation_failed', `password: ${why}`, { field: 'password', reason: problem });
}

/** The argon2id hash of a password (PHC string with its salt and parameters). */
export function hashPassword(password: string): Promise<string> {
  return hash(normalise(password), ARGON2_OPTIONS);
}

/** True when the password matches the stored hash; false for anything malformed. Over-long input costs the same time as any other. */
export async function checkPassword(stored: string, password: string): Promise<boolean> {
  const tooLong = password.length > PASSWORD_MAX_LENGTH * 2 || [...password].length > PASSWORD_MAX_LENGTH;
  try {
    const ok = await verify(stored, normalise(tooLong ? password.slice(0, PASSWORD_MAX_LENGTH) : password));
    return ok && !tooLong;
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the time of one real check and answers false: used when there is no account, so the answer takes as long either way. */
export async function checkAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hash('vigil-no-such-account-' + String(Math.random()), ARGON2_OPTIONS);
  await checkPassword(await dummyHash, password);
  return false;
}
