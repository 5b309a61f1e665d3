// Pieces the appeal pages share: paths, status labels, and the letter text (Markdown rendered by markdownToHtml only).
import { addresseeTitleFor, type Appeal, type AppealStatus } from '../../../domain/appeal.ts';
import type { ReaderText } from '../../../domain/localized.ts';
import { LocalizedText } from '../localized-text.tsx';
import { signatureLine, type CoSignatory } from '../../../domain/co-signatory.ts';
import type { I18n } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/index.ts';
import { markdownToHtml } from '../../../text/markdown.ts';

/** The public page of an appeal (optionally in one of its languages). */
export function appealPath(a: Pick<Appeal, 'slug'>, lang?: string): string {
  const base = `/appeals/${encodeURIComponent(a.slug)}`;
  return lang ? `${base}?lang=${encodeURIComponent(lang)}` : base;
}

/** The edit screen of an appeal. */
export function appealEditPath(a: Pick<Appeal, 'id'>): string {
  return `/edit/appeals/${encodeURIComponent(a.id)}`;
}

/** The label of an appeal status in the reader's language. */
export function statusLabel(i: I18n, status: AppealStatus): string {
  return i.t(`appeals.status.${status}` as MessageKey);
}

/** A label by message prefix ("appeals.method." + "post"). */
export function prefixed(i: I18n, prefix: string, value: string): string {
  return i.t(`${prefix}${value}` as MessageKey);
}

/**
 * The letter's text. The only HTML injected on these pages: markdownToHtml turns off raw HTML in Markdown and then keeps
 * a short list of elements and http(s)/mailto links, so a text written by anyone cannot carry script or styles.
 */
export function LetterText(props: { lang: string; body: string }) {
  return <div class="letter-text" lang={props.lang} dangerouslySetInnerHTML={{ __html: markdownToHtml(props.body) }} />;
}

/** The addressees as the letter opens: name, then title (in `lang`, the letter's, else the page's; a fallback marked) and organisation. */
export function Addressees(props: { i: I18n; addressees: Appeal['addressees']; lang?: string }) {
  return (
    <ul class="addressees">
      {props.addressees.map((a) => (
        <li>
          <strong>{a.name}</strong>
          {a.title || a.translations ? (
            <>
              <br />
              <AddresseeTitle i={props.i} text={addresseeTitleFor(a, props.lang ?? props.i.locale)} />
            </>
          ) : null}
          {a.organisation ? (
            <>
              <br />
              {a.organisation}
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The confirmed co-signatories in their order, one "Name, Title, Organisation" line each. */
export function CoSignatoryLines(props: { i: I18n; coSignatories: CoSignatory[] }) {
  const confirmed = props.coSignatories.filter((c) => c.status === 'confirmed').sort((a, b) => a.position - b.position);
  if (confirmed.length === 0) return <p>{props.i.t('appeals.page.noCoSignatories')}</p>;
  return (
    <ol class="co-signatories">
      {confirmed.map((c) => (
        <li>{signatureLine(c)}</li>
      ))}
    </ol>
  );
}

/** An addressee's title; a fallback to another language is marked in the page's language. */
function AddresseeTitle(props: { i: I18n; text: ReaderText | undefined }) {
  return <LocalizedText i={props.i} text={props.text} />;
}
