// The register's list pages: filters with counts on the side, results with the facts that matter at a glance.
import type { Case } from '../../../domain/case.ts';
import type { Event } from '../../../domain/event.ts';
import type { Organisation } from '../../../domain/organisation.ts';
import type { Person } from '../../../domain/person.ts';
import { OtherNames, ReaderName } from '../reader-name.tsx';
import { LocalizedText, readerText } from '../localized-text.tsx';
import type { Source } from '../../../domain/source.ts';
import type { FacetCount } from '../../../db/repos/facet.repo.ts';
import { recordPath, type RecordLink } from '../../../queries/pages/record-links.ts';
import { vocab } from '../../../i18n/i18n.ts';
import { Layout, type PageProps } from '../layout.tsx';
import { FacetSelect, FilterForm, Pager, RecordRef, vocabLabel } from './parts.tsx';

type Query = Record<string, string | number | undefined>;
interface ListProps<T> extends PageProps {
  query: Query;
  data: T[];
  nextCursor: string | null;
  total: number;
}

const str = (v: string | number | undefined) => (v === undefined ? undefined : String(v));

/** The case list. */
export function CaseList(
  props: ListProps<Case> & {
    facets: { country: FacetCount[]; status: FacetCount[]; actKind: FacetCount[]; year: FacetCount[] };
    links: Map<string, RecordLink>;
  },
) {
  const { i, query, facets } = props;
  return (
    <Layout {...props} title={i.t('register.cases.title')}>
      <h1>{i.t('register.cases.title')}</h1>
      <div class="layout-list">
        <FilterForm i={i} action="/cases" q={str(query.q)}>
          <FacetSelect
            i={i}
            name="country"
            label="register.filter.country"
            value={str(query.country)}
            counts={facets.country}
            labelOf={(c) => i.country(c)}
          />
          <FacetSelect
            i={i}
            name="status"
            label="register.filter.status"
            value={str(query.status)}
            counts={facets.status}
            labelOf={vocabLabel(i, 'caseStatus')}
          />
          <FacetSelect
            i={i}
            name="actKind"
            label="register.filter.actKind"
            value={str(query.actKind)}
            counts={facets.actKind}
            labelOf={vocabLabel(i, 'actKind')}
          />
          <FacetSelect
            i={i}
            name="year"
            label="register.filter.year"
            value={str(query.year)}
            counts={facets.year}
            labelOf={(y) => y}
          />
        </FilterForm>
        <section aria-labelledby="results-h">
          <h2 id="results-h">{i.t('common.showing', { count: props.total })}</h2>
          <ol class="records">
            {props.data.map((c) => (
              <li>
                <h3>
                  <a href={recordPath('case', c.slug)}>
                    <LocalizedText i={i} text={readerText(i, c.title, c.lang, c.translations.title)} />
                  </a>
                </h3>
                <p class="meta">
                  <RecordRef i={i} link={props.links.get(c.subject.id)} /> · {i.country(c.country)} ·{' '}
                  <span class="status">{vocab(i, 'caseStatus', c.status)}</span>
                  {c.sentence?.months != null ? (
                    <> · {i.t('register.sentence.short', { length: i.months(c.sentence.months) })}</>
                  ) : null}
                </p>
                {c.acts.length > 0 ? (
                  <p class="meta">
                    {[...new Set(c.acts.map((a) => a.kind))].map((k) => (
                      <span class="tag">{vocab(i, 'actKind', k)}</span>
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
          <Pager i={i} path="/cases" query={query} nextCursor={props.nextCursor} />
        </section>
      </div>
    </Layout>
  );
}

/** The list of people. */
export function PersonList(props: ListProps<Person> & { facets: { nationality: FacetCount[]; role: FacetCount[] } }) {
  const { i, query, facets } = props;
  return (
    <Layout {...props} title={i.t('register.persons.title')}>
      <h1>{i.t('register.persons.title')}</h1>
      <div class="layout-list">
        <FilterForm i={i} action="/persons" q={str(query.q)}>
          <FacetSelect
            i={i}
            name="nationality"
            label="register.filter.nationality"
            value={str(query.nationality)}
            counts={facets.nationality}
            labelOf={(c) => i.country(c)}
          />
          <FacetSelect
            i={i}
            name="role"
            label="register.filter.role"
            value={str(query.role)}
            counts={facets.role}
            labelOf={vocabLabel(i, 'personRole')}
          />
        </FilterForm>
        <section aria-labelledby="results-h">
          <h2 id="results-h">{i.t('common.showing', { count: props.total })}</h2>
          <ol class="records">
            {props.data.map((p) => (
              <li>
                <h3>
                  <a href={recordPath('person', p.slug)}>
                    <ReaderName i={i} names={p.names} />
                  </a>
                </h3>
                <p class="meta">
                  <OtherNames i={i} names={p.names} />
                  {p.nationality ? <> · {i.country(p.nationality)}</> : null}
                </p>
                {p.roles.length > 0 ? (
                  <p class="meta">
                    {p.roles.map((r) => (
                      <span class="tag">{vocab(i, 'personRole', r)}</span>
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
          <Pager i={i} path="/persons" query={query} nextCursor={props.nextCursor} />
        </section>
      </div>
    </Layout>
  );
}

/** The list of organisations. */
export function OrganisationList(
  props: ListProps<Organisation> & { facets: { kind: FacetCount[]; country: FacetCount[] } },
) {
  const { i, query, facets } = props;
  return (
    <Layout {...props} title={i.t('register.organisations.title')}>
      <h1>{i.t('register.organisations.title')}</h1>
      <div class="layout-list">
        <FilterForm i={i} action="/organisations" q={str(query.q)}>
          <FacetSelect
            i={i}
            name="kind"
            label="register.filter.kind"
            value={str(query.kind)}
            counts={facets.kind}
            labelOf={vocabLabel(i, 'organisationKind')}
          />
          <FacetSelect
            i={i}
            name="country"
            label="register.filter.country"
            value={str(query.country)}
            counts={facets.country}
            labelOf={(c) => i.country(c)}
          />
        </FilterForm>
        <section aria-labelledby="results-h">
          <h2 id="results-h">{i.t('common.showing', { count: props.total })}</h2>
          <ol class="records">
            {props.data.map((o) => (
              <li>
                <h3>
                  <a href={recordPath('organisation', o.slug)}>
                    <ReaderName i={i} names={o.names} />
                  </a>
                </h3>
                <p class="meta">
                  {vocab(i, 'organisationKind', o.kind)}
                  {o.country ? <> · {i.country(o.country)}</> : null}
                </p>
              </li>
            ))}
          </ol>
          <Pager i={i} path="/organisations" query={query} nextCursor={props.nextCursor} />
        </section>
      </div>
    </Layout>
  );
}

/** The list of events. */
export function EventList(
  props: ListProps<Event> & { facets: { kind: FacetCount[]; country: FacetCount[]; year: FacetCount[] } },
) {
  const { i, query, facets } = props;
  return (
    <Layout {...props} title={i.t('register.events.title')}>
      <h1>{i.t('register.events.title')}</h1>
      <div class="layout-list">
        <FilterForm i={i} action="/events" q={str(query.q)}>
          <FacetSelect
            i={i}
            name="kind"
            label="register.filter.kind"
            value={str(query.kind)}
            counts={facets.kind}
            labelOf={vocabLabel(i, 'eventKind')}
          />
          <FacetSelect
            i={i}
            name="country"
            label="register.filter.country"
            value={str(query.country)}
            counts={facets.country}
            labelOf={(c) => i.country(c)}
          />
          <FacetSelect
            i={i}
            name="year"
            label="register.filter.year"
            value={str(query.year)}
            counts={facets.year}
            labelOf={(y) => y}
          />
        </FilterForm>
        <section aria-labelledby="results-h">
          <h2 id="results-h">{i.t('common.showing', { count: props.total })}</h2>
          <ol class="records">
            {props.data.map((e) => (
              <li>
                <h3>
                  <a href={recordPath('event', e.slug)}>
                    <LocalizedText i={i} text={readerText(i, e.title, e.lang, e.translations.title)} />
                  </a>
                </h3>
                <p class="meta">
                  {vocab(i, 'eventKind', e.kind)} · {i.date(e.startDate, e.startApprox)}
                  {e.endDate ? ` – ${i.date(e.endDate, e.endApprox)}` : ''}
                  {e.place.country ? (
                    <> · {[e.place.locality, i.country(e.place.country)].filter(Boolean).join(', ')}</>
                  ) : null}
                </p>
              </li>
            ))}
          </ol>
          <Pager i={i} path="/events" query={query} nextCursor={props.nextCursor} />
        </section>
      </div>
    </Layout>
  );
}

/** The list of sources. */
export function SourceList(props: ListProps<Source>) {
  const { i, query } = props;
  return (
    <Layout {...props} title={i.t('register.sources.title')}>
      <h1>{i.t('register.sources.title')}</h1>
      <div class="layout-list">
        <FilterForm i={i} action="/sources" q={str(query.q)}>
          {null}
        </FilterForm>
        <section aria-labelledby="results-h">
          <h2 id="results-h">{i.t('register.sources.title')}</h2>
          <ol class="records">
            {props.data.map((s) => (
              <li>
                <h3>
                  <a href={recordPath('source', s.slug)}>{s.title}</a>
                </h3>
                <p class="meta">
                  {[
                    s.publisher,
                    s.publishedDate ? i.date(s.publishedDate) : undefined,
                    vocab(i, 'reliability', s.reliability),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </li>
            ))}
          </ol>
          <Pager i={i} path="/sources" query={query} nextCursor={props.nextCursor} />
        </section>
      </div>
    </Layout>
  );
}
