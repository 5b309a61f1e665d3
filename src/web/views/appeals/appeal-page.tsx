// The public appeal pages: the list, and one appeal with its letter, co-signatories, case annex, count and follow-up.
// Everything shown here comes from appealView, which already hides drafts, non-public cases and unconfirmed co-signatories
// from the public; the page itself adds nothing the query did not allow.
import { PUBLISHED_STATUSES, type Appeal } from '../../../domain/appeal.ts';
import { canAppeal } from '../../../policies/appeal.policy.ts';
import type { AppealView } from '../../../queries/appeals/get-appeal.ts';
import type { ShownAnnex } from '../../../queries/appeals/annex.ts';
import type { PublicSigners } from '../../../queries/appeals/public-signers.ts';
import { recordPath } from '../../../queries/pages/record-links.ts';
import { vocab, type I18n } from '../../../i18n/i18n.ts';
import { Layout, type PageProps } from '../layout.tsx';
import { FallbackText } from '../localized-text.tsx';
import { Pager } from '../register/parts.tsx';
import { SignForm } from '../sign/sign-form.tsx';
import {
  Addressees,
  appealEditPath,
  appealPath,
  CoSignatoryLines,
  LetterText,
  prefixed,
  statusLabel,
} from './parts.tsx';

/** The list of appeals, newest first; editors also see unpublished ones with their status. */
export function AppealList(props: PageProps & { data: Appeal[]; nextCursor: string | null }) {
  const { i, actor } = props;
  const editor = canAppeal(actor, 'update');
  return (
    <Layout {...props} title={i.t('appeals.list.title')}>
      <h1>{i.t('appeals.list.title')}</h1>
      <p class="lede">{i.t('appeals.list.lede')}</p>
      {canAppeal(actor, 'create') ? (
        <p class="edit-links">
          <a class="button secondary" href="/edit/appeals/new">
            {i.t('appeals.list.new')}
          </a>
        </p>
      ) : null}
      {props.data.length === 0 ? (
        <p>{i.t('appeals.list.none')}</p>
      ) : (
        <ul class="appeal-list">
          {props.data.map((a) => (
            <li>
              <a href={appealPath(a)}>{a.title}</a>
              <div class="meta">
                {a.publishedAt ? i.t('appeals.list.published', { date: i.date(a.publishedAt.slice(0, 10)) }) : null}
                {editor || !PUBLISHED_STATUSES.includes(a.status) ? (
                  <>
                    {' '}
                    <span class={`appeal-status status-${a.status}`}>{statusLabel(i, a.status)}</span>
                  </>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pager i={i} path="/appeals" query={{}} nextCursor={props.nextCursor} />
      <p>
        <a href="/appeals.atom" type="application/atom+xml">
          {i.t('appeals.list.feed')}
        </a>
      </p>
    </Layout>
  );
}

/** One linked case as the annex shows it. */
function AnnexEntryView(props: { i: I18n; entry: ShownAnnex['entries'][number]; n: number }) {
  const { i, entry: e } = props;
  const h = `annex-${props.n}`;
  return (
    <section class="annex-entry" aria-labelledby={h}>
      <h3 id={h}>
        <a href={recordPath('case', e.caseSlug)}>{e.name || e.caseSlug}</a>
      </h3>
      {e.updatedSincePublication ? (
        <p class="updated-since">
          <strong>{i.t('appeals.page.updatedSince')}</strong>
        </p>
      ) : null}
      <dl class="fields">
        <dt>{i.t('register.country')}</dt>
        <dd>{i.country(e.country)}</dd>
        <dt>{i.t('register.case.status')}</dt>
        <dd>{vocab(i, 'caseStatus', e.status)}</dd>
        {e.sentence ? (
          <>
            <dt>{i.t('appeals.page.sentence')}</dt>
            <dd>
              {vocab(i, 'sentenceKind', e.sentence.kind)}
              {e.sentence.months !== null ? `, ${i.months(e.sentence.months)}` : ''}
            </dd>
          </>
        ) : null}
        {e.acts.length > 0 ? (
          <>
            <dt>{i.t('appeals.page.acts')}</dt>
            <dd>
              <ul>
                {e.acts.map((a) => (
                  <li>
                    {a.date ? (
                      <>
                        <time dateTime={a.date}>{i.date(a.date)}</time>:{' '}
                      </>
                    ) : null}
                    {vocab(i, 'actKind', a.kind)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {e.charges.length > 0 ? (
          <>
            <dt>{i.t('appeals.page.charges')}</dt>
            <dd>
              <ul>
                {e.charges.map((c, k) => (
                  <li>
                    <FallbackText i={i} text={c} lang={e.fallbackLangs?.charges?.[k]} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {e.designations.length > 0 ? (
          <>
            <dt>{i.t('appeals.page.designations')}</dt>
            <dd>
              <ul>
                {e.designations.map((d) => (
                  <li>
                    {vocab(i, 'designationKind', d.kind)}
                    {d.issuer ? ` — ${d.issuer}` : ''}
                    {d.date ? `, ${i.date(d.date)}` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {e.sources.length > 0 ? (
          <>
            <dt>{i.t('appeals.page.sources')}</dt>
            <dd>
              <ul>
                {e.sources.map((s) => (
                  <li>
                    {s.url ? (
                      <a href={s.url} rel="noopener noreferrer">
                        {s.title}
                      </a>
                    ) : (
                      s.title
                    )}
                    {s.date ? `, ${i.date(s.date)}` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {e.summary ? (
        <p>
          <FallbackText i={i} text={e.summary} lang={e.fallbackLangs?.summary} />
        </p>
      ) : null}
    </section>
  );
}

/** The case annex: frozen at publication (with change flags), or live before it. */
export function Annex(props: { i: I18n; annex: ShownAnnex }) {
  const { i, annex } = props;
  return (
    <section aria-labelledby="annex-h" class="annex">
      <h2 id="annex-h">{i.t('appeals.page.annex')}</h2>
      <p class="meta">
        {annex.frozenAt
          ? i.t('appeals.page.annexFrozen', { date: i.timestamp(annex.frozenAt) })
          : i.t('appeals.page.annexLive')}
      </p>
      {annex.entries.length === 0 ? (
        <p>{i.t('appeals.page.annexNone')}</p>
      ) : (
        annex.entries.map((e, n) => <AnnexEntryView i={i} entry={e} n={n + 1} />)
      )}
    </section>
  );
}

/** What the embedded signing form needs: its server-signed token, and the session's CSRF token when signed in. */
export interface SignFormSlot {
  formToken: string;
  csrf: string | undefined;
}

/** The next round figure a count is heading for: 100, 250, 500, 1,000, 2,500, 5,000, 10,000 … */
export function nextMilestone(count: number): number {
  for (let scale = 100; ; scale *= 10) {
    for (const m of [1, 2.5, 5]) if (count < m * scale) return m * scale;
  }
}

/** The public count with a line toward its next round figure, and the sign-on form while signing is open. */
function Signatures(props: { i: I18n; appeal: Appeal; sign: SignFormSlot | undefined }) {
  const { i, appeal: a } = props;
  if (!a.publicSigning || !PUBLISHED_STATUSES.includes(a.status)) return null;
  const goal = nextMilestone(a.signatureCount);
  return (
    <section aria-labelledby="signatures-h" class="signing">
      <h2 id="signatures-h">{i.t('appeals.page.signatures')}</h2>
      <p class="count">
        <strong>{i.t('appeals.page.count', { count: a.signatureCount })}</strong>
        {a.countRefreshedAt ? (
          <>
            {' '}
            —{' '}
            <time dateTime={a.countRefreshedAt}>
              {i.t('appeals.page.countedAt', { time: i.timestamp(a.countRefreshedAt) })}
            </time>
          </>
        ) : null}
      </p>
      <p class="progress-line">
        <label for="sign-progress">{i.t('appeals.page.progress', { count: a.signatureCount, goal })}</label>
        <progress id="sign-progress" max={goal} value={a.signatureCount}>
          {a.signatureCount}
        </progress>
      </p>
      {props.sign ? (
        <section aria-labelledby="sign-h">
          <h3 id="sign-h">{i.t('appeals.page.sign')}</h3>
          <SignForm i={i} slug={a.slug} formToken={props.sign.formToken} csrf={props.sign.csrf} />
        </section>
      ) : null}
    </section>
  );
}

/** The link to one page of public signers, keeping the letter's language when the reader chose one. */
function signersPath(a: Appeal, lang: string | undefined, page: number): string {
  const base = appealPath(a, lang);
  return `${base}${base.includes('?') ? '&' : '?'}signers=${page}#signers-h`;
}

/** The names of public signers, newest first, with links to newer and older pages that work without script. */
function PublicSignerList(props: { i: I18n; appeal: Appeal; signers: PublicSigners; lang: string | undefined }) {
  const { i, appeal: a, signers: s } = props;
  if (s.total === 0) return null;
  return (
    <section aria-labelledby="signers-h" class="public-signers">
      <h2 id="signers-h">{i.t('appeals.page.signers')}</h2>
      <p class="hint">{i.t('appeals.page.signersNote')}</p>
      <ul class="signer-names">
        {s.names.map((n) => (
          <li>{n}</li>
        ))}
      </ul>
      {s.pages > 1 ? (
        <nav aria-label={i.t('appeals.page.signersPages')} class="pager">
          <ul>
            {s.page > 1 ? (
              <li>
                <a href={signersPath(a, props.lang, s.page - 1)} rel="prev">
                  {i.t('appeals.page.signersNewer')}
                </a>
              </li>
            ) : null}
            <li aria-current="page">{i.t('appeals.page.signersPage', { page: s.page, pages: s.pages })}</li>
            {s.page < s.pages ? (
              <li>
                <a href={signersPath(a, props.lang, s.page + 1)} rel="next">
                  {i.t('appeals.page.signersOlder')}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </section>
  );
}

/** Deliveries, responses and outcomes; outcomes only for cases the annex shows, so no hidden case is named. */
function FollowUp(props: { i: I18n; appeal: Appeal; annex: ShownAnnex }) {
  const { i, appeal: a } = props;
  const shown = new Map(props.annex.entries.map((e) => [e.caseId, e]));
  const outcomes = a.outcomes.filter((o) => shown.has(o.caseId));
  return (
    <>
      {a.deliveries.length > 0 ? (
        <section aria-labelledby="deliveries-h">
          <h2 id="deliveries-h">{i.t('appeals.page.deliveries')}</h2>
          <ul>
            {a.deliveries.map((d) => (
              <li>
                {i.t('appeals.page.delivered', {
                  date: i.date(d.date),
                  method: prefixed(i, 'appeals.method.', d.method),
                  to: d.to,
                })}
                {d.note ? <div class="meta prewrap">{d.note}</div> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {a.responses.length > 0 ? (
        <section aria-labelledby="responses-h">
          <h2 id="responses-h">{i.t('appeals.page.responses')}</h2>
          <ul>
            {a.responses.map((r) => (
              <li>
                <strong>
                  {i.date(r.date)}: {prefixed(i, 'appeals.response.', r.kind)}
                </strong>
                {r.sourceId ? (
                  <>
                    {' '}
                    (<a href={`/sources/${encodeURIComponent(r.sourceId)}`}>{i.t('appeals.page.sources')}</a>)
                  </>
                ) : null}
                {r.text ? <div class="prewrap">{r.text}</div> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {outcomes.length > 0 ? (
        <section aria-labelledby="outcomes-h">
          <h2 id="outcomes-h">{i.t('appeals.page.outcomes')}</h2>
          <ul>
            {outcomes.map((o) => {
              const e = shown.get(o.caseId)!;
              return (
                <li>
                  <a href={recordPath('case', e.caseSlug)}>{e.name || e.caseSlug}</a>:{' '}
                  {prefixed(i, 'appeals.outcome.', o.kind)}
                  {o.date ? `, ${i.date(o.date)}` : ''}
                  {o.note ? <div class="meta prewrap">{o.note}</div> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** One appeal's page in one of its languages. */
export function AppealPage(
  props: PageProps & { view: AppealView; sign: SignFormSlot | undefined; signers?: PublicSigners; langAsked?: string },
) {
  const { i, actor, view } = props;
  const { appeal: a, text, occasion } = view;
  const published = PUBLISHED_STATUSES.includes(a.status);
  const title = text?.title ?? a.title;
  const others = a.texts.filter((t) => t.lang !== view.lang);
  return (
    <Layout {...props} title={title}>
      <article class="appeal">
        <h1 lang={text ? text.lang : undefined}>{title}</h1>
        {canAppeal(actor, 'update') ? (
          <p class="edit-links">
            <a class="button secondary" href={appealEditPath(a)}>
              {i.t('appeals.page.edit')}
            </a>
          </p>
        ) : null}
        {!published ? (
          <p class="notice">
            {i.t('appeals.page.draftNotice')} {i.t('appeals.status.label')}: <strong>{statusLabel(i, a.status)}</strong>
          </p>
        ) : null}
        {/* Signing comes first: the count, its line and the form are in the first screen on a phone as on a desktop. */}
        <Signatures i={i} appeal={a} sign={props.sign} />
        {others.length > 0 ? (
          <nav aria-label={i.t('appeals.page.languages')} class="letter-languages">
            <ul>
              {others.map((t) => (
                <li>
                  <a href={appealPath(a, t.lang)} hreflang={t.lang} lang={t.lang}>
                    {t.title} ({t.lang})
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <dl class="fields">
          {a.letterDate ? (
            <>
              <dt>{i.t('register.date')}</dt>
              <dd>{i.t('appeals.page.letterDate', { date: i.dateIn(a.letterDate) })}</dd>
            </>
          ) : null}
          {a.addressees.length > 0 ? (
            <>
              <dt>{i.t('appeals.page.to')}</dt>
              <dd>
                <Addressees i={i} addressees={a.addressees} lang={view.lang} />
              </dd>
            </>
          ) : null}
          {occasion ? (
            <>
              <dt>{i.t('appeals.page.occasion')}</dt>
              <dd>
                <a href={recordPath('event', occasion.slug)}>{occasion.title}</a>
                {occasion.startDate ? (
                  <>
                    {', '}
                    {i.date(occasion.startDate, occasion.startApprox)}
                    {occasion.endDate && occasion.endDate !== occasion.startDate
                      ? ` – ${i.date(occasion.endDate, occasion.endApprox)}`
                      : ''}
                  </>
                ) : null}
              </dd>
            </>
          ) : null}
          {a.deadline ? (
            <>
              <dt>{i.t('appeals.page.deadline')}</dt>
              <dd>{i.date(a.deadline)}</dd>
            </>
          ) : null}
          {!published ? (
            <>
              <dt>{i.t('appeals.status.label')}</dt>
              <dd>{statusLabel(i, a.status)}</dd>
            </>
          ) : null}
        </dl>

        <section aria-labelledby="letter-h">
          <h2 id="letter-h">{i.t('appeals.page.letter')}</h2>
          {text ? <LetterText lang={text.lang} body={text.body} /> : <p>{i.t('appeals.page.noText')}</p>}
        </section>

        <section aria-labelledby="co-h">
          <h2 id="co-h">{i.t('appeals.page.coSignatories')}</h2>
          <CoSignatoryLines i={i} coSignatories={view.coSignatories} />
        </section>

        {props.signers ? <PublicSignerList i={i} appeal={a} signers={props.signers} lang={props.langAsked} /> : null}

        <Annex i={i} annex={view.annex} />
        {published ? <FollowUp i={i} appeal={a} annex={view.annex} /> : null}

        {published && a.texts.length > 0 ? (
          <section aria-labelledby="downloads-h">
            <h2 id="downloads-h">{i.t('appeals.page.downloads')}</h2>
            <ul>
              {a.texts.map((t) => (
                <li>
                  <a
                    href={`${appealPath(a)}/letter.${encodeURIComponent(t.lang)}.pdf`}
                    hreflang={t.lang}
                    type="application/pdf"
                  >
                    {i.t('appeals.page.pdf', { lang: t.lang })}
                  </a>
                </li>
              ))}
            </ul>
            <p>
              <a href="/appeals.atom" type="application/atom+xml">
                {i.t('appeals.list.feed')}
              </a>
            </p>
          </section>
        ) : null}
      </article>
    </Layout>
  );
}
