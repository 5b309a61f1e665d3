// Email addresses of public signers: the canonical form decides "the same person signed twice", so one mailbox cannot sign
// an appeal more than once by writing its address differently. Mail is still sent to the address as it was typed: the
// canonical form may drop parts a provider would not ignore (a literal "+" at a small domain), which is harmless for a
// uniqueness key but would misdirect a message.
import { domainToASCII } from 'node:url';
import { z } from 'zod';

/** Domains that deliver to the same mailboxes as another domain. */
const ALIAS_DOMAINS: Readonly<Record<string, string>> = {
  'googlemail.com': 'gmail.com',
  // Yandex serves one mailbox under all of its national domains.
  'ya.ru': 'yandex.ru', 'yandex.com': 'yandex.ru', 'yandex.kz': 'yandex.ru', 'yandex.by': 'yandex.ru', 'yandex.ua': 'yandex.ru',
  // Proton's short domain is an alias of every account.
  'pm.me': 'proton.me', 'protonmail.com': 'proton.me', 'protonmail.ch': 'proton.me',
};

/** Providers whose mailbox names ignore dots (Gmail) or treat dots and hyphens alike (Yandex). */
const DOTLESS = new Set(['gmail.com']);
const DOT_IS_HYPHEN = new Set(['yandex.ru']);

/** An address as typed, trimmed: at most 254 characters, one @, a domain with a dot. */
export const EmailSchema = z.string().trim().max(254).pipe(z.email({ message: 'expected an email address such as name@example.org' }));

/** The domain part of an address, lower case, in ASCII (an internationalised domain in its xn-- form), without a final dot. */
export function emailDomain(address: string): string {
  const at = address.lastIndexOf('@');
  const raw = address.slice(at + 1).trim().toLowerCase().replace(/\.+$/, '');
  const ascii = domainToASCII(raw);
  return ascii === '' ? raw : ascii;
}

/** The domain a mailbox really lives at (googlemail.com is gmail.com). */
export function canonicalDomain(domain: string): string {
  return ALIAS_DOMAINS[domain] ?? domain;
}

/**
 * The canonical form of an address, for uniqueness only: lower case (local parts are case-insensitive at every provider
 * that matters), the domain's alias resolved, a "+tag" dropped (sub-addressing delivers to the same mailbox), and dots
 * dropped where the provider ignores them.
 */
export function canonicalEmail(address: string): string {
  const trimmed = address.trim().normalize('NFC');
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) throw new TypeError('not an email address');
  const domain = canonicalDomain(emailDomain(trimmed));
  let local = trimmed.slice(0, at).toLowerCase();
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (DOTLESS.has(domain)) local = local.replaceAll('.', '');
  if (DOT_IS_HYPHEN.has(domain)) local = local.replaceAll('.', '-');
  return `${local}@${domain}`;
}
