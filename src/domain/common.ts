// Building blocks shared by the record schemas.
// The package's core only: its main entry also loads the names in every language, which validation does not need.
import countries from 'i18n-iso-countries/index.js';
import { z } from 'zod';
import { isPartialDate, parsePartialDate } from './partial-date.ts';
import { CONFIDENTIALITY, NAME_KINDS, SCRIPTS } from './vocabulary.ts';

/** A reduced ISO 8601 date: "2011", "2011-12" or "2011-12-16". */
export const PartialDateSchema = z
  .string()
  .refine(isPartialDate, { message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' })
  .describe('Partial date: YYYY, YYYY-MM or YYYY-MM-DD');

/** An ISO 3166-1 alpha-2 country code, upper case. */
export const CountrySchema = z
  .string()
  .transform((s) => s.toUpperCase())
  .refine((s) => /^[A-Z]{2}$/.test(s) && countries.isValid(s), {
    message: 'expected an ISO 3166-1 alpha-2 country code such as KZ',
  })
  .describe('ISO 3166-1 alpha-2 country code');

export const ConfidentialitySchema = z.enum(CONFIDENTIALITY);

/** A stable record id (ULID). */
export const IdSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'expected a record id (26-character ULID)');

/** A human-readable URL part. */
export const SlugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and single hyphens');

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Short free text (titles, names). Control characters are refused. */
export const shortText = (max = 500) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max)
    .refine((s) => !CONTROL.test(s), 'must not contain control characters');

// What a reader cannot see: spaces, control and format characters (zero-width, bidi controls, U+2060, U+FEFF), other
// default-ignorable code points (fillers, variation selectors) and combining marks, which alone sit on nothing.
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}]/gu;

/** True when a text has at least one character a reader can see. */
export function hasVisibleCharacter(text: string): boolean {
  return text.replace(INVISIBLE, '') !== '';
}

/**
 * The name of a person, organisation, signer, co-signatory or user: short text that must show something. A name of
 * zero-width spaces, bidi controls or lone combining marks would appear blank, under a letter or in a list.
 */
export const nameText = (max = 300) =>
  shortText(max).refine(
    hasVisibleCharacter,
    'must contain a visible character (not only spaces, invisible or combining characters)',
  );

/** A calendar day as YYYY-MM-DD that exists (2020-02-30 and 2020-99-01 do not). */
export const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => parsePartialDate(s)?.day !== undefined, 'expected a real calendar date as YYYY-MM-DD');

/** Long free text (summaries, descriptions). */
export const longText = (max = 20000) => z.string().max(max);

/** A web address: only http and https are accepted, never javascript: or data:. */
export const UrlSchema = z
  .string()
  .max(2000)
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'expected an http(s) URL');

/** A BCP 47 language tag such as "ru", "kk" or "en-GB". */
export const LanguageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a language code such as ru, kk or en');

/** One name of a person or organisation, in one script. */
export const NameSchema = z.object({
  full: nameText(300),
  script: z.enum(SCRIPTS).optional().describe('ISO 15924 script; detected from the text when omitted'),
  lang: LanguageSchema.optional(),
  kind: z.enum(NAME_KINDS).default('primary'),
  sourceOrg: shortText(200).optional().describe('Which organisation or document spells the name this way'),
});
export type NameInput = z.input<typeof NameSchema>;

/** A name as stored: script always known. */
export interface Name {
  full: string;
  script: (typeof SCRIPTS)[number];
  lang?: string;
  kind: (typeof NAME_KINDS)[number];
  sourceOrg?: string;
}

/** The name of a restricted field: a lower-case letter, then letters, digits or _ (at most 40 characters). */
export const RESTRICTED_KEY = /^[a-z][a-zA-Z0-9_]{0,39}$/;
/** At most this many restricted fields per record. */
export const MAX_RESTRICTED_FIELDS = 20;

/**
 * Named values only cleared readers may see, e.g. { "contact": "…", "whereabouts": "…" }. They are stored encrypted,
 * never searched, and left out of everything the public and viewers receive.
 */
export const RestrictedSchema = z
  .record(z.string().regex(RESTRICTED_KEY), z.string().max(5000), {
    error: (issue) =>
      issue.code === 'invalid_key'
        ? 'expected a field name: a lower-case letter, then letters, digits or _ (at most 40)'
        : undefined,
  })
  .refine((r) => Object.keys(r).length <= MAX_RESTRICTED_FIELDS, `at most ${MAX_RESTRICTED_FIELDS} restricted fields`)
  .optional()
  .describe('Restricted fields (name → text), encrypted at rest; shown only to roles cleared for restricted data');

/** Restricted values in a stable order (by name), so equal maps serialise identically. */
export function restrictedOf(values: Readonly<Record<string, string>> | null | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(values ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** True when a record has at least one restricted value. */
export function hasRestricted(record: Pick<RecordBase, 'restricted'>): boolean {
  return Object.keys(record.restricted).length > 0;
}

/** Fields every record carries. */
export interface RecordBase {
  id: string;
  slug: string;
  confidentiality: (typeof CONFIDENTIALITY)[number];
  createdAt: string;
  updatedAt: string;
  /** Restricted values by name; empty when there are none or the reader may not see them. */
  restricted: Record<string, string>;
}

/** undefined → null, for optional fields stored as SQL NULL and shown as JSON null. */
export const orNull = <T>(v: T | null | undefined): T | null => (v === undefined ? null : v);

/** Completes a parsed name: the script is detected from the text when not given. */
export function completeName(n: z.output<typeof NameSchema>, detect: (text: string) => Name['script']): Name {
  return {
    full: n.full,
    script: n.script ?? detect(n.full),
    kind: n.kind,
    ...(n.lang ? { lang: n.lang } : {}),
    ...(n.sourceOrg ? { sourceOrg: n.sourceOrg } : {}),
  };
}

/** The record fields a build step fills in: everything but the input's own fields. */
export type Base = Omit<RecordBase, 'confidentiality' | 'restricted'>;
