// A country briefing as a page: the form to choose country and dates, the figures with a chart, the people and
// organisations, and the developments. Editors can freeze it and start an appeal from a frozen one.
import { FallbackText } from '../localized-text.tsx';
import type { Briefing, BriefingCase } from '../../../queries/briefings/country-briefing.ts';
import { vocab } from '../../../i18n/i18n.ts';
import { BarChart } from '../charts/bar-chart.tsx';
import { Layout, type PageProps } from '../layout.tsx';

/** What the page shows. */
export interface BriefingPageProps extends PageProps {
  briefing: Briefing;
  /** Set when showing a frozen briefing. */
  frozen: { id: string; createdAt: string; appealId: string | null } | null;
  /** Whether the reader may freeze it and turn it into an appeal. */
  canFreeze: boolean;
  csrf: string | null;
}

/** The time-held cell: how long, and until when if custody ended; a sentence that ran out is flagged for review. */
function HeldFor(props: { i: PageProps['i']; c: BriefingCase }) {
  const { i, c } = props;
  if (c.heldMonths === null) return <>—</>;
  return (
    <>
      {i.months(c.heldMonths)}
      {c.heldUntil ? <div class="meta">{i.t('briefing.heldUntil', { date: i.date(c.heldUntil) })}</div> : null}
      {c.review === 'sentence_ended' ? (
        <div class="meta flag">{i.t('briefing.review', { date: i.date(c.sentenceEnds) })}</div>
      ) : null}
    </>
  );
}

function Designations(props: { i: PageProps['i']; c: BriefingCase }) {
  const { i, c } = props;
  return c.designations.length > 0 ? (
    <div class="meta">
      {c.designations
        .map((d) => `${vocab(i, 'designationKind', d.kind)}${d.issuer ? ` (${d.issuer})` : ''}`)
        .join('; ')}
    </div>
  ) : null;
}

function PeopleRows(props: { i: PageProps['i']; rows: BriefingCase[] }) {
  const { i } = props;
  const h = {
    name: i.t('briefing.person'),
    status: i.t('briefing.status'),
    held: i.t('briefing.held'),
    heldFor: i.t('briefing.heldFor'),
    sentence: i.t('briefing.sentence'),
  };
  return (
    <table class="stack">
      <thead>
        <tr>
          <th scope="col">{h.name}</th>
          <th scope="col">{h.status}</th>
          <th scope="col">{h.held}</th>
          <th scope="col">{h.heldFor}</th>
          <th scope="col">{h.sentence}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((c) => (
          <tr>
            <th scope="row" data-label={h.name}>
              <a href={`/cases/${encodeURIComponent(c.caseSlug)}`}>{c.name}</a>
              <Designations i={i} c={c} />
            </th>
            <td data-label={h.status}>{vocab(i, 'caseStatus', c.status)}</td>
            <td data-label={h.held}>{c.heldSince ? i.date(c.heldSince, c.heldSinceApprox) : '—'}</td>
            <td data-label={h.heldFor}>
              <HeldFor i={i} c={c} />
            </td>
            <td data-label={h.sentence}>
              {c.sentence?.months != null
                ? `${i.months(c.sentence.months)} (${vocab(i, 'sentenceKind', c.sentence.kind)})`
                : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OrganisationRows(props: { i: PageProps['i']; rows: BriefingCase[] }) {
  const { i } = props;
  const h = { name: i.t('briefing.organisation'), status: i.t('briefing.status'), acts: i.t('briefing.byAct') };
  return (
    <table class="stack">
      <thead>
        <tr>
          <th scope="col">{h.name}</th>
          <th scope="col">{h.status}</th>
          <th scope="col">{h.acts}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((c) => (
          <tr>
            <th scope="row" data-label={h.name}>
              <a href={`/cases/${encodeURIComponent(c.caseSlug)}`}>{c.name}</a>
              <Designations i={i} c={c} />
            </th>
            <td data-label={h.status}>{vocab(i, 'caseStatus', c.status)}</td>
            <td data-label={h.acts}>
              {c.acts.length > 0
                ? c.acts.map((a) => `${vocab(i, 'actKind', a.kind)}${a.date ? ` (${i.date(a.date)})` : ''}`).join('; ')
                : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The kind of a development in the reader's language; frozen briefings from before `source` existed name acts. */
export function developmentKind(i: PageProps['i'], d: Briefing['developments'][number]): string {
  return vocab(i, d.source === 'timeline' ? 'timelineKind' : 'actKind', d.kind);
}

/** The briefing page. */
export function BriefingPage(props: BriefingPageProps) {
  const { i, briefing: b } = props;
  const country = i.country(b.country);
  const title = props.frozen
    ? i.t('briefing.frozen', { date: i.dateIn(b.asOf) })
    : i.t('briefing.title', { country, date: i.dateIn(b.asOf) });
  const base = `/briefings/${b.country}`;
  const query = `?asOf=${b.asOf}&since=${b.since}`;
  return (
    <Layout {...props} title={title}>
      <h1>{props.frozen ? `${i.t('briefing.title', { country, date: i.dateIn(b.asOf) })} — ${title}` : title}</h1>
      <p class="lede">
        {i.t('briefing.lede', { generated: i.timestamp(b.generatedAt), country, date: i.dateIn(b.asOf) })}
      </p>
      {props.frozen ? null : (
        <form method="get" action={base} class="filters">
          <label for="b-asof">{i.t('briefing.asOf')}</label>
          <input id="b-asof" name="asOf" type="date" value={b.asOf} />
          <label for="b-since">{i.t('briefing.since')}</label>
          <input id="b-since" name="since" type="date" value={b.since} />
          <button type="submit">{i.t('calendar.show')}</button>
        </form>
      )}
      <p>
        <a href={props.frozen ? `/briefings/frozen/${props.frozen.id}.pdf` : `${base}.pdf${query}&lang=${i.locale}`}>
          {i.t('briefing.pdf')}
        </a>
        {' · '}
        <a
          href={
            props.frozen
              ? `/api/v1/briefings/frozen/${props.frozen.id}`
              : `/api/v1/briefings/${b.country}${query}&lang=${i.locale}`
          }
        >
          {i.t('briefing.json')}
        </a>
      </p>
      {b.occasion ? (
        <p>
          <a href={`/events/${encodeURIComponent(b.occasion.slug)}`}>
            <FallbackText i={i} text={b.occasion.title} lang={b.occasion.titleLang} />
          </a>{' '}
          {i.date(b.occasion.startDate)}
        </p>
      ) : null}
      <h2>
        {i.t('briefing.totals')}: {b.totals.cases}
      </h2>
      <p>{i.t('briefing.designations', { n: b.totals.politicalPrisoners })}</p>
      {b.totals.toReview > 0 ? <p class="flag">{i.t('briefing.toReview', { n: b.totals.toReview })}</p> : null}
      <BarChart
        i={i}
        id="briefing-status"
        title={i.t('briefing.chart')}
        headers={[i.t('briefing.status'), i.t('briefing.count')]}
        rows={Object.entries(b.byStatus).map(([k, v]) => ({ label: vocab(i, 'caseStatus', k), value: v }))}
      />
      <h2>{i.t('briefing.byAct')}</h2>
      <ul>
        {Object.entries(b.byActKind).map(([k, v]) => (
          <li>
            {vocab(i, 'actKind', k)}: {v}
          </li>
        ))}
      </ul>
      <h2>{i.t('briefing.people')}</h2>
      <PeopleRows i={i} rows={b.people} />
      {b.organisations.length > 0 ? (
        <>
          <h2>{i.t('briefing.organisations')}</h2>
          <OrganisationRows i={i} rows={b.organisations} />
        </>
      ) : null}
      <h2>{i.t('briefing.developments', { date: i.dateIn(b.since) })}</h2>
      {b.developments.length === 0 ? (
        <p>{i.t('briefing.noDevelopments')}</p>
      ) : (
        <ul>
          {b.developments.map((d) => (
            <li>
              {i.date(d.date)} — <a href={`/cases/${encodeURIComponent(d.caseSlug)}`}>{d.name}</a>:{' '}
              {developmentKind(i, d)}
              {d.description ? ` — ${d.description}` : ''}
            </li>
          ))}
        </ul>
      )}
      {props.canFreeze && props.csrf ? (
        props.frozen ? (
          props.frozen.appealId ? (
            <p>
              <a href={`/edit/appeals/${props.frozen.appealId}`}>{i.t('briefing.toAppeal')}</a>
            </p>
          ) : (
            <form method="post" action={`/briefings/frozen/${props.frozen.id}/appeal`}>
              <input type="hidden" name="_csrf" value={props.csrf} />
              <button type="submit">{i.t('briefing.toAppeal')}</button>
            </form>
          )
        ) : (
          <form method="post" action="/briefings">
            <input type="hidden" name="_csrf" value={props.csrf} />
            <input type="hidden" name="country" value={b.country} />
            <input type="hidden" name="asOf" value={b.asOf} />
            <input type="hidden" name="since" value={b.since} />
            <button type="submit">{i.t('briefing.freeze')}</button>
          </form>
        )
      ) : null}
    </Layout>
  );
}

/** The list of country briefings: every country with cases the reader may see. */
export function BriefingListPage(props: PageProps & { countries: { value: string; count: number }[] }) {
  const { i } = props;
  return (
    <Layout {...props} title={i.t('briefing.list.title')}>
      <h1>{i.t('briefing.list.title')}</h1>
      <p class="lede">{i.t('briefing.list.lede')}</p>
      {props.countries.length === 0 ? (
        <p>{i.t('briefing.list.none')}</p>
      ) : (
        <ul class="appeal-list">
          {props.countries.map((c) => (
            <li>
              <a href={`/briefings/${encodeURIComponent(c.value)}`}>{i.country(c.value)}</a>{' '}
              <span class="meta">{i.t('briefing.list.cases', { n: c.count })}</span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
