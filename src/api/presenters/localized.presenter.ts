// Fields with a value per language, as the API shows them: every value, and the one chosen for the reader.
import type { Case } from '../../domain/case.ts';
import type { Event } from '../../domain/event.ts';
import { allValues, textForReader, type Localized } from '../../domain/localized.ts';

/** One localized field: `values` by language, and `text` in `lang` for the reader (`fallback` when not theirs). */
export interface LocalizedField {
  values: Localized;
  text: string;
  lang: string;
  fallback: boolean;
}

/** A field kept as plain value (in `lang`) + translations, for a reader of `readerLang` (the record's own when unknown); null when empty. */
export function presentLocalized(
  plain: string | null,
  lang: string,
  translations: Localized | undefined,
  readerLang: string | undefined,
): LocalizedField | null {
  const values = allValues(plain, lang, translations);
  const chosen = textForReader(values, readerLang ?? lang, lang);
  return chosen ? { values, ...chosen } : null;
}

/** The `i18n` block of a case, and its charges with theirs. */
export function caseI18n(
  c: Case,
  readerLang: string | undefined,
): { i18n: Record<string, LocalizedField | null>; charges: unknown[] } {
  return {
    i18n: {
      title: presentLocalized(c.title, c.lang, c.translations.title, readerLang),
      summary: presentLocalized(c.summary, c.lang, c.translations.summary, readerLang),
    },
    charges: c.charges.map((ch) => ({
      ...ch,
      i18n: { text: presentLocalized(ch.text, c.lang, ch.translations.text, readerLang) },
    })),
  };
}

/** The `i18n` block of an event. */
export function eventI18n(e: Event, readerLang: string | undefined): { i18n: Record<string, LocalizedField | null> } {
  return {
    i18n: {
      title: presentLocalized(e.title, e.lang, e.translations.title, readerLang),
      description: presentLocalized(e.description, e.lang, e.translations.description, readerLang),
    },
  };
}
