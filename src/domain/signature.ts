// Public signatures of appeals: what a signer sends, when signing is open, the criteria of a bulk invalidation, and deny
// rules. Pure rules only; the network helpers use node:net's parser and BlockList (no I/O).
import { BlockList, isIP, isIPv4 } from 'node:net';
import { z } from 'zod';
import { CountrySchema, nameText } from './common.ts';
import { EmailSchema } from './email.ts';

export const SIGNATURE_STATUSES = ['pending', 'confirmed', 'invalidated'] as const;
/** pending (waiting for the email link) → confirmed; either may become invalidated. Only confirmed ones count. */
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

/** What the public sends to sign an appeal. */
export const SignInputSchema = z.strictObject({
  name: nameText(200),
  country: CountrySchema,
  email: EmailSchema,
  comment: z
    .string()
    .trim()
    .max(1000)
    .optional()
    .transform((s) => (s ? s : undefined)),
  showName: z.boolean().default(false),
});
export type SignInput = z.output<typeof SignInputSchema>;

/** The appeal columns that decide whether the public may sign. */
export interface SigningState {
  status: string;
  confidentiality: string;
  publicSigning: boolean;
  signingPaused: boolean;
  /** A date (YYYY-MM-DD, or a coarser partial date); signing closes at the end of that day, UTC. */
  deadline: string | null;
}

/** The first instant after a partial-date deadline ("2014-12" ends with December). */
export function deadlineEnd(deadline: string): Date {
  const [y, m, d] = deadline.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined && m !== undefined) return new Date(Date.UTC(y, m - 1, d + 1));
  if (m !== undefined) return new Date(Date.UTC(y, m, 1));
  return new Date(Date.UTC(y + 1, 0, 1));
}

/** Whether the public may sign (and confirm) now. */
export function signingOpen(a: SigningState, now: Date): boolean {
  if (a.status !== 'published' || a.confidentiality !== 'public' || !a.publicSigning || a.signingPaused) return false;
  return a.deadline === null || now < deadlineEnd(a.deadline);
}

/**
 * The network a signer's address belongs to, as a prefix: the /24 of an IPv4 address, the /48 of an IPv6 one (what one
 * site usually holds). Only a keyed digest of it is stored; it lets a flood from one network be invalidated together.
 */
export function networkPrefix(ip: string): string | undefined {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  const addr = mapped ? mapped[1]! : ip;
  if (isIPv4(addr)) return `${addr.split('.').slice(0, 3).join('.')}.0/24`;
  if (isIP(addr) !== 6) return undefined;
  const [head = '', tail = ''] = addr.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = addr.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 3)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/48`;
}

export const DENY_KINDS = ['ip_range', 'email_domain'] as const;
export type DenyKind = (typeof DENY_KINDS)[number];

/** A CIDR range ("203.0.113.0/24", "2001:db8::/32") or one address, normalised to CIDR. */
export function parseCidr(value: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | undefined {
  const [address = '', bits, ...rest] = value.trim().split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return undefined;
  const max = version === 4 ? 32 : 128;
  const prefix = bits === undefined ? max : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) return undefined;
  return { address: address.toLowerCase(), prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/** A deny rule as written by a coordinator: the value checked and normalised for its kind. */
export const DenyRuleInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('ip_range'),
    value: z
      .string()
      .trim()
      .max(60)
      .refine((v) => parseCidr(v) !== undefined, 'expected an IP address or CIDR range such as 203.0.113.0/24')
      .transform((v) => {
        const c = parseCidr(v)!;
        return `${c.address}/${c.prefix}`;
      }),
    note: z.string().trim().max(500).optional(),
  }),
  z.strictObject({
    kind: z.literal('email_domain'),
    value: z
      .string()
      .trim()
      .toLowerCase()
      .max(253)
      .regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/, 'expected a domain such as mailinator.com')
      .transform((v) => v.replace(/\.$/, '')),
    note: z.string().trim().max(500).optional(),
  }),
]);
export type DenyRuleInput = z.output<typeof DenyRuleInputSchema>;

/** Compiled deny rules: an address list and a domain set, checked against each signing. */
export interface DenyMatcher {
  ipDenied(ip: string): boolean;
  /** True when the domain or any parent domain is denied (a rule for example.com covers mail.example.com). */
  domainDenied(domain: string): boolean;
}

/** Builds the matcher of a set of rules. */
export function denyMatcher(rules: readonly { kind: string; value: string }[]): DenyMatcher {
  const blocks = new BlockList();
  const domains = new Set<string>();
  let ipRules = 0;
  for (const r of rules) {
    if (r.kind === 'email_domain') domains.add(r.value);
    const c = r.kind === 'ip_range' ? parseCidr(r.value) : undefined;
    if (c) {
      blocks.addSubnet(c.address, c.prefix, c.family);
      ipRules += 1;
    }
  }
  return {
    ipDenied(ip) {
      // Most installations have no address rules: then no signing pays for a BlockList lookup.
      if (ipRules === 0) return false;
      const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
      const addr = mapped ? mapped[1]! : ip;
      const v = isIP(addr);
      return v !== 0 && blocks.check(addr, v === 4 ? 'ipv4' : 'ipv6');
    },
    domainDenied(domain) {
      const parts = domain.split('.');
      for (let i = 0; i < parts.length - 1; i++) if (domains.has(parts.slice(i).join('.'))) return true;
      return false;
    },
  };
}

/** Which signatures a bulk invalidation touches; at least one criterion besides the appeal is required. */
export const InvalidationCriteriaSchema = z
  .strictObject({
    domain: z
      .string()
      .trim()
      .toLowerCase()
      .min(1)
      .max(253)
      .optional()
      .describe('email domain (exact, after alias resolution)'),
    networkHint: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional()
      .describe('a network hint as listed in the signature summary'),
    network: z
      .string()
      .trim()
      .max(60)
      .refine((v) => networkPrefixOfInput(v) !== undefined, 'expected an IP address')
      .optional()
      .describe('an IP address: its /24 or /48 network'),
    createdFrom: z.iso.datetime().optional().describe('signed at or after (ISO 8601)'),
    createdTo: z.iso.datetime().optional().describe('signed before (ISO 8601)'),
    namePattern: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('names matching this pattern (* for any text; case and accents ignored)'),
    status: z.enum(['pending', 'confirmed']).optional().describe('only pending or only confirmed signatures'),
    reason: z.string().trim().max(200).optional(),
  })
  .refine((c) => Boolean(c.domain ?? c.networkHint ?? c.network ?? c.createdFrom ?? c.createdTo ?? c.namePattern), {
    message: 'name at least one criterion: domain, networkHint, network, createdFrom, createdTo or namePattern',
  });
export type InvalidationCriteria = z.output<typeof InvalidationCriteriaSchema>;

/** The network prefix of an address given as a criterion (one address, or a CIDR whose address is used). */
export function networkPrefixOfInput(value: string): string | undefined {
  return networkPrefix(value.split('/')[0] ?? '');
}

/** A name pattern (* is any text) as a test over folded names. */
export function namePatternTest(pattern: string, fold: (s: string) => string): (name: string) => boolean {
  const parts = pattern.split('*').map((p) => fold(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`^${parts.join('.*')}$`, 'u');
  return (name) => re.test(fold(name));
}
