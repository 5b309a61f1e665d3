// A person's or organisation's name as a reader of the page's language should see it, marked with its language when
// that differs from the page's, so that screen readers pronounce «Роза Тулетаева» as Russian on an English page.
import type { Name } from '../../domain/common.ts';
import { nameForReader, namesForReader } from '../../domain/reader-names.ts';
import type { I18n } from '../../i18n/i18n.ts';

/** The `lang` attribute for a text in `lang` on a page in `pageLang`: only when they differ, and only when known. */
export function langAttr(lang: string | undefined, pageLang: string): string | undefined {
  return lang && lang.split('-')[0] !== pageLang ? lang : undefined;
}

/** The name chosen for the page's language, as text marked with its language. */
export function ReaderName(props: { i: I18n; names: readonly Name[] }) {
  const chosen = nameForReader(props.names, props.i.locale);
  const lang = langAttr(chosen.lang, props.i.locale);
  return lang ? <span lang={lang}>{chosen.full}</span> : <>{chosen.full}</>;
}

/** The other names after the chosen one, in the reader's order, each marked with its language. */
export function OtherNames(props: { i: I18n; names: readonly Name[] }) {
  const [, ...rest] = namesForReader(props.names, props.i.locale);
  return (
    <>
      {rest.map((n, k) => (
        <>
          {k > 0 ? ' · ' : ''}
          <span lang={langAttr(n.lang, props.i.locale)}>{n.full}</span>
        </>
      ))}
    </>
  );
}
