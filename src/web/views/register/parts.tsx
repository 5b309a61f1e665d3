// Pieces the register's pages share: filter selects with counts, citations, names in every script, record links.
import type { ComponentChildren } from 'preact';
import type { Actor } from '../../../context.ts';
import { can, canReadRestricted } from '../../../policies/authorize.ts';
import type { FacetCount } from '../../../db/repos/facet.repo.ts';
import type { Name } from '../../../domain/common.ts';
import type { Citation, Source } from '../../../domain/source.ts';
import type { RecordType } from '../../../domain/vocabulary.ts';
import { citableFields } from '../edit/cite-form.tsx';
import { FORM_SPECS } from '../forms/specs.ts';
import { vocab, type I18n, type VocabularyName } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/index.ts';
import { recordPath, type RecordLink } from '../../../queries/pages/record-links.ts';
import { namesForReader } from '../../../domain/reader-names.ts';
import { ReaderName } from '../reader-name.tsx';
import { LocalizedText, readerText } from '../localized-text.tsx';

/** A link to a record page (a person or organisation named for the page's language), or a neutral note when the reader may not see the record. */
export function RecordRef(props: { i: I18n; link: RecordLink | undefined }) {
  if (!props.link) return <span class="meta">{props.i.t('register.notPublic')}</span>;
  const { names, titles } = props.link;
  const label = names ? (
    <ReaderName i={props.i} names={names} />
  ) : titles ? (
    <LocalizedText i={props.i} text={readerText(props.i, props.link.label, titles.lang, titles.translations)} />
  ) : (
    props.link.label
  );
  return <a href={recordPath(props.link.type, props.link.slug)}>{label}</a>;
}

/** A labelled select of one filter dimension; each option shows how many records it would give. */
export function FacetSelect(props: {
  i: I18n;
  name: string;
  label: MessageKey;
  value: string | undefined;
  counts: FacetCount[];
  labelOf: (value: string) => string;
}) {
  const { i, name, value, counts } = props;
  const values = value && !counts.some((c) => c.value === value) ? [{ value, count: 0 }, ...counts] : counts;
  return (
    <div class="field">
      <label for={`f-${name}`}>{i.t(props.label)}</label>
      <select id={`f-${name}`} name={name}>
        <option value="">{i.t('register.filter.any')}</option>
        {values.map((c) => (
          <option
            value={c.value}
            selected={c.value === value}
          >{`${props.labelOf(c.value)} (${i.number(c.count)})`}</option>
        ))}
      </select>
    </div>
  );
}

/** A label function for a vocabulary. */
export const vocabLabel = (i: I18n, name: VocabularyName) => (value: string) => vocab(i, name, value);

/** The list filter form: a search box, the selects, and apply/clear. */
export function FilterForm(props: { i: I18n; action: string; q: string | undefined; children: ComponentChildren }) {
  const { i } = props;
  return (
    <form class="filters" method="get" action={props.action} role="search" aria-label={i.t('register.filter.title')}>
      <div class="field">
        <label for="f-q">{i.t('register.filter.q')}</label>
        <input type="search" id="f-q" name="q" value={props.q ?? ''} />
      </div>
      {props.children}
      <p class="row">
        <button type="submit">{i.t('register.filter.apply')}</button>
        <a class="button secondary" href={props.action}>
          {i.t('register.filter.clear')}
        </a>
      </p>
    </form>
  );
}

/** The link to the next page of a list, keeping the filters. */
export function Pager(props: { i: I18n; path: string; query: Record<string, unknown>; nextCursor: string | null }) {
  if (!props.nextCursor) return null;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(props.query))
    if (v !== undefined && v !== '' && k !== 'cursor') params.set(k, String(v));
  params.set('cursor', props.nextCursor);
  return (
    <p class="pager">
      <a href={`${props.path}?${params}`} rel="next">
        {props.i.t('common.next')}
      </a>
    </p>
  );
}

/** Every name of a person or organisation, with its script, language and kind. */
export function NamesTable(props: { i: I18n; names: Name[] }) {
  const { i } = props;
  return (
    <table>
      <caption>{i.t('register.names')}</caption>
      <thead>
        <tr>
          <th scope="col">{i.t('register.name')}</th>
          <th scope="col">{i.t('register.script')}</th>
          <th scope="col">{i.t('register.language')}</th>
          <th scope="col">{i.t('register.nameKind')}</th>
        </tr>
      </thead>
      <tbody>
        {namesForReader(props.names, i.locale).map((n) => (
          <tr>
            <td lang={n.lang}>{n.full}</td>
            <td>{vocab(i, 'script', n.script)}</td>
            <td>{n.lang ?? ''}</td>
            <td>
              {vocab(i, 'nameKind', n.kind)}
              {n.sourceOrg ? ` (${n.sourceOrg})` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A cited field as the reader knows it ("Sentence › Length"): the form's label, or its parent's for a deeper path. */
export function citedFieldLabel(i: I18n, type: RecordType, field: string): string {
  const labels = new Map(citableFields(i, FORM_SPECS[type].fields));
  return labels.get(field) ?? labels.get(field.split('.')[0] ?? '') ?? i.t('edit.cite.wholeRecord');
}

/** The sources a record cites, with locators, certainty and the original's SHA-256. */
export function Citations(props: { i: I18n; type: RecordType; citations: Citation[]; sources: Map<string, Source> }) {
  const { i, citations, sources } = props;
  return (
    <section aria-labelledby="sources-h">
      <h2 id="sources-h">{i.t('register.sources')}</h2>
      {citations.length === 0 ? (
        <p>{i.t('register.noSources')}</p>
      ) : (
        <ol>
          {citations.map((c) => {
            const s = sources.get(c.sourceId)!;
            return (
              <li>
                <a href={recordPath('source', s.slug)}>{s.title}</a>
                {s.publisher ? `, ${s.publisher}` : ''}
                {s.publishedDate ? `, ${i.date(s.publishedDate)}` : ''}
                {c.field ? (
                  <> — {i.t('register.aboutField', { field: citedFieldLabel(i, props.type, c.field) })}</>
                ) : null}
                {c.locator ? <> — {c.locator}</> : null}{' '}
                <span class={c.certainty}>({vocab(i, 'certainty', c.certainty)})</span>
                {s.file ? <div class="hash">SHA-256 {s.file.sha256}</div> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** A definition list row, left out when there is nothing to show. */
export function Field(props: { label: string; children: ComponentChildren; when?: boolean }) {
  if (props.when === false) return null;
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

/**
 * A record's restricted fields, for readers cleared to see them; nothing at all (not even a heading) for anyone else
 * or when there are none. The route that renders it records the read in the audit log.
 */
export function RestrictedFields(props: { i: I18n; actor: Actor; values: Readonly<Record<string, string>> }) {
  const { i } = props;
  const entries = Object.entries(props.values);
  if (!canReadRestricted(props.actor) || entries.length === 0) return null;
  return (
    <section class="restricted" aria-labelledby="restricted-h">
      <h2 id="restricted-h">{i.t('restricted.title')}</h2>
      <p class="meta">{i.t('restricted.notice')}</p>
      <dl class="fields">
        {entries.map(([name, value]) => (
          <Field label={name}>
            <span class="prewrap">{value}</span>
          </Field>
        ))}
      </dl>
    </section>
  );
}

/** A link to the record's edit screen, shown only to signed-in users whose role may edit (the screen checks again). */
export function EditLink(props: { i: I18n; actor: Actor; plural: string; id: string }) {
  if (!can(props.actor, 'update', 'person')) return null;
  return (
    <p class="edit-links">
      <a class="button secondary" href={`/edit/${props.plural}/${props.id}`}>
        {props.i.t('register.edit')}
      </a>
    </p>
  );
}
