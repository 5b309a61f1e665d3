// One case: who, where, what was done and when, the sentence, the designations, and every source.
import type { Case } from '../../../domain/case.ts';
import type { RecordLink } from '../../../queries/pages/record-links.ts';
import type { Cited } from '../../../queries/pages/register-pages.ts';
import { vocab } from '../../../i18n/i18n.ts';
import { Layout, type PageProps } from '../layout.tsx';
import type { Appeal } from '../../../domain/appeal.ts';
import { CaseAppeals } from '../appeals/case-appeals.tsx';
import { LocalizedText, readerText } from '../localized-text.tsx';
import { Citations, EditLink, Field, RecordRef, RestrictedFields } from './parts.tsx';

/** The page of one case. */
export function CasePage(
  props: PageProps & { record: Case; links: Map<string, RecordLink>; cited: Cited; appeals?: readonly Appeal[] },
) {
  const { i, record: c, links } = props;
  const place = (p: { country: string | null; locality: string | null }) =>
    [p.locality, p.country ? i.country(p.country) : null].filter(Boolean).join(', ');
  const title = readerText(i, c.title, c.lang, c.translations.title);
  const summary = readerText(i, c.summary, c.lang, c.translations.summary);
  return (
    <Layout {...props} title={title?.text ?? c.title}>
      <article>
        <h1>
          <LocalizedText i={i} text={title} />
        </h1>
        <EditLink i={i} actor={props.actor} plural="cases" id={c.id} />
        <dl class="fields">
          <Field
            label={i.t(
              c.subject.type === 'person' ? 'register.case.subjectPerson' : 'register.case.subjectOrganisation',
            )}
          >
            <RecordRef i={i} link={links.get(c.subject.id)} />
          </Field>
          <Field label={i.t('register.country')}>{i.country(c.country)}</Field>
          <Field label={i.t('register.case.status')}>
            <span class="status">{vocab(i, 'caseStatus', c.status)}</span>
          </Field>
          <Field label={i.t('register.case.court')} when={Boolean(c.court)}>
            {c.court}
          </Field>
          <Field label={i.t('register.case.sentence')} when={c.sentence !== null}>
            {c.sentence ? (
              <>
                {vocab(i, 'sentenceKind', c.sentence.kind)}
                {c.sentence.months !== null ? `, ${i.months(c.sentence.months)}` : ''}
                {c.sentence.startDate
                  ? ` (${i.t('register.case.sentenceFrom', { date: i.dateIn(c.sentence.startDate) })})`
                  : ''}
              </>
            ) : null}
          </Field>
          <Field label={i.t('register.case.events')} when={c.eventIds.length > 0}>
            <ul>
              {c.eventIds.map((id) => (
                <li>
                  <RecordRef i={i} link={links.get(id)} />
                </li>
              ))}
            </ul>
          </Field>
        </dl>
        {summary ? (
          <p class="lede">
            <LocalizedText i={i} text={summary} />
          </p>
        ) : null}
        <RestrictedFields i={i} actor={props.actor} values={c.restricted} />

        {c.statusHistory.length > 0 ? (
          <section aria-labelledby="status-history-h">
            <h2 id="status-history-h">{i.t('register.case.statusHistory')}</h2>
            <ol class="timeline status-history">
              {c.statusHistory.map((h) => (
                <li>
                  <time dateTime={h.since}>{i.date(h.since)}</time>
                  {vocab(i, 'caseStatus', h.status)}
                </li>
              ))}
            </ol>
          </section>
        ) : null}

        {c.timeline.length > 0 ? (
          <section aria-labelledby="timeline-h">
            <h2 id="timeline-h">{i.t('register.case.timeline')}</h2>
            <ol class="timeline">
              {c.timeline.map((t) => (
                <li>
                  <time dateTime={t.date}>{i.date(t.date, t.dateApprox)}</time>
                  {vocab(i, 'timelineKind', t.kind)}
                  {t.description ? ` — ${t.description}` : ''}
                </li>
              ))}
            </ol>
          </section>
        ) : null}

        {c.acts.length > 0 ? (
          <section aria-labelledby="acts-h">
            <h2 id="acts-h">{i.t('register.case.acts')}</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">{i.t('register.case.act')}</th>
                  <th scope="col">{i.t('register.date')}</th>
                  <th scope="col">{i.t('register.case.perpetrator')}</th>
                  <th scope="col">{i.t('register.place')}</th>
                  <th scope="col">{i.t('register.case.certainty')}</th>
                </tr>
              </thead>
              <tbody>
                {c.acts.map((a) => (
                  <tr>
                    <td>
                      {vocab(i, 'actKind', a.kind)}
                      {a.description ? <div class="meta">{a.description}</div> : null}
                    </td>
                    <td>{a.date ? i.date(a.date, a.dateApprox) : ''}</td>
                    <td>
                      {a.perpetratorId ? <RecordRef i={i} link={links.get(a.perpetratorId)} /> : ''}
                      {a.involvement ? <div class="meta">{vocab(i, 'involvement', a.involvement)}</div> : null}
                    </td>
                    <td>{place(a.place)}</td>
                    <td class={a.certainty}>{vocab(i, 'certainty', a.certainty)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}

        {c.charges.length > 0 ? (
          <section aria-labelledby="charges-h">
            <h2 id="charges-h">{i.t('register.case.charges')}</h2>
            <ul>
              {c.charges.map((ch) => {
                const text = readerText(i, ch.text, c.lang, ch.translations.text);
                return (
                  <li>
                    {[ch.law, ch.article].filter(Boolean).join(', ')}
                    {text ? (
                      <>
                        {ch.law || ch.article ? ': ' : ''}
                        <LocalizedText i={i} text={text} />
                      </>
                    ) : (
                      ''
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}

        {c.designations.length > 0 ? (
          <section aria-labelledby="designations-h">
            <h2 id="designations-h">{i.t('register.case.designations')}</h2>
            <ul>
              {c.designations.map((d) => (
                <li>
                  <strong>{vocab(i, 'designationKind', d.kind)}</strong>
                  {' — '}
                  {d.issuerId ? <RecordRef i={i} link={links.get(d.issuerId)} /> : d.issuerName}
                  {d.date ? `, ${i.date(d.date)}` : ''}
                  {d.criteria.length > 0 ? (
                    <ul>
                      {d.criteria.map((k) => (
                        <li>
                          {i.t('register.case.criterion', { letter: k })} {vocab(i, 'paceCriterion', k)}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <Citations i={i} type="case" citations={props.cited.citations} sources={props.cited.sources} />
        <CaseAppeals i={i} appeals={props.appeals} />
        <p class="meta">{i.t('register.updated', { date: i.timestamp(c.updatedAt) })}</p>
      </article>
    </Layout>
  );
}
