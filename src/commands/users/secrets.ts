// Random secrets for sessions, tokens and invitations, and the hash they are stored under.
import { createHash, randomBytes } from 'node:crypto';

/** SHA-256 in hex: secrets here carry 256 random bits, so a fast hash is enough (no password stretching needed). */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A new secret of 32 random bytes, base64url (43 characters). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** True when a presented value has the shape of a secret from newSecret() (anything else is not looked up). */
export function looksLikeSecret(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
