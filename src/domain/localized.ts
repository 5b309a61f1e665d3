// Record fields that readers see, in several languages. A record keeps each such field as its plain value in the
// record's own language (`lang`) plus `translations`: the values in other languages. Readers get the value for their
// language, else the original, else English, else any — and a fallback is always shown marked with its language.
import { z } from 'zod';

/** Values of one field by language code, e.g. { "en": "…", "ru": "…" }. */
export type Localized = Record<string, string>;

/** Translations of a record's fields: field name → values in languages other than the record's own. */
export type Translations<K extends string = string> = Partial<Record<K, Localized>>;

/** The language a register's records are written in when nothing says otherwise. */
export const DEFAULT_RECORD_LANG = 'en';

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** True for a two- or three-letter ISO 639 code that the runtime knows a name for ("kk", "ru"; not "xx"). */
export function isKnownLanguage(code: string): boolean {
  return /^[a-z]{2,3}$/.test(code) && LANGUAGE_NAMES.of(code) !== undefined;
}

/** Languages offered first when an editor picks the language of a value (any known code is accepted through the API). */
export const RECORD_LANGUAGES = [
  'en',
  'ru',
  'kk',
  'fr',
  'de',
  'es',
  'uk',
  'be',
  'ky',
  'uz',
  'tg',
  'tk',
  'az',
  'hy',
  'ka',
  'tr',
  'zh',
  'ar',
  'fa',
] as const;

/** A language code for record values: a known ISO 639 code, lower case, without region. */
export const RecordLangSchema = z
  .string()
  .refine(isKnownLanguage, 'expected a known language code such as en, ru, fr or kk');

/** Values by language: known codes only, each value checked by `text` and not empty. */
function languageMap(text: z.ZodType<string>) {
  return z.record(z.string(), text, { error: 'expected a map of language code → text' }).superRefine((m, ctx) => {
    for (const code of Object.keys(m)) {
      if (!isKnownLanguage(code))
        ctx.addIssue({
          code: 'custom',
          path: [code],
          message: `unknown language code "${code}" (expected e.g. en, ru, fr or kk)`,
        });
      else if ((m[code] ?? '').trim() === '')
        ctx.addIssue({ code: 'custom', path: [code], message: 'must not be empty (leave the language out instead)' });
    }
  });
}

/** Values by language, at least one: known codes only, each value checked by `text` and not empty. */
export function localizedMap(text: z.ZodType<string>) {
  return languageMap(text).refine((m) => Object.keys(m).length > 0, 'give at least one language');
}

/** A field that takes either a plain string (in the record's language) or a map of language → string. */
export function localizedInput(text: z.ZodType<string>) {
  return z.union([text, localizedMap(text)]);
}

/** Translations as input: field → values in other languages (what responses return as `translations`). */
export function translationsInput<K extends string>(fields: Readonly<Record<K, z.ZodType<string>>>) {
  const shape = Object.fromEntries(
    Object.entries<z.ZodType<string>>(fields).map(([k, t]) => [k, languageMap(t).optional()]),
  );
  return z
    .strictObject(shape as Record<K, z.ZodOptional<ReturnType<typeof languageMap>>>)
    .partial()
    .optional()
    .describe('Values in languages other than `lang`, per field; a map given for the field itself replaces them');
}

/** A map with its languages in code order, so equal maps serialise identically. */
export function sortedLocalized(m: Readonly<Localized>): Localized {
  return Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every value of a field: the plain value under the record's language, and the translations. */
export function allValues(
  plain: string | null,
  lang: string,
  translations: Readonly<Localized> | undefined,
): Localized {
  return sortedLocalized({ ...(translations ?? {}), ...(plain !== null && plain !== '' ? { [lang]: plain } : {}) });
}

/**
 * Splits an input field into the plain value for `lang` and the values in other languages. A map replaces every value
 * of the field; a plain string (or null) sets the value in `plainLang` (the language the sender's plain value is in)
 * and keeps the other translations.
 */
export function splitLocalized(
  input: string | Localized | null | undefined,
  others: Readonly<Localized> | undefined,
  lang: string,
  plainLang = lang,
): { value: string | null; translations: Localized } {
  const all: Localized = typeof input === 'object' && input !== null ? { ...input } : { ...(others ?? {}) };
  if (typeof input === 'string') all[plainLang] = input;
  const value = all[lang] ?? null;
  delete all[lang];
  return { value, translations: sortedLocalized(all) };
}

/** Drops fields without translations, so a record without any stores `{}`. */
export function compactTranslations<K extends string>(t: Partial<Record<K, Localized>>): Translations<K> {
  const out: Translations<K> = {};
  for (const [k, v] of Object.entries(t) as [K, Localized | undefined][])
    if (v && Object.keys(v).length > 0) out[k] = v;
  return out;
}

/** The value a reader is shown, with its language and whether it is a fallback from another language. */
export interface ReaderText {
  text: string;
  lang: string;
  fallback: boolean;
}

const base = (lang: string): string => lang.toLowerCase().split('-')[0] ?? lang;

/**
 * The value for a reader of `readerLang`: theirs, else the original (`originalLang`), else English, else the first
 * language in code order. Undefined when the field has no value at all.
 */
export function textForReader(
  values: Readonly<Localized>,
  readerLang: string,
  originalLang: string,
): ReaderText | undefined {
  const want = base(readerLang);
  for (const lang of [want, originalLang, 'en', ...Object.keys(values).sort()]) {
    const text = values[lang];
    if (text !== undefined && text !== '') return { text, lang, fallback: lang !== want };
  }
  return undefined;
}

/** Shortcut: the reader's value of a field kept as plain value + translations. */
export function fieldForReader(
  plain: string | null,
  lang: string,
  translations: Readonly<Localized> | undefined,
  readerLang: string,
): ReaderText | undefined {
  return textForReader(allValues(plain, lang, translations), readerLang, lang);
}

/** Every value of a field folded into one text, for search keys and indexes (each language is found). */
export function searchableText(plain: string | null, translations: Readonly<Localized> | undefined): string {
  return [plain ?? '', ...Object.values(translations ?? {})].filter((s) => s !== '').join('\n');
}

/**
 * The language a plain string sent for a field is in: the record's language, except that the stored plain value sent
 * back unchanged (an update that merges over the stored record) stays in the language it was stored in.
 */
export function plainLangOf(
  input: unknown,
  stored: string | null | undefined,
  storedLang: string | undefined,
  lang: string,
): string {
  return typeof input === 'string' && storedLang !== undefined && input === stored ? storedLang : lang;
}

/**
 * The record's language: the one sent, else the stored one, else the first language of a map sent for `first`, else
 * the one a plain `first` is written in (as the migration guessed it for older records).
 */
export function recordLangOf(sent: string | undefined, storedLang: string | undefined, first: unknown): string {
  if (sent) return sent;
  if (storedLang) return storedLang;
  if (typeof first === 'object' && first !== null) return Object.keys(first)[0] ?? DEFAULT_RECORD_LANG;
  return typeof first === 'string' ? guessTextLang(first) : DEFAULT_RECORD_LANG;
}

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;

/** The language older plain values are taken to be in: Kazakh for its own letters, Russian for other Cyrillic, else the default. */
export function guessTextLang(text: string): string {
  if (KAZAKH_LETTERS.test(text)) return 'kk';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  return DEFAULT_RECORD_LANG;
}
