// The calendar page: filters, the month grid, the coming occasions and the feeds. Plain HTML that works without JavaScript.
import { countries } from '../../../i18n/countries.ts';
import type { Event } from '../../../domain/event.ts';
import { OCCASION_KINDS } from '../../../domain/vocabulary.ts';
import { vocab } from '../../../i18n/i18n.ts';
import { Layout, type PageProps } from '../layout.tsx';
import { dateSpan } from '../../../queries/occasions/calendar.ts';

/** What the calendar page shows. */
export interface CalendarPageProps extends PageProps {
  month: string;
  country: string | null;
  kind: string | null;
  monthEvents: Event[];
  upcoming: Event[];
  appealCounts: Map<string, number>;
}

const COUNTRY_CODES = Object.keys(countries.getAlpha2Codes()).sort();

/** The month before or after YYYY-MM. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** The weeks of a month, Monday first, as arrays of YYYY-MM-DD (null outside the month). */
export function weeksOf(month: string): (string | null)[][] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [
    ...Array(lead).fill(null),
    ...Array.from({ length: days }, (_, d) => `${month}-${String(d + 1).padStart(2, '0')}`),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

function query(p: { month?: string; country: string | null; kind: string | null }): string {
  const q = new URLSearchParams();
  if (p.month) q.set('month', p.month);
  if (p.country) q.set('country', p.country);
  if (p.kind) q.set('kind', p.kind);
  const s = q.toString();
  return s ? `?${s}` : '';
}

function EventLine(props: { i: PageProps['i']; e: Event; appeals: number }) {
  const { i, e } = props;
  return (
    <li>
      <a href={`/events/${encodeURIComponent(e.slug)}`}>{e.title}</a>{' '}
      <span class="meta">
        {vocab(i, 'eventKind', e.kind)} · {i.date(e.startDate, e.startApprox)}
        {e.endDate ? ` – ${i.date(e.endDate, e.endApprox)}` : ''}
        {props.appeals > 0 ? ` · ${i.t('calendar.appeals', { n: props.appeals })}` : ''}
      </span>
    </li>
  );
}

/** The calendar page. */
export function CalendarPage(props: CalendarPageProps) {
  const { i, month, country, kind } = props;
  const weeks = weeksOf(month);
  const onDay = (day: string) =>
    props.monthEvents.filter((e) => {
      const s = dateSpan(e.startDate!, e.endDate);
      return s.first <= day && s.last >= day && e.startDate!.length === 10;
    });
  const vague = props.monthEvents.filter((e) => e.startDate!.length < 10);
  const feedBase = country ? `/calendar/${country}` : '/calendar';
  return (
    <Layout {...props} title={i.t('calendar.title')} wide>
      <h1>{i.t('calendar.title')}</h1>
      <p class="lede">{i.t('calendar.lede')}</p>
      <form method="get" action="/calendar" class="filters">
        <input type="hidden" name="month" value={month} />
        <label for="cal-country">{i.t('calendar.country')}</label>
        <select id="cal-country" name="country">
          <option value="">{i.t('calendar.any')}</option>
          {COUNTRY_CODES.map((c) => (
            <option value={c} selected={c === country}>
              {i.country(c)}
            </option>
          ))}
        </select>
        <label for="cal-kind">{i.t('calendar.kind')}</label>
        <select id="cal-kind" name="kind">
          <option value="">{i.t('calendar.any')}</option>
          {OCCASION_KINDS.map((k) => (
            <option value={k} selected={k === kind}>
              {vocab(i, 'eventKind', k)}
            </option>
          ))}
        </select>
        <button type="submit">{i.t('calendar.show')}</button>
      </form>
      <section aria-labelledby="cal-month">
        <h2 id="cal-month">{i.date(month)}</h2>
        <nav class="pager" aria-label={i.t('calendar.month')}>
          <a href={`/calendar${query({ month: shiftMonth(month, -1), country, kind })}`} rel="prev">
            ← {i.t('calendar.prevMonth')}
          </a>{' '}
          <a href={`/calendar${query({ month: shiftMonth(month, 1), country, kind })}`} rel="next">
            {i.t('calendar.nextMonth')} →
          </a>
        </nav>
        <table class="month">
          <caption class="visually-hidden">{i.date(month)}</caption>
          <thead>
            <tr>
              {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                <th scope="col">
                  {new Intl.DateTimeFormat(i.locale, { weekday: 'short', timeZone: 'UTC' }).format(
                    new Date(Date.UTC(2024, 0, d)),
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr>
                {week.map((day) =>
                  day === null ? (
                    <td class="empty"></td>
                  ) : (
                    <td>
                      <span class="day">{Number(day.slice(8))}</span>
                      <ul>
                        {onDay(day).map((e) => (
                          <li>
                            <a href={`/events/${encodeURIComponent(e.slug)}`}>{e.title}</a>
                          </li>
                        ))}
                      </ul>
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {vague.length > 0 ? (
          <ul class="events">
            {vague.map((e) => (
              <EventLine i={i} e={e} appeals={props.appealCounts.get(e.id) ?? 0} />
            ))}
          </ul>
        ) : null}
        {props.monthEvents.length === 0 ? <p>{i.t('calendar.none')}</p> : null}
      </section>
      <section aria-labelledby="cal-upcoming">
        <h2 id="cal-upcoming">{i.t('calendar.upcoming')}</h2>
        {props.upcoming.length === 0 ? (
          <p>{i.t('calendar.none')}</p>
        ) : (
          <ul class="events">
            {props.upcoming.map((e) => (
              <EventLine i={i} e={e} appeals={props.appealCounts.get(e.id) ?? 0} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="cal-feeds">
        <h2 id="cal-feeds">{i.t('calendar.feeds')}</h2>
        <ul>
          <li>
            <a href={`${feedBase}.ics`}>{i.t('calendar.ics')}</a>
          </li>
          <li>
            <a href={`${feedBase}.atom`}>{i.t('calendar.atom')}</a>
          </li>
          {country ? (
            <li>
              <a href={`/briefings/${country}`}>{i.t('calendar.briefing', { country: i.country(country) })}</a>
            </li>
          ) : null}
        </ul>
      </section>
    </Layout>
  );
}
