// Email addresses of public signers: the canonical form decides "the same person signed twice", so one mailbox cannot sign
// an appeal more than once by writing its address differently. It folds only what the provider itself folds: two
// addresses with one canonical form reach one mailbox, so a signing under one of them is answered in the owner's inbox.
// Mail is sent to the address as typed in the latest signing.
import { domainToASCII } from 'node:url';
import { z } from 'zod';

/** Domains that deliver to the same mailboxes as another domain. */
const ALIAS_DOMAINS: Readonly<Record<string, string>> = {
  'googlemail.com': 'gmail.com',
  // Yandex serves one mailbox under all of its national domains.
  'ya.ru': 'yandex.ru',
  'yandex.com': 'yandex.ru',
  'yandex.kz': 'yandex.ru',
  'yandex.by': 'yandex.ru',
  'yandex.ua': 'yandex.ru',
  // Proton's short domain is an alias of every account.
  'pm.me': 'proton.me',
  'protonmail.com': 'proton.me',
  'protonmail.ch': 'proton.me',
};

/** Providers whose mailbox names ignore dots: Gmail only. Elsewhere "a.b" and "ab" may be two people. */
const DOTLESS = new Set(['gmail.com']);

/**
 * The one list of providers (after alias resolution) whose documentation says that "name+anything" is delivered to the
 * mailbox "name". Only these fold a "+tag": elsewhere "name+x" may be another person's mailbox (or no mailbox at all),
 * and folding it would let a stranger's signing stand in for the owner's. Each entry is a provider's own domain:
 * - Gmail: "+" sub-addresses deliver to the account (Google's Gmail help, "use aliases").
 * - Microsoft Outlook.com, including its older Hotmail, Live and MSN domains: plus addressing is on for consumer
 *   mailboxes (Microsoft's Outlook.com and Exchange Online documentation on plus addressing).
 * - Apple iCloud Mail (icloud.com, me.com, mac.com): plus addresses reach the account (Apple's iCloud Mail support).
 * - Fastmail: plus addressing is documented for every account (Fastmail help, "plus addressing").
 * - Proton Mail: "+" aliases reach the same inbox (Proton's support page on address aliases).
 * - Yandex Mail: "login+tag" reaches "login" (Yandex Mail help on address aliases).
 */
export const PLUS_ADDRESSING_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'fastmail.com',
  'fastmail.fm',
  'proton.me',
  'yandex.ru',
]);

/** An address as typed, trimmed: at most 254 characters, one @, a domain with a dot. */
export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'expected an email address such as name@example.org' }));

/** The domain part of an address, lower case, in ASCII (an internationalised domain in its xn-- form), without a final dot. */
export function emailDomain(address: string): string {
  const at = address.lastIndexOf('@');
  const raw = address
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.+$/, '');
  const ascii = domainToASCII(raw);
  return ascii === '' ? raw : ascii;
}

/** The domain a mailbox really lives at (googlemail.com is gmail.com). */
export function canonicalDomain(domain: string): string {
  return ALIAS_DOMAINS[domain] ?? domain;
}

/**
 * The canonical form of an address, for uniqueness only: lower case (local parts are case-insensitive at every provider
 * that matters), the domain's alias resolved, a "+tag" dropped only at providers known to deliver sub-addresses to the
 * same mailbox (PLUS_ADDRESSING_DOMAINS), and dots dropped only where the provider ignores them (Gmail).
 */
export function canonicalEmail(address: string): string {
  const trimmed = address.trim().normalize('NFC');
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) throw new TypeError('not an email address');
  const domain = canonicalDomain(emailDomain(trimmed));
  let local = trimmed.slice(0, at).toLowerCase();
  const plus = local.indexOf('+');
  if (plus > 0 && PLUS_ADDRESSING_DOMAINS.has(domain)) local = local.slice(0, plus);
  if (DOTLESS.has(domain)) local = local.replaceAll('.', '');
  return `${local}@${domain}`;
}
