// The home page: what Vigil is, the register in numbers, three charts, a map of cases by country, the latest changes, the lists.
import type { HomeStats, SentenceBand } from '../../queries/pages/home-stats.ts';
import { vocab, type I18n } from '../../i18n/i18n.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { BarChart } from './charts/bar-chart.tsx';
import { ColumnChart } from './charts/column-chart.tsx';
import { WorldMap } from './charts/world-map.tsx';
import { Layout, type PageProps } from './layout.tsx';
import type { Appeal } from '../../domain/appeal.ts';
import { appealPath } from './appeals/parts.tsx';

/** The label of a band of sentence lengths ("under 1 year", "1–3 years", "15 years or more"). */
export function bandLabel(i: I18n, band: Pick<SentenceBand, 'fromYears' | 'toYears'>): string {
  if (band.toYears === null) return i.t('home.sentences.over', { n: band.fromYears });
  if (band.fromYears === 0) return i.t('home.sentences.under', { n: band.toYears });
  return i.t('home.sentences.range', { from: i.number(band.fromYears), to: band.toYears });
}

const COUNTS: [keyof HomeStats['counts'], MessageKey, string][] = [
  ['cases', 'home.counts.cases', '/cases'],
  ['persons', 'home.counts.persons', '/persons'],
  ['organisations', 'home.counts.organisations', '/organisations'],
  ['events', 'home.counts.events', '/events'],
];

const BROWSE: [string, MessageKey][] = [
  ['/cases', 'home.browse.cases'],
  ['/persons', 'home.browse.persons'],
  ['/organisations', 'home.browse.organisations'],
  ['/events', 'home.browse.events'],
  ['/sources', 'home.browse.sources'],
];

function Counts(props: { i: I18n; counts: HomeStats['counts'] }) {
  const { i, counts } = props;
  return (
    <section aria-labelledby="counts-heading">
      <h2 id="counts-heading">{i.t('home.counts.heading')}</h2>
      <ul class="counts">
        {COUNTS.map(([key, label, href]) => (
          <li>
            <a href={href}>
              <span class="n">{i.number(counts[key])}</span> {i.t(label, { n: counts[key] })}
            </a>
          </li>
        ))}
        <li>
          <span class="n">{i.number(counts.held)}</span> {i.t('home.counts.held', { n: counts.held })}
        </li>
      </ul>
      <p class="hint">{i.t('home.counts.heldHint')}</p>
      {counts.heldToReview > 0 ? <p class="hint">{i.t('home.counts.heldReview', { n: counts.heldToReview })}</p> : null}
    </section>
  );
}

function Charts(props: { i: I18n; stats: HomeStats }) {
  const { i, stats } = props;
  const cases = i.t('chart.cases');
  return (
    <section aria-labelledby="charts-heading">
      <h2 id="charts-heading">{i.t('home.charts.heading')}</h2>
      <div class="grid-2">
        <BarChart
          i={i}
          id="chart-status"
          title={i.t('home.status.title')}
          headers={[i.t('home.status.column'), cases]}
          rows={stats.byStatus.map((s) => ({
            label: vocab(i, 'caseStatus', s.status),
            value: s.count,
            href: `/cases?status=${s.status}`,
          }))}
        />
        <ColumnChart
          i={i}
          id="chart-years"
          title={i.t('home.years.title')}
          note={i.t('home.years.note')}
          headers={[i.t('home.years.column'), cases]}
          rows={stats.byYear.map((y) => ({ label: String(y.year), value: y.count }))}
        />
        <BarChart
          i={i}
          id="chart-sentences"
          title={i.t('home.sentences.title')}
          headers={[i.t('home.sentences.column'), i.t('home.sentences.count')]}
          rows={stats.sentences.map((b) => ({ label: bandLabel(i, b), value: b.count }))}
        />
      </div>
    </section>
  );
}

function Latest(props: { i: I18n; latest: HomeStats['latest'] }) {
  const { i, latest } = props;
  return (
    <section aria-labelledby="latest-heading">
      <h2 id="latest-heading">{i.t('home.latest.heading')}</h2>
      {latest.length === 0 ? (
        <p>{i.t('home.latest.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{i.t('home.latest.record')}</th>
              <th scope="col">{i.t('home.latest.type')}</th>
              <th scope="col">{i.t('home.latest.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {latest.map((r) => (
              <tr>
                <th scope="row">
                  <a href={r.path}>{r.label}</a>
                </th>
                <td>{i.t(`home.type.${r.type}`)}</td>
                <td>
                  <time datetime={r.updatedAt}>{i.timestamp(r.updatedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The appeals open for signing, each with its count: what most visitors came to do, so it comes first. */
function OpenAppeals(props: { i: I18n; appeals: Appeal[] }) {
  const { i } = props;
  if (props.appeals.length === 0) return null;
  return (
    <section aria-labelledby="open-appeals-heading" class="signing">
      <h2 id="open-appeals-heading">{i.t('home.appeals.heading')}</h2>
      <ul class="appeal-list">
        {props.appeals.map((a) => (
          <li>
            <a href={appealPath(a)}>{a.title}</a>
            <div class="meta">
              {i.t('appeals.page.count', { count: a.signatureCount })} ·{' '}
              <a href={`${appealPath(a)}#sign-h`}>{i.t('home.appeals.sign')}</a>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** On an empty register (a first start), how to begin instead of rows of zeros. */
function GettingStarted(props: { i: I18n; signedIn: boolean }) {
  const { i } = props;
  return (
    <section aria-labelledby="start-heading" class="notice">
      <h2 id="start-heading">{i.t('home.empty.heading')}</h2>
      <p>{i.t('home.empty.lede')}</p>
      <ol>
        <li>
          {props.signedIn ? (
            <a href="/edit">{i.t('home.empty.add')}</a>
          ) : (
            <>
              <a href="/login">{i.t('nav.signIn')}</a>
              {', '}
              {i.t('home.empty.addAfter')}
            </>
          )}
        </li>
        <li>
          {i.t('home.empty.import')} <code>npx vigil import &lt;file&gt;</code>
        </li>
        <li>
          {i.t('home.empty.demo')} <code>npx vigil demo</code>
        </li>
      </ol>
    </section>
  );
}

/** True when the register holds no record the reader may see. */
export function isEmptyRegister(stats: HomeStats): boolean {
  const c = stats.counts;
  return c.cases + c.persons + c.organisations + c.events === 0;
}

/** The home page. */
export function HomePage(props: PageProps & { stats: HomeStats; openAppeals: Appeal[] }) {
  const { i, stats } = props;
  if (isEmptyRegister(stats)) {
    return (
      <Layout {...props} title={i.t('home.title')}>
        <h1>{i.t('home.title')}</h1>
        <p class="lede">{i.t('home.lede')}</p>
        <OpenAppeals i={i} appeals={props.openAppeals} />
        <GettingStarted i={i} signedIn={props.actor.kind === 'user'} />
      </Layout>
    );
  }
  return (
    <Layout {...props} title={i.t('home.title')}>
      <h1>{i.t('home.title')}</h1>
      <p class="lede">{i.t('home.lede')}</p>
      <OpenAppeals i={i} appeals={props.openAppeals} />
      <Counts i={i} counts={stats.counts} />
      <Charts i={i} stats={stats} />
      <section aria-labelledby="map-heading">
        <h2 id="map-heading">{i.t('home.map.heading')}</h2>
        <WorldMap
          i={i}
          id="chart-map"
          title={i.t('home.map.title')}
          hint={i.t('home.map.hint')}
          counts={stats.byCountry}
        />
      </section>
      <Latest i={i} latest={stats.latest} />
      <section aria-labelledby="browse-heading">
        <h2 id="browse-heading">{i.t('home.browse.heading')}</h2>
        <ul>
          {BROWSE.map(([href, key]) => (
            <li>
              <a href={href}>{i.t(key)}</a>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
