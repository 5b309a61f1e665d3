// Two small pages around the calendar: anniversaries proposed to editors, and a user's follows (for reminders).
import type { Follow } from '../../../db/repos/occasion.repo.ts';
import type { AnniversaryProposal } from '../../../queries/occasions/anniversaries.ts';
import { Layout, type PageProps } from '../layout.tsx';

/** Proposed anniversaries, each with a button that puts it on the calendar. */
export function AnniversariesPage(props: PageProps & { proposals: AnniversaryProposal[]; csrf: string | null }) {
  const { i } = props;
  return (
    <Layout {...props} title={i.t('calendar.anniversaries')}>
      <h1>{i.t('calendar.anniversaries')}</h1>
      {props.proposals.length === 0 ? (
        <p>{i.t('calendar.noProposals')}</p>
      ) : (
        <ul class="events">
          {props.proposals.map((p) => (
            <li>
              <strong>{i.date(p.date)}</strong> —{' '}
              {i.t('calendar.anniversary', { years: p.years, title: p.event.title })} (
              <a href={`/events/${encodeURIComponent(p.event.slug)}`}>{i.date(p.event.startDate)}</a>)
              <form method="post" action="/calendar/anniversaries" class="inline">
                {props.csrf ? <input type="hidden" name="_csrf" value={props.csrf} /> : null}
                <input type="hidden" name="eventId" value={p.event.id} />
                <input type="hidden" name="date" value={p.date} />
                <button type="submit">{i.t('calendar.confirm')}</button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** What the signed-in user follows, with forms to add and remove. */
export function FollowsPage(props: PageProps & { follows: Follow[]; csrf: string | null; problem: string | null }) {
  const { i } = props;
  return (
    <Layout {...props} title={i.t('follow.title')}>
      <h1>{i.t('follow.title')}</h1>
      <p class="lede">{i.t('follow.lede')}</p>
      {props.problem ? (
        <p class="error" role="alert">
          {props.problem}
        </p>
      ) : null}
      {props.follows.length === 0 ? (
        <p>{i.t('follow.none')}</p>
      ) : (
        <ul>
          {props.follows.map((f) => (
            <li>
              {f.kind === 'country' ? (
                i.country(f.value)
              ) : (
                <a href={`/cases/${encodeURIComponent(f.value)}`}>{f.value}</a>
              )}{' '}
              — {i.t('follow.days')}: {f.daysBefore}
              <form method="post" action={`/account/follows/${f.id}/delete`} class="inline">
                {props.csrf ? <input type="hidden" name="_csrf" value={props.csrf} /> : null}
                <button type="submit">{i.t('follow.remove')}</button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form method="post" action="/account/follows">
        {props.csrf ? <input type="hidden" name="_csrf" value={props.csrf} /> : null}
        <input type="hidden" name="kind" value="country" />
        <label for="follow-country">{i.t('follow.country')}</label>
        <input id="follow-country" name="value" maxLength={2} size={3} required pattern="[A-Za-z]{2}" />
        <label for="follow-days">{i.t('follow.days')}</label>
        <input id="follow-days" name="daysBefore" type="number" min={0} max={90} value="7" />
        <button type="submit">{i.t('follow.add')}</button>
      </form>
      <form method="post" action="/account/follows">
        {props.csrf ? <input type="hidden" name="_csrf" value={props.csrf} /> : null}
        <input type="hidden" name="kind" value="case" />
        <label for="follow-case">{i.t('follow.case')}</label>
        <input id="follow-case" name="value" maxLength={26} size={28} required />
        <label for="follow-case-days">{i.t('follow.days')}</label>
        <input id="follow-case-days" name="daysBefore" type="number" min={0} max={90} value="7" />
        <button type="submit">{i.t('follow.add')}</button>
      </form>
    </Layout>
  );
}
