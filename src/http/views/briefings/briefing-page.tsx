// A country briefing as a page: the form to choose country and dates, the figures with a chart, the people and
// organisations, and the developments. Editors can freeze it and start an appeal from a frozen one.
import type { Briefing, BriefingCase } from '../../../queries/briefings/country-briefing.ts';
import { vocab } from '../../i18n/i18n.ts';
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

function CaseRows(props: { i: PageProps['i']; rows: BriefingCase[] }) {
  const { i } = props;
  return (
    <table>
      <thead><tr><th scope="col">{i.t('briefing.people')}</th><th scope="col">{i.t('briefing.status')}</th><th scope="col">{i.t('briefing.held')}</th><th scope="col">{i.t('briefing.heldFor')}</th><th scope="col">{i.t('briefing.sentence')}</th></tr></thead>
      <tbody>
        {props.rows.map((c) => (
          <tr>
            <td><a href={`/cases/${encodeURIComponent(c.caseSlug)}`}>{c.name}</a>
              {c.designations.length > 0 ? <div class="meta">{c.designations.map((d) => `${vocab(i, 'designationKind', d.kind)}${d.issuer ? ` (${d.issuer})` : ''}`).join('; ')}</div> : null}</td>
            <td>{vocab(i, 'caseStatus', c.status)}</td>
            <td>{c.heldSince ? i.date(c.heldSince) : '—'}</td>
            <td>{c.heldMonths !== null ? i.months(c.heldMonths) : '—'}</td>
            <td>{c.sentence?.months != null ? `${i.months(c.sentence.months)} (${vocab(i, 'sentenceKind', c.sentence.kind)})` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The briefing page. */
export function BriefingPage(props: BriefingPageProps) {
  const { i, briefing: b } = props;
  const country = i.country(b.country);
  const title = props.frozen ? i.t('briefing.frozen', { date: i.dateIn(b.asOf) }) : i.t('briefing.title', { country, date: i.dateIn(b.asOf) });
  const base = `/briefings/${b.country}`;
  const query = `?asOf=${b.asOf}&since=${b.since}`;
  return (
    <Layout {...props} title={title}>
      <h1>{props.frozen ? `${i.t('briefing.title', { country, date: i.dateIn(b.asOf) })} — ${title}` : title}</h1>
      <p class="lede">{i.t('briefing.lede', { generated: i.timestamp(b.generatedAt), country, date: i.dateIn(b.asOf) })}</p>
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
        <a href={props.frozen ? `/briefings/frozen/${props.frozen.id}.pdf` : `${base}.pdf${query}&lang=${i.locale}`}>{i.t('briefing.pdf')}</a>{' · '}
        <a href={props.frozen ? `/api/v1/briefings/frozen/${props.frozen.id}` : `/api/v1/briefings/${b.country}${query}&lang=${i.locale}`}>{i.t('briefing.json')}</a>
      </p>
      {b.occasion ? <p><a href={`/events/${encodeURIComponent(b.occasion.slug)}`}>{b.occasion.title}</a> {i.date(b.occasion.startDate)}</p> : null}
      <h2>{i.t('briefing.totals')}: {b.totals.cases}</h2>
      <p>{i.t('briefing.designations', { n: b.totals.politicalPrisoners })}</p>
      <BarChart i={i} id="briefing-status" title={i.t('briefing.chart')} headers={[i.t('briefing.status'), i.t('briefing.count')]}
        rows={Object.entries(b.byStatus).map(([k, v]) => ({ label: vocab(i, 'caseStatus', k), value: v }))} />
      <h2>{i.t('briefing.byAct')}</h2>
      <ul>{Object.entries(b.byActKind).map(([k, v]) => <li>{vocab(i, 'actKind', k)}: {v}</li>)}</ul>
      <h2>{i.t('briefing.people')}</h2>
      <CaseRows i={i} rows={b.people} />
      {b.organisations.length > 0 ? <><h2>{i.t('briefing.organisations')}</h2><CaseRows i={i} rows={b.organisations} /></> : null}
      <h2>{i.t('briefing.developments', { date: i.dateIn(b.since) })}</h2>
      {b.developments.length === 0 ? <p>{i.t('briefing.noDevelopments')}</p> : (
        <ul>{b.developments.map((d) => <li>{i.date(d.date)} — <a href={`/cases/${encodeURIComponent(d.caseSlug)}`}>{d.name}</a>: {d.kind.replace(/_/g, ' ')}{d.description ? ` — ${d.description}` : ''}</li>)}</ul>
      )}
      {props.canFreeze && props.csrf ? (
        props.frozen ? (
          props.frozen.appealId ? <p><a href={`/edit/appeals/${props.frozen.appealId}`}>{i.t('briefing.toAppeal')}</a></p> : (
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
