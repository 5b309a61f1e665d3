// The anti-forgery token of the public signing form. The public has no session to bind a CSRF token to, so the form
// carries a token the server signed: which appeal, and when the form was issued. A post without a valid, recent token is
// refused (browsers' Sec-Fetch-Site and Origin headers refuse cross-site posts as well). It needs no server-side state.
// It cannot stop someone who fetches the form first: what makes a forged signature worthless is the emailed confirmation.
import { timingSafeEqual } from 'node:crypto';
import type { Keyring } from '../../../crypto/field-cipher.ts';

/** How long a signing form may be sent after it was shown. */
export const FORM_TOKEN_TTL_MS = 24 * 3600 * 1000;

const mac = (keyring: Keyring, slug: string, issued: number) =>
  keyring.mac(`sign-form\n${slug}\n${issued}`).slice(0, 32);

/** The token of a signing form for the appeal (by slug), issued now. */
export function signFormToken(keyring: Keyring, slug: string, now: Date): string {
  const issued = Math.floor(now.getTime() / 1000);
  return `${issued.toString(36)}.${mac(keyring, slug, issued)}`;
}

/** True when the token was issued by this server for this appeal within the last day. */
export function signFormTokenValid(keyring: Keyring, slug: string, token: unknown, now: Date): boolean {
  if (typeof token !== 'string' || token.length > 80) return false;
  const [issuedText = '', presented = ''] = token.split('.');
  const issued = parseInt(issuedText, 36);
  if (!Number.isSafeInteger(issued)) return false;
  const age = now.getTime() - issued * 1000;
  if (age < -60_000 || age > FORM_TOKEN_TTL_MS) return false;
  const expected = Buffer.from(mac(keyring, slug, issued));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
