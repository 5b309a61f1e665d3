// A record field with a value per language, as a reader of the page's language sees it: theirs when it exists, else a
// fallback marked with its language (a `lang` attribute for screen readers and a visible note for everyone).
import { fieldForReader, type Localized, type ReaderText } from '../../domain/localized.ts';
import type { I18n } from '../../i18n/i18n.ts';
import { langAttr } from './reader-name.tsx';

/** The value of a field kept as plain value (in `lang`) + translations, for the page's language. */
export function readerText(
  i: I18n,
  plain: string | null,
  lang: string,
  translations: Localized | undefined,
): ReaderText | undefined {
  return fieldForReader(plain, lang, translations, i.locale);
}

/** The text of a field for the page's language, as plain text (page titles, attributes). */
export function readerPlain(i: I18n, plain: string | null, lang: string, translations: Localized | undefined): string {
  return readerText(i, plain, lang, translations)?.text ?? '';
}

/** The note after a value in another language than the page's: "Not translated: Russian". */
export function FallbackNote(props: { i: I18n; text: ReaderText | undefined }) {
  const t = props.text;
  if (!t?.fallback) return null;
  return (
    <>
      {' '}
      <small class="lang-fallback">{props.i.t('common.untranslated', { language: props.i.language(t.lang) })}</small>
    </>
  );
}

/** A text already chosen for a reader, marked as a fallback when `lang` (the language it fell back to) is given. */
export function FallbackText(props: { i: I18n; text: string; lang: string | null | undefined }) {
  return (
    <LocalizedText
      i={props.i}
      text={{ text: props.text, lang: props.lang ?? props.i.locale, fallback: Boolean(props.lang) }}
    />
  );
}

/** A field's value for the page's language, marked when it falls back to another language. */
export function LocalizedText(props: { i: I18n; text: ReaderText | undefined }) {
  const t = props.text;
  if (!t) return null;
  const lang = langAttr(t.lang, props.i.locale);
  return (
    <>
      {lang ? <span lang={lang}>{t.text}</span> : t.text}
      <FallbackNote i={props.i} text={t} />
    </>
  );
}
