// Formatting for one reader's language: messages (ICU, with plurals), dates, numbers, durations, countries.
import { countries } from './countries.ts';
import { IntlMessageFormat } from 'intl-messageformat';
import { parsePartialDate } from '../domain/partial-date.ts';
import { splitMonths } from '../domain/sentence.ts';
import type { Locale } from './locales.ts';
import { MESSAGES, type MessageKey } from './messages/index.ts';

/** Values a message may interpolate. */
export type MessageValues = Record<string, string | number | Date>;

/** Everything a view needs to speak the reader's language. */
export interface I18n {
  readonly locale: Locale;
  t(key: MessageKey, values?: MessageValues): string;
  /** A partial date ("2011", "2011-12", "2011-12-16") written for the locale; approximate dates are marked. */
  date(value: string | null | undefined, approx?: boolean): string;
  /**
   * The same date placed inside a sentence, after a preposition ("Письмо от {date}"): Russian then needs the month in
   * the genitive («от декабря 2014 г.», never «от декабрь 2014 г.»); other languages write it as date() does.
   */
  dateIn(value: string | null | undefined, approx?: boolean): string;
  /** An ISO timestamp as a date and time. */
  timestamp(iso: string): string;
  number(n: number): string;
  /** A length in months as years and months ("7 years 6 months", "7 лет 6 месяцев"). */
  months(total: number): string;
  country(code: string | null | undefined): string;
  /** The name of a language in the reader's language ("Russian", «русский»). */
  language(code: string): string;
}

const compiled = new Map<string, IntlMessageFormat>();

function format(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const cacheKey = `${locale}\u0000${key}`;
  let mf = compiled.get(cacheKey);
  if (!mf) {
    mf = new IntlMessageFormat(MESSAGES[locale][key], locale);
    compiled.set(cacheKey, mf);
  }
  return String(mf.format(values));
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, kind: 'month' | 'day' | 'stamp'): Intl.DateTimeFormat {
  const k = `${locale}:${kind}`;
  let f = dateFormats.get(k);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : kind === 'day'
          ? { dateStyle: 'long', timeZone: 'UTC' }
          : { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' };
    f = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(k, f);
  }
  return f;
}

const dayFirst = new Map<string, Intl.DateTimeFormat>();
// Russian has no "month and year in the genitive" pattern in CLDR: format a whole day, then drop the day and the space after it.
function genitiveMonthYear(locale: Locale, date: Date): string {
  let f = dayFirst.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dayFirst.set(locale, f);
  }
  const parts = f.formatToParts(date);
  const day = parts.findIndex((p) => p.type === 'day');
  const rest = day === 0 ? parts.slice(2) : parts;
  return rest
    .map((p) => p.value)
    .join('')
    .trim();
}

// French writes the first day of a month as an ordinal: «1er décembre 2014», not «1 décembre 2014».
function withFrenchFirst(locale: Locale, f: Intl.DateTimeFormat, date: Date): string {
  if (locale !== 'fr' || date.getUTCDate() !== 1) return f.format(date);
  return f
    .formatToParts(date)
    .map((p) => (p.type === 'day' ? `${Number(p.value)}er` : p.value))
    .join('');
}

function partialDate(locale: Locale, value: string | null | undefined, approx: boolean, inPhrase: boolean): string {
  if (!value) return format(locale, 'common.unknown');
  const d = parsePartialDate(value);
  if (!d) return value;
  const date = new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
  const text =
    d.month === undefined
      ? String(d.year)
      : d.day === undefined
        ? inPhrase && locale === 'ru'
          ? genitiveMonthYear(locale, date)
          : dateFormat(locale, 'month').format(date)
        : withFrenchFirst(locale, dateFormat(locale, 'day'), date);
  return approx ? `${format(locale, 'common.approx')} ${text}` : text;
}

// One formatter per locale for the whole process: it holds no per-reader state, and building one (its number format
// above all) for every request was a visible share of a signing's CPU.
const formatters = new Map<Locale, I18n>();

/** The formatter of one locale, built once per process. */
export function i18nFor(locale: Locale): I18n {
  let cached = formatters.get(locale);
  if (!cached) {
    cached = buildI18n(locale);
    formatters.set(locale, cached);
  }
  return cached;
}

function buildI18n(locale: Locale): I18n {
  const numbers = new Intl.NumberFormat(locale);
  const languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const self: I18n = {
    locale,
    t: (key, values) => format(locale, key, values),
    date: (value, approx = false) => partialDate(locale, value, approx, false),
    dateIn: (value, approx = false) => partialDate(locale, value, approx, true),
    timestamp: (iso) => withFrenchFirst(locale, dateFormat(locale, 'stamp'), new Date(iso)),
    number: (n) => numbers.format(n),
    months(total) {
      const { years, months } = splitMonths(total);
      const parts: string[] = [];
      if (years > 0) parts.push(format(locale, 'duration.years', { n: years }));
      if (months > 0 || years === 0) parts.push(format(locale, 'duration.months', { n: months }));
      return parts.join(' ');
    },
    country(code) {
      if (!code) return format(locale, 'common.unknown');
      return countries.getName(code, locale) ?? code;
    },
    language: (code) => languages.of(code) ?? code,
  };
  return self;
}

/** The controlled vocabularies that have translated labels, by the name used in message keys (vocab.<name>.<value>). */
export const VOCABULARY_NAMES = [
  'confidentiality',
  'script',
  'nameKind',
  'personRole',
  'gender',
  'organisationKind',
  'eventKind',
  'eventRelation',
  'actKind',
  'involvement',
  'certainty',
  'sentenceKind',
  'caseStatus',
  'timelineKind',
  'designationKind',
  'paceCriterion',
  'reliability',
  'userRole',
  'participantRole',
] as const;
export type VocabularyName = (typeof VOCABULARY_NAMES)[number];

/** The label of a vocabulary value in the reader's language. */
export function vocab(i: I18n, name: VocabularyName, value: string): string {
  return i.t(`vocab.${name}.${value}` as MessageKey);
}
