// Time-based one-time passwords (RFC 6238 as authenticator apps use them: SHA-1, 6 digits, 30-second steps), via otplib.
import type { Keyring } from '../../crypto/field-cipher.ts';
import { authenticator } from 'otplib';

const STEP_SECONDS = 30;
/** The name authenticator apps show next to the account. */
const ISSUER = 'Vigil';

/** A new shared secret: 20 random bytes in base32, as authenticator apps expect. */
export function newTotpSecret(): string {
  return authenticator.generateSecret(20);
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(accountName: string, secret: string): string {
  return authenticator.keyuri(accountName, ISSUER, secret);
}

/** The secret written for typing by hand: groups of four. */
export function formatTotpSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/** The time step a 6-digit code belongs to, if it is valid now (one step of clock drift either way), else null. */
export function matchTotp(code: string, secret: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const at = authenticator.clone({ epoch: now.getTime(), window: 1 });
  let delta: number | null;
  try {
    delta = at.checkDelta(code, secret);
  } catch {
    return null;
  }
  return delta === null ? null : Math.floor(now.getTime() / 1000 / STEP_SECONDS) + delta;
}

/** Encrypts a TOTP secret for storage, bound to its user: a copy of the database alone does not give the second factor away. */
export function sealTotpSecret(keyring: Keyring, userId: string, secret: string): string {
  return keyring.encrypt(secret, `user:${userId}:totp`);
}

/** Decrypts a stored TOTP secret of this user. */
export function openTotpSecret(keyring: Keyring, userId: string, sealed: string): string {
  return keyring.decrypt(sealed, `user:${userId}:totp`);
}
