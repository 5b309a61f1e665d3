// Where the acts are told: every cue word of the text with its kind, a sentence length standing as its own cue in a
// sentence about prison, and the detentions that are part of another act (the prison of a sentence, the custody a
// death or a torture happened in) taken out.
import { CUES, GIVEN_BEFORE, SENTENCE_CONTEXT, type ActKind } from './act-cues.ts';
import type { LengthMention } from './sentence-length.ts';
import { sentenceAt } from './tokens.ts';

// The words of a verdict proper (not "prison", which a custody also has).
const VERDICT = /(?:sentenc|convict|guilty|приговор|осужд|condamn|reconnue?s?\s+coupable)/iu;
const YEARS_BEFORE = /(?:years?|months?|лет|года?|месяц\p{L}*|ans?|mois)['’]?\s+(?:of\s+)?$/iu;
const VAGUE_TIME =
  /(?<![\p{L}])(?:several|many|a\s+few|few|some|plusieurs|quelques|de\s+longs|long|нескольк\p{L}*|много)\s+(?:long\s+)?(?:years?|months?|лет|месяц\p{L}*|ans?|années|mois)\s+(?:of\s+)?$/iu;

// The verb of time spent held before its length: "spent", « passé », «провёл».
const SPENT =
  /(?<![\p{L}])(?:spent|spending|passée?s?|провел\p{L}*|провёл)\s+(?:(?:nearly|almost|about|over|more\s+than|plus\s+de|près\s+de|около|более|почти)\s+)?$/iu;

/** A cue word found in the text: where it stands, its words and the kind of act it tells. */
export interface Cue {
  m: { index: number; 0: string };
  kind: ActKind;
}

/** Every act's cue in the text, in the order the rules found them. */
export function findCues(text: string, bounds: readonly [number, number][], lengths: readonly LengthMention[]): Cue[] {
  const cues: Cue[] = CUES.flatMap(([re, kind]) => [...text.matchAll(re)].map((m) => ({ m, kind })));
  // «Николай Сенцов — 3 года колонии-поселения», «получили по 6 лет»: a length in a sentence about prison is its own cue.
  for (const l of lengths) {
    const [a, b] = sentenceAt(bounds, l.span.start);
    // "spent six months in prison", « ayant passé six mois en prison »: time spent held, no verdict.
    if (SPENT.test(text.slice(Math.max(a, l.span.start - 30), l.span.start))) continue;
    if (
      (!SENTENCE_CONTEXT.test(text.slice(a, b)) &&
        !GIVEN_BEFORE.test(text.slice(Math.max(a, l.span.start - 24), l.span.start))) ||
      cues.some((c) => c.kind === 'sentence' && c.m.index >= a && c.m.index < b)
    )
      continue;
    // "was detained in the pre-trial detention center … for two months, then … released from prison": the term of a
    // custody told before it, in a sentence with no word of a verdict, is no sentence ("jailed for nine years" is one).
    const custodyTerm =
      /(?<![\p{L}])(?:for|на|pour)\s+$/iu.test(text.slice(Math.max(a, l.span.start - 5), l.span.start)) &&
      !VERDICT.test(text.slice(a, b)) &&
      cues.some(
        (c) =>
          (c.kind === 'arrest' || c.kind === 'detention') &&
          !/^(?:jailed|imprisoned)/iu.test(c.m[0]) &&
          c.m.index >= a &&
          c.m.index < l.span.start,
      );
    if (custodyTerm) continue;
    cues.push({ m: { index: l.span.start, 0: l.span.text }, kind: 'sentence' });
  }
  // "sentenced to 16 years in prison": the prison is the sentence's; "died in custody" is a death in custody. Neither
  // is a detention of its own.
  const sameSentence = (a: number, b: number) => sentenceAt(bounds, a)[0] === sentenceAt(bounds, b)[0];
  for (let i = cues.length - 1; i >= 0; i--) {
    const c = cues[i]!;
    if (c.kind !== 'detention') continue;
    // "jailed for five years": a length right after the cue is the sentence's too.
    const afterLength = lengths.some(
      (l) =>
        sameSentence(l.span.start, c.m.index) &&
        ((l.span.end <= c.m.index && c.m.index - l.span.end <= 30) ||
          (l.span.start >= c.m.index + c.m[0].length && l.span.start - c.m.index - c.m[0].length <= 12)),
    );
    const death = cues.some((d) => d.kind === 'death_in_custody' && sameSentence(d.m.index, c.m.index));
    // "faces up to seven years in prison": the prison of a length asked for or risked is no detention either.
    // "spent several months in prison", « sont restés plusieurs mois en prison »: a time with no figure is a custody told.
    const before = text.slice(Math.max(0, c.m.index - 25), c.m.index);
    const spent = lengths.some(
      (l) =>
        l.span.end <= c.m.index &&
        c.m.index - l.span.end <= 12 &&
        SPENT.test(text.slice(Math.max(0, l.span.start - 30), l.span.start)),
    );
    // "sentenced to life in prison", « condamné à perpétuité en prison »: the prison of a life sentence.
    const lifeTerm = /(?:to\s+life|à\s+perpétuité|пожизненн\p{L}*)\s*$/iu.test(before);
    const ofLength = (YEARS_BEFORE.test(before) && !VAGUE_TIME.test(before)) || lifeTerm;
    // "tortured or ill-treated in pre-trial detention": the custody is where the torture happened, not an act of its own.
    const placeOfTorture =
      (/^in\s/iu.test(c.m[0]) || /(?<![\p{L}])in\s+$/iu.test(text.slice(Math.max(0, c.m.index - 4), c.m.index))) &&
      cues.some(
        (t) =>
          (t.kind === 'torture' || t.kind === 'ill_treatment') &&
          sameSentence(t.m.index, c.m.index) &&
          t.m.index < c.m.index &&
          c.m.index - (t.m.index + t.m[0].length) <= 40,
      );
    // « placé en détention pour deux mois », "remanded in custody for two months": with no word of sentencing in the
    // sentence the length is the custody's term, and the custody is an act of its own.
    const [cs, ce] = sentenceAt(bounds, c.m.index);
    const sentencing = SENTENCE_CONTEXT.test(text.slice(cs, ce));
    if ((((afterLength && sentencing) || ofLength) && !spent) || death || placeOfTorture) cues.splice(i, 1);
  }
  return cues;
}
