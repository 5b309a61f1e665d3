// The review screen of one document: the text with marked passages beside the proposals, each to accept, correct or
// leave out. A plain form: works without JavaScript.
import type { DecisionsInput } from '../../../commands/intake/decisions.ts';
import {
  ACT_KINDS,
  CONFIDENTIALITY,
  EVENT_KINDS,
  ORGANISATION_KINDS,
  PERSON_ROLES,
  SENTENCE_KINDS,
} from '../../../domain/vocabulary.ts';
import type { Confidence, MatchResult } from '../../../intake/types.ts';
import type { RecordLink } from '../../../queries/pages/record-links.ts';
import { recordPath } from '../../../queries/pages/record-links.ts';
import type { IntakeView } from '../../../queries/intake/get-intake.ts';
import { vocab, type I18n, type VocabularyName } from '../../../i18n/i18n.ts';
import { CsrfInput } from '../forms/record-form.tsx';
import { Layout, type PageProps } from '../layout.tsx';
import { allSpans, HighlightedText, SpanLinks } from './highlight.tsx';

/** What the review screen shows. */
export interface ReviewProps extends PageProps {
  csrf: string | undefined;
  view: IntakeView;
  sourceTitle: string;
  sourceSlug: string;
  values: DecisionsInput;
  links: ReadonlyMap<string, RecordLink>;
  problem?: string;
  /** Where the "start an appeal" form posts, when the letter is reviewed and the reader may create appeals. */
  appealAction?: string;
}

type Values = Record<string, Record<string, unknown>>;
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const on = (v: unknown) => v === true || v === 'on' || v === 'true';

function Text(props: { id: string; name: string; label: string; value: unknown; size?: number }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input type="text" id={props.id} name={props.name} value={str(props.value)} size={props.size} />
    </div>
  );
}

function Choice(props: {
  i: I18n;
  id: string;
  name: string;
  label: string;
  vocabulary: VocabularyName;
  values: readonly string[];
  value: unknown;
  multiple?: boolean;
  empty?: boolean;
}) {
  const chosen = new Set([props.value].flat().map(str));
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} multiple={props.multiple} size={props.multiple ? 4 : undefined}>
        {props.empty ? <option value="">–</option> : null}
        {props.values.map((v) => (
          <option value={v} selected={chosen.has(v)}>
            {vocab(props.i, props.vocabulary, v)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** How sure the rules are of a proposal, and why; an unsure one is left unticked. */
function Sureness(props: { x: Confidence }) {
  const { confidence, confidenceReason } = props.x;
  return confidence ? (
    <p class={`meta confidence-${confidence}`}>
      {confidence === 'high' ? '✓' : '?'} {confidenceReason}
    </p>
  ) : null;
}

function Accept(props: { i: I18n; id: string; name: string; checked: boolean; label: string }) {
  return (
    <p class="row">
      <input type="checkbox" id={props.id} name={props.name} checked={props.checked} />
      <label for={props.id}>
        <strong>{props.label}</strong> — {props.i.t('intake.accept')}
      </label>
    </p>
  );
}

/** Existing record or new: a radio pair when the register has a match. */
function MatchChoice(props: {
  i: I18n;
  id: string;
  name: string;
  type: 'person' | 'organisation' | 'event';
  match: MatchResult | undefined;
  value: unknown;
}) {
  const rec = props.match?.record;
  if (!rec)
    return (
      <p class="meta">
        {props.i.t('intake.match.new')}
        <input type="hidden" name={props.name} value="" />
      </p>
    );
  const useExisting = str(props.value) === rec.id;
  return (
    <fieldset>
      <p class="row">
        <input type="radio" id={`${props.id}-x`} name={props.name} value={rec.id} checked={useExisting} />
        <label for={`${props.id}-x`}>{props.i.t('intake.match.existing', { label: rec.label })}</label>{' '}
        <a href={recordPath(props.type, rec.slug)}>↗</a>
      </p>
      <p class="row">
        <input type="radio" id={`${props.id}-n`} name={props.name} value="" checked={!useExisting} />
        <label for={`${props.id}-n`}>{props.i.t('intake.match.new')}</label>
      </p>
    </fieldset>
  );
}

/** The review page. */
export function ReviewPage(props: ReviewProps) {
  const { i, view } = props;
  const p = view.proposals;
  const v = props.values as unknown as Record<string, Values>;
  const spans = allSpans(p);
  const marked = new Set(spans.map((s) => s.start));
  const title = i.t('intake.review.title', { title: props.sourceTitle });
  const open = view.status === 'open';
  const subjects = [...p.persons.map((x) => [x.ref, x.name]), ...p.organisations.map((x) => [x.ref, x.name])];
  return (
    <Layout {...props} title={title} wide>
      <p>
        <a href="/intake">{i.t('intake.title')}</a>
      </p>
      <h1>{title}</h1>
      <p class="lede">{i.t('intake.review.lede')}</p>
      <p class="meta">
        {i.t('intake.review.language', { language: p.language })}
        {p.documentDate ? ` · ${i.t('intake.review.date', { date: p.documentDate })}` : ''}
        {' · '}
        <a href={recordPath('source', props.sourceSlug)}>{i.t('intake.review.source')}</a>
      </p>
      {props.problem ? (
        <div class="errors" role="alert">
          <p>{i.t('intake.error', { message: props.problem })}</p>
        </div>
      ) : null}
      {!open ? <Outcome {...props} /> : null}
      {props.appealAction ? (
        <form method="post" action={props.appealAction}>
          <CsrfInput token={props.csrf} />
          <button type="submit">{i.t('intake.createAppeal')}</button>
        </form>
      ) : null}
      <div class="grid-2">
        <section aria-labelledby="doc-h">
          <h2 id="doc-h">{i.t('intake.review.document')}</h2>
          <HighlightedText text={view.text} spans={spans} />
        </section>
        <section aria-labelledby="prop-h">
          <h2 id="prop-h">{i.t('intake.review.proposals')}</h2>
          <form method="post" action={`/intake/${view.id}`}>
            <CsrfInput token={props.csrf} />
            <h3>{i.t('intake.persons')}</h3>
            {p.persons.length === 0 ? <p>{i.t('intake.noneFound')}</p> : null}
            {p.persons.map((x) => {
              const d = v.persons?.[x.ref] ?? {};
              const base = `persons[${x.ref}]`;
              return (
                <div class="proposal" id={x.ref}>
                  <Accept i={i} id={`${x.ref}-accept`} name={`${base}[accept]`} checked={on(d.accept)} label={x.name} />
                  <SpanLinks spans={x.spans} marked={marked} />
                  <Sureness x={x} />
                  {x.roles.length ? <p class="meta">{x.roles.join('; ')}</p> : null}
                  <Text id={`${x.ref}-name`} name={`${base}[name]`} label={i.t('intake.name')} value={d.name} />
                  <Choice
                    i={i}
                    id={`${x.ref}-roles`}
                    name={`${base}[roleKinds]`}
                    label={i.t('intake.roles')}
                    vocabulary="personRole"
                    values={PERSON_ROLES}
                    value={d.roleKinds}
                    multiple
                  />
                  <MatchChoice
                    i={i}
                    id={`${x.ref}-match`}
                    name={`${base}[matchId]`}
                    type="person"
                    match={x.match}
                    value={d.matchId}
                  />
                </div>
              );
            })}
            <h3>{i.t('intake.organisations')}</h3>
            {p.organisations.length === 0 ? <p>{i.t('intake.noneFound')}</p> : null}
            {p.organisations.map((x) => {
              const d = v.organisations?.[x.ref] ?? {};
              const base = `organisations[${x.ref}]`;
              return (
                <div class="proposal" id={x.ref}>
                  <Accept i={i} id={`${x.ref}-accept`} name={`${base}[accept]`} checked={on(d.accept)} label={x.name} />
                  <SpanLinks spans={x.spans} marked={marked} />
                  <Sureness x={x} />
                  <Text id={`${x.ref}-name`} name={`${base}[name]`} label={i.t('intake.name')} value={d.name} />
                  <Choice
                    i={i}
                    id={`${x.ref}-kind`}
                    name={`${base}[kind]`}
                    label={i.t('intake.kind')}
                    vocabulary="organisationKind"
                    values={ORGANISATION_KINDS}
                    value={d.kind}
                  />
                  <Text
                    id={`${x.ref}-country`}
                    name={`${base}[country]`}
                    label={i.t('intake.country')}
                    value={d.country}
                    size={3}
                  />
                  <MatchChoice
                    i={i}
                    id={`${x.ref}-match`}
                    name={`${base}[matchId]`}
                    type="organisation"
                    match={x.match}
                    value={d.matchId}
                  />
                </div>
              );
            })}
            <h3>{i.t('intake.events')}</h3>
            {p.events.length === 0 ? <p>{i.t('intake.noneFound')}</p> : null}
            {p.events.map((x) => {
              const d = v.events?.[x.ref] ?? {};
              const base = `events[${x.ref}]`;
              return (
                <div class="proposal" id={x.ref}>
                  <Accept
                    i={i}
                    id={`${x.ref}-accept`}
                    name={`${base}[accept]`}
                    checked={on(d.accept)}
                    label={x.title}
                  />
                  <SpanLinks spans={x.spans} marked={marked} />
                  <Sureness x={x} />
                  <Text
                    id={`${x.ref}-title`}
                    name={`${base}[title]`}
                    label={i.t('intake.titleField')}
                    value={d.title}
                  />
                  <Choice
                    i={i}
                    id={`${x.ref}-kind`}
                    name={`${base}[kind]`}
                    label={i.t('intake.kind')}
                    vocabulary="eventKind"
                    values={EVENT_KINDS}
                    value={d.kind}
                  />
                  <div class="row">
                    <Text
                      id={`${x.ref}-date`}
                      name={`${base}[date]`}
                      label={i.t('intake.start')}
                      value={d.date}
                      size={10}
                    />
                    <Text
                      id={`${x.ref}-end`}
                      name={`${base}[endDate]`}
                      label={i.t('intake.end')}
                      value={d.endDate}
                      size={10}
                    />
                    <Text
                      id={`${x.ref}-country`}
                      name={`${base}[country]`}
                      label={i.t('intake.country')}
                      value={d.country}
                      size={3}
                    />
                  </div>
                  <MatchChoice
                    i={i}
                    id={`${x.ref}-match`}
                    name={`${base}[matchId]`}
                    type="event"
                    match={x.match}
                    value={d.matchId}
                  />
                </div>
              );
            })}
            <h3>{i.t('intake.acts')}</h3>
            {p.acts.length === 0 ? <p>{i.t('intake.noneFound')}</p> : null}
            {p.acts.map((x) => {
              const d = v.acts?.[x.ref] ?? {};
              const base = `acts[${x.ref}]`;
              return (
                <div class="proposal" id={x.ref}>
                  <Accept
                    i={i}
                    id={`${x.ref}-accept`}
                    name={`${base}[accept]`}
                    checked={on(d.accept)}
                    label={`${vocab(i, 'actKind', x.kind)}: ${x.person ?? x.victimText ?? '?'}`}
                  />
                  <SpanLinks spans={x.spans} marked={marked} />
                  <Sureness x={x} />
                  <Choice
                    i={i}
                    id={`${x.ref}-kind`}
                    name={`${base}[kind]`}
                    label={i.t('intake.kind')}
                    vocabulary="actKind"
                    values={ACT_KINDS}
                    value={d.kind}
                  />
                  <div class="field">
                    <label for={`${x.ref}-subject`}>{i.t('intake.subject')}</label>
                    <select id={`${x.ref}-subject`} name={`${base}[subjectRef]`}>
                      <option value="">–</option>
                      {subjects.map(([ref, name]) => (
                        <option value={ref} selected={str(d.subjectRef) === ref}>
                          {name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div class="row">
                    <Text
                      id={`${x.ref}-date`}
                      name={`${base}[date]`}
                      label={i.t('intake.start')}
                      value={d.date}
                      size={10}
                    />
                    <Text
                      id={`${x.ref}-months`}
                      name={`${base}[sentenceMonths]`}
                      label={i.t('intake.months')}
                      value={d.sentenceMonths}
                      size={4}
                    />
                    <Text
                      id={`${x.ref}-country`}
                      name={`${base}[country]`}
                      label={i.t('intake.country')}
                      value={d.country}
                      size={3}
                    />
                  </div>
                  <Choice
                    i={i}
                    id={`${x.ref}-skind`}
                    name={`${base}[sentenceKind]`}
                    label={i.t('intake.sentenceKind')}
                    vocabulary="sentenceKind"
                    values={SENTENCE_KINDS}
                    value={d.sentenceKind}
                    empty
                  />
                  {x.sentenceMonthsMax ? <SharedRange i={i} act={x} acts={p.acts} /> : null}
                </div>
              );
            })}
            {p.counts?.length ? (
              <>
                <h3>{i.t('intake.counts')}</h3>
                <p class="hint">{i.t('intake.countsHint')}</p>
                {p.counts.map((c, n) => {
                  const ref = `count-${n + 1}`;
                  const label = c.approximate
                    ? i.t('intake.countApprox', { n: c.number, what: c.what })
                    : i.t('intake.countExact', { n: c.number, what: c.what });
                  return (
                    <div class="proposal" id={ref}>
                      <Accept
                        i={i}
                        id={`${ref}-accept`}
                        name={`counts[${ref}][accept]`}
                        checked={on(((props.values.counts ?? {}) as Values)[ref]?.accept)}
                        label={label}
                      />
                      <SpanLinks spans={c.spans} marked={marked} />
                      <Sureness x={c} />
                    </div>
                  );
                })}
              </>
            ) : null}
            {p.isLetter || p.signatories.length > 0 ? <LetterPart {...props} marked={marked} /> : null}
            <Choice
              i={i}
              id="confidentiality"
              name="confidentiality"
              label={i.t('intake.confidentiality')}
              vocabulary="confidentiality"
              values={CONFIDENTIALITY}
              value={props.values.confidentiality ?? 'internal'}
            />
            {open ? <button type="submit">{i.t('intake.acceptSubmit')}</button> : null}
          </form>
        </section>
      </div>
    </Layout>
  );
}

/** A sentence range ("3 to 6 years") and the names that share it, so the reviewer types the length each received. */
function SharedRange(props: {
  i: I18n;
  act: ReviewProps['view']['proposals']['acts'][number];
  acts: ReviewProps['view']['proposals']['acts'];
}) {
  const { i, act } = props;
  const sharing = props.acts.filter(
    (a) => a.lengthSpan && act.lengthSpan && a.lengthSpan.start === act.lengthSpan.start && a.person,
  );
  return (
    <p class="meta">
      {i.t('intake.range', { min: act.sentenceMonths ?? 0, max: act.sentenceMonthsMax ?? 0 })}
      {sharing.length > 1
        ? ` ${i.t('intake.rangeShared', { n: sharing.length, names: sharing.map((a) => a.person).join(', ') })}`
        : ''}
    </p>
  );
}

function LetterPart(props: ReviewProps & { marked: ReadonlySet<number> }) {
  const { i } = props;
  const p = props.view.proposals;
  const sig = (props.values.signatories ?? {}) as Values;
  return (
    <>
      <h3>{i.t('intake.letter')}</h3>
      <dl class="fields">
        {p.addressees.map((a) => (
          <>
            <dt>{i.t('intake.addressee')}</dt>
            <dd>
              {a.name}
              {a.title ? `, ${a.title}` : ''}
              <Sureness x={a} />
            </dd>
          </>
        ))}
        {p.occasion ? (
          <>
            <dt>{i.t('intake.occasion')}</dt>
            <dd>
              {p.occasion.title}
              {p.occasion.start ? ` (${p.occasion.start}${p.occasion.end ? ` – ${p.occasion.end}` : ''})` : ''}
              <Sureness x={p.occasion} />
            </dd>
          </>
        ) : null}
      </dl>
      {p.signatories.length ? <h4>{i.t('intake.signatories')}</h4> : null}
      {p.signatories.map((s, n) => (
        <div class="proposal" id={`signatory-${n + 1}`}>
          <Accept
            i={i}
            id={`signatory-${n + 1}-accept`}
            name={`signatories[signatory-${n + 1}][accept]`}
            checked={on(sig[`signatory-${n + 1}`]?.accept)}
            label={s.name}
          />
          <p class="meta">{[s.title, s.organisation].filter(Boolean).join(' — ')}</p>
          <SpanLinks spans={s.spans} marked={props.marked} />
          <Sureness x={s} />
        </div>
      ))}
    </>
  );
}

function Outcome(props: ReviewProps) {
  const { i, view } = props;
  if (view.status === 'closed')
    return (
      <p class="notice" role="status">
        {i.t('intake.done.closed')}
      </p>
    );
  return (
    <div class="notice" role="status">
      <p>{i.t('intake.done.accepted')}</p>
      <ul>
        {view.outcome.map((o) => {
          const link = props.links.get(o.id);
          return (
            <li>
              {link ? <a href={recordPath(o.type, link.slug)}>{link.label}</a> : o.id} (
              {i.t(o.created ? 'intake.outcome.created' : 'intake.outcome.cited')})
            </li>
          );
        })}
      </ul>
    </div>
  );
}
