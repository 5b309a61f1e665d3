// The search page: one box over every record type, filters with counts, ranked results with marked snippets.
import type { SearchFacet, SearchResult } from '../../../queries/search/search.ts';
import type { I18n } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/index.ts';
import { Layout, type PageProps } from '../layout.tsx';
import { MarkedText } from './marked.tsx';

/** The search form's values as given in the URL. */
export interface SearchQuery {
  q?: string;
  type?: string;
  country?: string;
  year?: string;
  offset?: number;
}

const PLURAL: Record<string, string> = {
  person: 'persons',
  organisation: 'organisations',
  event: 'events',
  case: 'cases',
  source: 'sources',
  appeal: 'appeals',
};
const typeLabel = (i: I18n, t: string) => i.t(`search.type.${t}` as MessageKey);

function Select(props: {
  i: I18n;
  name: string;
  label: MessageKey;
  value: string | undefined;
  facets: SearchFacet[];
  labelOf: (v: string) => string;
}) {
  const { i, name, value } = props;
  const values =
    value && !props.facets.some((f) => f.value === value) ? [{ value, count: 0 }, ...props.facets] : props.facets;
  return (
    <div class="field">
      <label for={`s-${name}`}>{i.t(props.label)}</label>
      <select id={`s-${name}`} name={name}>
        <option value="">{i.t('search.any')}</option>
        {values.map((f) => (
          <option
            value={f.value}
            selected={f.value === value}
          >{`${props.labelOf(f.value)} (${i.number(f.count)})`}</option>
        ))}
      </select>
    </div>
  );
}

function pageLink(query: SearchQuery, offset: number): string {
  const p = new URLSearchParams();
  for (const k of ['q', 'type', 'country', 'year'] as const) if (query[k]) p.set(k, String(query[k]));
  if (offset > 0) p.set('offset', String(offset));
  return `/search?${p.toString()}`;
}

/** The search page; without a query it shows the form alone. */
export function SearchPage(props: PageProps & { query: SearchQuery; result: SearchResult | undefined; limit: number }) {
  const { i, query, result, limit } = props;
  const offset = query.offset ?? 0;
  const facets = result?.facets ?? { type: [], country: [], year: [] };
  return (
    <Layout {...props} title={query.q ? `${query.q} — ${i.t('search.title')}` : i.t('search.title')}>
      <h1>{i.t('search.title')}</h1>
      <p class="lede">{i.t('search.lede')}</p>
      <div class="layout-list">
        <form class="filters" method="get" action="/search" role="search" aria-label={i.t('search.title')}>
          <div class="field">
            <label for="s-q">{i.t('search.q')}</label>
            <input type="search" id="s-q" name="q" value={query.q ?? ''} maxLength={200} />
          </div>
          <Select
            i={i}
            name="type"
            label="search.type"
            value={query.type}
            facets={facets.type}
            labelOf={(t) => typeLabel(i, t)}
          />
          <Select
            i={i}
            name="country"
            label="search.country"
            value={query.country}
            facets={facets.country}
            labelOf={(c) => i.country(c)}
          />
          <Select i={i} name="year" label="search.year" value={query.year} facets={facets.year} labelOf={(y) => y} />
          <p class="row">
            <button type="submit">{i.t('search.submit')}</button>
          </p>
        </form>
        {result ? (
          <section aria-labelledby="results-h">
            <h2 id="results-h">{i.t('search.results', { count: result.total })}</h2>
            {result.capped ? <p class="notice">{i.t('search.capped')}</p> : null}
            {result.didYouMean.length > 0 ? (
              <p class="notice did-you-mean">
                {i.t('search.didYouMean')}{' '}
                {result.didYouMean.map((name, n) => (
                  <>
                    {n > 0 ? ', ' : null}
                    <a href={pageLink({ ...query, q: name }, 0)}>{name}</a>
                  </>
                ))}
              </p>
            ) : null}
            <ol class="records search-results" start={offset + 1}>
              {result.hits.map((h) => (
                <li>
                  <h3>
                    <a href={`/${PLURAL[h.type]}/${encodeURIComponent(h.slug)}`}>
                      <MarkedText m={h.title} />
                    </a>
                  </h3>
                  <p class="meta">
                    <span class="tag">{typeLabel(i, h.type)}</span>
                    {h.country ? <> · {i.country(h.country)}</> : null}
                    {h.year ? <> · {h.year}</> : null}
                  </p>
                  {h.snippet.text ? (
                    <p class="snippet">
                      <MarkedText m={h.snippet} />
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
            <p class="row">
              {offset > 0 ? <a href={pageLink(query, Math.max(0, offset - limit))}>{i.t('search.previous')}</a> : null}
              {offset + limit < result.total ? (
                <a href={pageLink(query, offset + limit)} rel="next">
                  {i.t('search.next')}
                </a>
              ) : null}
            </p>
          </section>
        ) : null}
      </div>
    </Layout>
  );
}
