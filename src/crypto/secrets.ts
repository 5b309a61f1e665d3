// Random secrets for sessions, tokens and invitations, and the hash they are stored under.
import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../domain/digest.ts';

export { sha256Hex };

/** The hash an API token is stored under: tokens carry 256 random bits, so a fast hash is enough (no stretching). */
export function hashToken(token: string): string {
  return sha256Hex(token);
}

/** A new secret of 32 random bytes, base64url (43 characters). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** True when a presented value has the shape of a secret from newSecret() (anything else is not looked up). */
export function looksLikeSecret(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
