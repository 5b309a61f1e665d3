// The pages of a person, an organisation, an event and a source.
import type { Case } from '../../../domain/case.ts';
import type { Event } from '../../../domain/event.ts';
import type { Appeal } from '../../../domain/appeal.ts';
import type { Membership } from '../../../domain/membership.ts';
import type { Organisation } from '../../../domain/organisation.ts';
import type { Person } from '../../../domain/person.ts';
import { nameTextFor } from '../../../domain/reader-names.ts';
import { ReaderName } from '../reader-name.tsx';
import { LocalizedText, readerText } from '../localized-text.tsx';
import type { Citation, Source } from '../../../domain/source.ts';
import { recordPath, type RecordLink } from '../../../queries/pages/record-links.ts';
import type { Cited } from '../../../queries/pages/register-pages.ts';
import { vocab, type I18n } from '../../../i18n/i18n.ts';
import { Layout, type PageProps } from '../layout.tsx';
import { Citations, EditLink, Field, NamesTable, RecordRef, RestrictedFields } from './parts.tsx';

function CaseLinks(props: { i: I18n; cases: Case[] }) {
  const { i } = props;
  return (
    <section aria-labelledby="cases-h">
      <h2 id="cases-h">{i.t('register.cases.title')}</h2>
      {props.cases.length === 0 ? (
        <p>{i.t('common.none')}</p>
      ) : (
        <ul>
          {props.cases.map((c) => (
            <li>
              <a href={recordPath('case', c.slug)}>
                <LocalizedText i={i} text={readerText(i, c.title, c.lang, c.translations.title)} />
              </a>{' '}
              — {vocab(i, 'caseStatus', c.status)}
              {c.sentence?.months != null ? `, ${i.months(c.sentence.months)}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const period = (i: I18n, start: string | null, end: string | null) =>
  start || end ? `${start ? i.date(start) : '…'} – ${end ? i.date(end) : '…'}` : '';

/** The page of one person: names in every script, roles, memberships, cases, sources. */
export function PersonPage(
  props: PageProps & {
    record: Person;
    memberships: Membership[];
    links: Map<string, RecordLink>;
    cases: Case[];
    cited: Cited;
  },
) {
  const { i, record: p } = props;
  return (
    <Layout {...props} title={nameTextFor(p.names, i.locale)}>
      <article>
        <h1>
          <ReaderName i={i} names={p.names} />
        </h1>
        <EditLink i={i} actor={props.actor} plural="persons" id={p.id} />
        <NamesTable i={i} names={p.names} />
        <dl class="fields">
          <Field label={i.t('register.person.roles')} when={p.roles.length > 0}>
            {p.roles.map((r) => vocab(i, 'personRole', r)).join(', ')}
          </Field>
          <Field label={i.t('register.person.birthDate')} when={Boolean(p.birthDate)}>
            {i.date(p.birthDate, p.birthDateApprox)}
          </Field>
          <Field label={i.t('register.person.nationality')} when={Boolean(p.nationality)}>
            {i.country(p.nationality)}
          </Field>
          <Field label={i.t('register.person.gender')} when={Boolean(p.gender)}>
            {p.gender ? vocab(i, 'gender', p.gender) : ''}
          </Field>
        </dl>
        {p.summary ? <p class="lede">{p.summary}</p> : null}
        {p.links.length > 0 ? (
          <ul>
            {p.links.map((l) => (
              <li>
                <a href={l.url} rel="nofollow noreferrer">
                  {l.note ?? l.url}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        <RestrictedFields i={i} actor={props.actor} values={p.restricted} />
        <section aria-labelledby="memberships-h">
          <h2 id="memberships-h">{i.t('register.memberships')}</h2>
          {props.memberships.length === 0 ? (
            <p>{i.t('common.none')}</p>
          ) : (
            <ul>
              {props.memberships.map((m) => (
                <li>
                  {m.role}, <RecordRef i={i} link={props.links.get(m.organisationId)} />
                  {period(i, m.startDate, m.endDate) ? ` (${period(i, m.startDate, m.endDate)})` : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
        <CaseLinks i={i} cases={props.cases} />
        <Citations i={i} type="person" citations={props.cited.citations} sources={props.cited.sources} />
      </article>
    </Layout>
  );
}

/** The page of one organisation. */
export function OrganisationPage(
  props: PageProps & {
    record: Organisation;
    memberships: Membership[];
    links: Map<string, RecordLink>;
    cases: Case[];
    cited: Cited;
  },
) {
  const { i, record: o } = props;
  return (
    <Layout {...props} title={nameTextFor(o.names, i.locale)}>
      <article>
        <h1>
          <ReaderName i={i} names={o.names} />
        </h1>
        <EditLink i={i} actor={props.actor} plural="organisations" id={o.id} />
        <NamesTable i={i} names={o.names} />
        <dl class="fields">
          <Field label={i.t('register.organisation.kind')}>{vocab(i, 'organisationKind', o.kind)}</Field>
          <Field label={i.t('register.country')} when={Boolean(o.country)}>
            {i.country(o.country)}
          </Field>
          <Field label={i.t('register.organisation.period')} when={Boolean(o.foundedDate || o.dissolvedDate)}>
            {period(i, o.foundedDate, o.dissolvedDate)}
          </Field>
        </dl>
        {o.summary ? <p class="lede">{o.summary}</p> : null}
        <RestrictedFields i={i} actor={props.actor} values={o.restricted} />
        <section aria-labelledby="members-h">
          <h2 id="members-h">{i.t('register.organisation.members')}</h2>
          {props.memberships.length === 0 ? (
            <p>{i.t('common.none')}</p>
          ) : (
            <ul>
              {props.memberships.map((m) => (
                <li>
                  <RecordRef i={i} link={props.links.get(m.personId)} />, {m.role}
                  {period(i, m.startDate, m.endDate) ? ` (${period(i, m.startDate, m.endDate)})` : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
        <CaseLinks i={i} cases={props.cases} />
        <Citations i={i} type="organisation" citations={props.cited.citations} sources={props.cited.sources} />
      </article>
    </Layout>
  );
}

/** The page of one event. */
export function EventPage(
  props: PageProps & { record: Event; links: Map<string, RecordLink>; cases: Case[]; cited: Cited; appeals: Appeal[] },
) {
  const { i, record: e } = props;
  const title = readerText(i, e.title, e.lang, e.translations.title);
  const description = readerText(i, e.description, e.lang, e.translations.description);
  return (
    <Layout {...props} title={title?.text ?? e.title}>
      <article>
        <h1>
          <LocalizedText i={i} text={title} />
        </h1>
        <EditLink i={i} actor={props.actor} plural="events" id={e.id} />
        <dl class="fields">
          <Field label={i.t('register.event.kind')}>{vocab(i, 'eventKind', e.kind)}</Field>
          <Field label={i.t('register.date')}>
            {i.date(e.startDate, e.startApprox)}
            {e.endDate ? ` – ${i.date(e.endDate, e.endApprox)}` : ''}
          </Field>
          <Field label={i.t('register.place')} when={Boolean(e.place.country || e.place.locality)}>
            {[e.place.locality, e.place.country ? i.country(e.place.country) : null].filter(Boolean).join(', ')}
          </Field>
          <Field label={i.t('register.event.related')} when={e.relations.length > 0}>
            <ul>
              {e.relations.map((r) => (
                <li>
                  {vocab(i, 'eventRelation', r.kind)}: <RecordRef i={i} link={props.links.get(r.eventId)} />
                </li>
              ))}
            </ul>
          </Field>
          <Field label={i.t('register.event.countries')} when={e.countries.length > 0}>
            {e.countries.map((c, k) => (
              <>
                {k > 0 ? ', ' : ''}
                <a href={`/briefings/${c}`}>{i.country(c)}</a>
              </>
            ))}
          </Field>
          <Field label={i.t('register.event.participants')} when={e.participants.length > 0}>
            <ul>
              {e.participants.map((p) => (
                <li>
                  {vocab(i, 'participantRole', p.role)}:{' '}
                  {p.personId && props.links.get(p.personId) ? (
                    <RecordRef i={i} link={props.links.get(p.personId)} />
                  ) : (
                    (p.name ?? '—')
                  )}
                </li>
              ))}
            </ul>
          </Field>
          <Field label={i.t('register.event.timeZone')} when={e.timeZone !== null}>
            {e.timeZone}
          </Field>
          <Field label={i.t('register.event.appeals')} when={props.appeals.length > 0}>
            <ul>
              {props.appeals.map((a) => (
                <li>
                  <a href={`/appeals/${encodeURIComponent(a.slug)}`}>{a.title}</a>
                </li>
              ))}
            </ul>
          </Field>
        </dl>
        {description ? (
          <p class="lede">
            <LocalizedText i={i} text={description} />
          </p>
        ) : null}
        <RestrictedFields i={i} actor={props.actor} values={e.restricted} />
        <CaseLinks i={i} cases={props.cases} />
        <Citations i={i} type="event" citations={props.cited.citations} sources={props.cited.sources} />
      </article>
    </Layout>
  );
}

/** The page of one source: what it is, its original's SHA-256 and download, and what cites it. */
export function SourcePage(
  props: PageProps & { record: Source; citations: Citation[]; links: Map<string, RecordLink> },
) {
  const { i, record: s } = props;
  return (
    <Layout {...props} title={s.title}>
      <article>
        <h1>{s.title}</h1>
        <EditLink i={i} actor={props.actor} plural="sources" id={s.id} />
        <dl class="fields">
          <Field label={i.t('register.source.publisher')} when={Boolean(s.publisher)}>
            {s.publisher}
          </Field>
          <Field label={i.t('register.date')} when={Boolean(s.publishedDate)}>
            {i.date(s.publishedDate)}
          </Field>
          <Field label={i.t('register.language')} when={Boolean(s.language)}>
            {s.language}
          </Field>
          <Field label={i.t('register.source.reliability')}>{vocab(i, 'reliability', s.reliability)}</Field>
          <Field label={i.t('register.source.url')} when={Boolean(s.url)}>
            {s.url ? (
              <a href={s.url} rel="nofollow noreferrer">
                {s.url}
              </a>
            ) : null}
          </Field>
          <Field label={i.t('register.source.archived')} when={Boolean(s.archivedUrl)}>
            {s.archivedUrl ? (
              <a href={s.archivedUrl} rel="nofollow noreferrer">
                {s.archivedUrl}
              </a>
            ) : null}
          </Field>
          <Field label={i.t('register.source.file')} when={s.file !== null}>
            {s.file ? (
              <>
                <a href={`/api/v1/sources/${s.id}/file`} download={s.file.name}>
                  {s.file.name}
                </a>{' '}
                ({i.t('register.source.bytes', { n: s.file.size })}, {s.file.mediaType})
                <div class="hash">SHA-256 {s.file.sha256}</div>
              </>
            ) : null}
          </Field>
        </dl>
        {s.notes ? <p>{s.notes}</p> : null}
        {s.counts.length ? (
          <section aria-labelledby="counts-h">
            <h2 id="counts-h">{i.t('register.source.counts')}</h2>
            <ul class="source-counts">
              {s.counts.map((c) => (
                <li>
                  {i.t(c.approximate ? 'register.source.countApprox' : 'register.source.countExact', {
                    n: i.number(c.number),
                    what: c.what,
                  })}
                  {c.passage ? (
                    <>
                      {' '}
                      — <q>{c.passage}</q>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <RestrictedFields i={i} actor={props.actor} values={s.restricted} />
        <section aria-labelledby="citing-h">
          <h2 id="citing-h">{i.t('register.source.citedBy')}</h2>
          {props.citations.length === 0 ? (
            <p>{i.t('common.none')}</p>
          ) : (
            <ul>
              {props.citations.map((c) => (
                <li>
                  <RecordRef i={i} link={props.links.get(c.record.id)} />
                  {c.field ? ` — ${i.t('register.aboutField', { field: c.field })}` : ''}
                  {c.locator ? ` — ${c.locator}` : ''}{' '}
                  <span class={c.certainty}>({vocab(i, 'certainty', c.certainty)})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </article>
    </Layout>
  );
}
