// On a record's edit page: the sources cited for it, and a small form to cite one more (for the record or one of its fields).
import type { Citation } from '../../../domain/source.ts';
import type { RecordType } from '../../../domain/vocabulary.ts';
import { CERTAINTIES } from '../../../domain/vocabulary.ts';
import { vocab, type I18n } from '../../../i18n/i18n.ts';
import type { RecordLink } from '../../../queries/pages/record-links.ts';
import { recordPath } from '../../../queries/pages/record-links.ts';
import { NO_ERRORS } from '../forms/errors.ts';
import { ScalarField } from '../forms/fields.tsx';
import { CsrfInput } from '../forms/record-form.tsx';
import type { Candidates, FieldSpec } from '../forms/spec.ts';

/** The fields of a record a citation may name: top-level fields and the fields of nested objects ("sentence.months"). */
export function citableFields(i: I18n, fields: readonly FieldSpec[]): [string, string][] {
  const out: [string, string][] = [];
  for (const f of fields) {
    // Restricted fields are never cited: a citation is visible more widely than they are, and would name them.
    if (f.name === 'slug' || f.name === 'confidentiality' || f.name === 'restricted') continue;
    out.push([f.name, i.t(f.label)]);
    if (f.kind === 'object')
      for (const g of f.fields) out.push([`${f.name}.${g.name}`, `${i.t(f.label)} › ${i.t(g.label)}`]);
  }
  return out;
}

/** What the citation section shows. */
export interface CiteProps {
  i: I18n;
  type: RecordType;
  id: string;
  csrf: string | undefined;
  citations: Citation[];
  sources: ReadonlyMap<string, RecordLink>;
  fields: [string, string][];
  candidates: Candidates;
}

/** The citations of a record and the "Cite a source" form, which posts to /edit/citations/new and comes back here. */
export function CiteSection(props: CiteProps) {
  const { i, citations, sources, fields } = props;
  const labelOf = new Map(fields);
  const ctx = { i, errors: NO_ERRORS, candidates: props.candidates };
  const noSources = Array.isArray(props.candidates.source) && props.candidates.source.length === 0;
  return (
    <section aria-labelledby="citations-title" id="citations">
      <h2 id="citations-title">{i.t('edit.cite.list')}</h2>
      {citations.length === 0 ? (
        <p>{i.t('edit.cite.none')}</p>
      ) : (
        <ul>
          {citations.map((c) => {
            const s = sources.get(c.sourceId);
            const where = [
              c.field
                ? (labelOf.get(c.field) ?? labelOf.get(c.field.split('.')[0] ?? '') ?? c.field)
                : i.t('edit.cite.wholeRecord'),
              c.locator,
              vocab(i, 'certainty', c.certainty),
            ]
              .filter(Boolean)
              .join(' · ');
            return (
              <li>
                {s ? <a href={recordPath('source', s.slug)}>{s.label}</a> : c.sourceId} — {where} —{' '}
                <a href={`/edit/citations/${c.id}`}>{i.t('edit.cite.edit')}</a>
              </li>
            );
          })}
        </ul>
      )}
      <h3>{i.t('edit.cite.title')}</h3>
      {noSources ? (
        <p>
          {i.t('edit.cite.noSources')} <a href="/edit/sources/new">{i.t('edit.title.new.source')}</a>
        </p>
      ) : (
        <form method="post" action="/edit/citations/new" novalidate>
          <CsrfInput token={props.csrf} />
          <input type="hidden" name="record[type]" value={props.type} />
          <input type="hidden" name="record[id]" value={props.id} />
          <ScalarField
            ctx={ctx}
            f={{ kind: 'ref', name: 'sourceId', label: 'edit.f.sourceId', to: ['source'], required: true }}
            path={['sourceId']}
            value=""
          />
          <div class="field">
            <label for="f-field">{i.t('edit.f.field')}</label>
            <select id="f-field" name="field">
              <option value="">{i.t('edit.cite.wholeRecord')}</option>
              {fields.map(([path, label]) => (
                <option value={path}>{label}</option>
              ))}
            </select>
          </div>
          <ScalarField
            ctx={ctx}
            f={{ kind: 'text', name: 'locator', label: 'edit.f.locator', hint: 'edit.hint.locator' }}
            path={['locator']}
            value=""
          />
          <ScalarField
            ctx={ctx}
            f={{
              kind: 'select',
              name: 'certainty',
              label: 'edit.f.certainty',
              options: CERTAINTIES,
              labels: { vocab: 'certainty' },
              default: 'alleged',
            }}
            path={['certainty']}
            value="alleged"
          />
          <button type="submit" class="secondary">
            {i.t('edit.cite.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
