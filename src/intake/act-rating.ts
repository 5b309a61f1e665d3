// How sure an act is, by the way its victim was found (rated on the tuning half of the evaluation set), how a sentence
// shared by several names is written, and the last pass over the acts: one act told twice is one proposal, and an act
// that may be an allegation starts unticked without a date or a length of its own.
import type { LengthMention } from './sentence-length.ts';
import { RESTRICTED, SUSPENDED } from './act-cues.ts';
import type { ActProposal, PersonProposal, PlaceProposal, Span } from './types.ts';

/**
 * How the victim of an act was found, which says how sure the act is: the reason a reviewer reads, and whether it is
 * sure enough to start ticked. Rated on the tuning half of the evaluation set (eval/intake): the victim in the clause
 * of the verb, or tied to its own length, is right far more often than one taken from a sentence before.
 */
export const HOW = {
  clause: { reason: 'the verb and the victim in one clause', high: true },
  nearest: { reason: 'the nearest of several names in the sentence', high: false },
  beyondComma: { reason: 'the victim near the act, past a comma', high: true },
  withLength: { reason: 'a sentence length found with its victim', high: true },
  ofAfter: { reason: 'the victim named right after the act (“the arrest of …”)', high: true },
  ofLater: { reason: 'the victim named after the act, past a date or a place', high: true },
  demand: { reason: 'a demand to free the person named after it', high: false },
  apposition: { reason: 'the subject of the sentence, past its apposition', high: true },
  pronoun: { reason: 'victim taken from the previous sentence (a pronoun stands for them)', high: false },
  plural: { reason: 'the list of the previous sentence (“they”, «их»)', high: false },
  farBefore: { reason: 'the one person (or list) named earlier in the sentence, far from the verb', high: false },
  respectively: { reason: 'lengths given “respectively”, in the order of the names', high: true },
  eachLength: { reason: 'each length to the name just before it', high: true },
  request: { reason: 'the court’s answer to the sentence asked for this person', high: false },
  among: { reason: 'named after “among them” in the sentence after the act', high: false },
  below: { reason: 'named in the list the sentence of the act points to (“including the following:”)', high: false },
  groupNoun: { reason: 'the names a group noun stands for (“the journalists”, « les quatre militants »)', high: false },
  roleBefore: { reason: 'the one person of the sentence before, named here by a role (“the activist”)', high: false },
  described: {
    reason: 'the one person the text names with the word that describes the victim here (“the poet”)',
    high: false,
  },
  roleAfter: {
    reason: 'named at the start of the next sentence, here by a role only (“the editor of …”)',
    high: false,
  },
} as const satisfies Record<string, { reason: string; high: boolean }>;
export type How = keyof typeof HOW;

/** The confidence fields of an act found the way `how` says, with what the reason adds (a shared range, a list). */
export function rated(
  how: How,
  extra?: string,
  high: boolean = HOW[how].high,
): Pick<ActProposal, 'confidence' | 'confidenceReason'> {
  return { confidence: high ? 'high' : 'low', confidenceReason: extra ?? HOW[how].reason };
}

/** A sentence one of several people received: the shared length (or range), cited at the cue, the name and the length. */
export function sentenceAct(
  p: PersonProposal,
  spans: Span[],
  length: LengthMention,
  sentence: string,
  places: readonly PlaceProposal[],
  sStart: number,
  sEnd: number,
  country: string | null,
  sure: Pick<ActProposal, 'confidence' | 'confidenceReason'>,
): ActProposal {
  const place = places.find(
    (x) => x.kind === 'country' && x.spans.some((s) => s.start >= sStart && s.end <= sEnd && x.country),
  );
  return {
    ref: '',
    person: p.name,
    personRef: p.ref,
    victimText: null,
    kind: 'sentence',
    date: null,
    sentenceMonths: length.months,
    sentenceMonthsMax: length.maxMonths ?? null,
    sentenceKind: SUSPENDED.test(sentence) ? 'suspended' : RESTRICTED.test(sentence) ? 'restricted_freedom' : 'prison',
    lengthSpan: length.span,
    country: place?.country ?? country,
    spans: [...spans].sort((a, b) => a.start - b.start),
    ...sure,
  };
}

/** Whether two dates may be one: equal, or one the other told less precisely ("January" and "January 29, 2018"). */
const sameDay = (a: string, b: string): boolean =>
  a === b || (a.length < b.length ? b.startsWith(`${a}-`) : a.startsWith(`${b}-`));

/**
 * One act told twice ("remain in pretrial detention" … "transfer to pretrial detention on July 17") is one proposal:
 * same victim and kind, and the dates and lengths do not disagree. The dated telling is kept, with both passages, and
 * the most precise date ("arrested in January" in a summary, "arrested … on January 29, 2018" in the letter).
 */
export function mergeRepeated(acts: ActProposal[]): ActProposal[] {
  const out: ActProposal[] = [];
  for (const a of [...acts].sort((x, y) => Number(y.date !== null) - Number(x.date !== null))) {
    const same =
      a.personRef === null
        ? undefined
        : out.find(
            (o) =>
              o.personRef === a.personRef &&
              o.kind === a.kind &&
              (o.date === null || a.date === null || sameDay(o.date, a.date)) &&
              (o.sentenceMonths === null || a.sentenceMonths === null || o.sentenceMonths === a.sentenceMonths),
          );
    if (!same) {
      out.push(a);
      continue;
    }
    if (a.date !== null && (same.date === null || a.date.length > same.date.length)) same.date = a.date;
    // Told twice, the act is as sure as its surer telling.
    if (same.confidence === 'low' && a.confidence === 'high')
      Object.assign(same, { confidence: a.confidence, confidenceReason: a.confidenceReason });
    if (same.sentenceMonths === null && a.sentenceMonths !== null)
      Object.assign(same, {
        sentenceMonths: a.sentenceMonths,
        sentenceMonthsMax: a.sentenceMonthsMax,
        lengthSpan: a.lengthSpan,
      });
    for (const sp of a.spans)
      if (!same.spans.some((x) => x.start === sp.start && x.end === sp.end)) same.spans.push(sp);
    same.spans.sort((x, y) => x.start - y.start);
  }
  return out;
}

/**
 * An extradition told as decided and, elsewhere in the text, as asked for or opposed ("will be extradited … they call
 * for a refusal of the extradition") is one extradition: the decision is kept, the request dropped.
 */
export function oneExtradition(acts: ActProposal[]): ActProposal[] {
  const decided = new Set(acts.filter((a) => a.kind === 'extradition_decision').map((a) => a.personRef));
  return acts.filter((a) => a.kind !== 'extradition_request' || a.personRef === null || !decided.has(a.personRef));
}

/**
 * "She was fined 50,000 soms and placed under five years of probation": a fine told in the sentence that gives the
 * same person a sentence of some length is a part of that sentence, not an act of its own. « condamnés à une amende »,
 * with no length: the verdict is the fine, and no sentence of its own. `sentenceOf` gives a position's sentence.
 */
export function fineInSentence(acts: ActProposal[], sentenceOf: (at: number) => number): ActProposal[] {
  const keys = (a: ActProposal) => a.spans.map((s) => `${a.personRef} ${sentenceOf(s.start)}`);
  const named = acts.filter((a) => a.personRef !== null);
  const sentenced = new Set(named.filter((a) => a.kind === 'sentence' && a.sentenceMonths !== null).flatMap(keys));
  const fined = new Set(named.filter((a) => a.kind === 'fine').flatMap(keys));
  return acts.filter((a) => {
    if (a.personRef === null) return true;
    if (a.kind === 'fine') return !keys(a).some((k) => sentenced.has(k));
    if (a.kind === 'sentence' && a.sentenceMonths === null) return !keys(a).some((k) => fined.has(k));
    return true;
  });
}

/** The number of names from which a list sharing an act makes each of them sure. */
export const LIST_SURE = 3;

// Kinds whose cue words are often said of an allegation or of another act ("the prosecution of", "allegations of
// torture", "accusations"): without a date or a length of their own they are read, not sure.
export const ALLEGED_KINDS: ReadonlySet<ActProposal['kind']> = new Set([
  'charge',
  'torture',
  'ill_treatment',
  'designation_extremist',
]);

/**
 * The last word on how sure an act is: an act with a date or a length of its own is sure, and so is one told of a list
 * of LIST_SURE names or more; any other is proposed unticked, a charge, a torture, an ill-treatment or a label even in
 * a list (their cue words are often said of an allegation). How the victim was found stays in the reason. Chosen on
 * the tuning half of the evaluation set, where the way the victim was found no longer told right acts from wrong ones
 * and a date, a length or a list did (README, *Measured quality*).
 */
export function ratedByDetail(a: ActProposal): ActProposal {
  const detail = a.date !== null || a.sentenceMonths !== null;
  const alleged = ALLEGED_KINDS.has(a.kind);
  const list = (a.listSize ?? 0) >= LIST_SURE;
  if (detail)
    return a.confidence === 'high'
      ? a
      : { ...a, confidence: 'high', confidenceReason: `${a.confidenceReason}; told with its own date or length` };
  if (list && !alleged) return a.confidence === 'high' ? a : { ...a, confidence: 'high' };
  if (a.confidence === 'low') return a;
  const why = alleged
    ? `a ${a.kind.replace('_', '-')} with no date or length of its own`
    : 'no date or length of its own';
  return { ...a, confidence: 'low', confidenceReason: `${a.confidenceReason}; ${why}` };
}

/** Whether a range or length shared by several names ("A, B and C were each sentenced to 3 to 6 years") starts ticked. */
export const SHARED_HIGH = true;
/** Whether the other names of a list the victim heads ("A, B and C remain in detention") start ticked. */
export const LIST_HIGH = true;
