// Sentences told of several people at once with their lengths: figures given "respectively", a length after each
// name ("A to 5 years and B to 7"), and one length or range shared by every name before it.
import { RESPECTIVELY, respectiveFigures, SHARED, SHARED_BEFORE } from './act-lists.ts';
import type { Mention } from './act-mentions.ts';
import { rated, SHARED_HIGH, sentenceAct } from './act-rating.ts';
import type { LengthMention } from './sentence-length.ts';
import type { ActProposal, PlaceProposal, Span } from './types.ts';

// "to four years in jail each", « chacun à six ans », «по девять лет»: a length given to each of the names before it.
const EACH_AFTER = /^[^.;,]{0,25}?(?<![\p{L}])(?:each|apiece|chacune?|каждому|каждый)(?![\p{L}])/iu;
const EACH_BEFORE = /(?<![\p{L}])(?:по|chacune?\s+à|each\s+to)\s+$/iu;

/** A sentence cue and what its sentence holds. */
export interface SentenceAt {
  text: string;
  cue: Span;
  sStart: number;
  sEnd: number;
  /** The length the cue takes (the first after it, or the first in the sentence). */
  length: LengthMention | undefined;
  /** Every length in the sentence. */
  lengthsHere: readonly LengthMention[];
  mentions: readonly Mention[];
  places: readonly PlaceProposal[];
  country: string | null;
}

/**
 * Adds to `out` the sentences of several people the cue tells with their lengths, and says whether it did (then the
 * cue needs no other reading). `listBefore` is the list a pronoun of the sentence stands for ("They were sentenced to
 * 15 and 30 years respectively"), empty when the sentence names its people itself.
 */
export function shareLengths(at: SentenceAt, listBefore: readonly Mention[], out: ActProposal[]): boolean {
  const { text, cue, sStart, sEnd, length, lengthsHere, mentions, places, country } = at;
  const sentence = text.slice(sStart, sEnd);
  // "A and B were sentenced to 2 and 4 years respectively": the figures go to the names in their order.
  // "A and B, sentenced in 2009 to two and two and a half years": figures as many as the names go to them in order,
  // "respectively" or not.
  const figures = length
    ? respectiveFigures(text.slice(Math.max(sStart, length.span.start - 40), length.span.start), length)
    : undefined;
  const namedHere = [
    ...new Map(
      mentions.filter(({ s }) => s.start >= sStart && s.end <= cue.start).map((x) => [x.p.ref, x] as const),
    ).values(),
  ];
  const implied = figures !== undefined && figures.length > 1 && figures.length === namedHere.length;
  if (length && (RESPECTIVELY.test(sentence) || implied)) {
    // "They were sentenced to 15 and 30 years respectively": the names of the list "they" stands for, in order.
    const named = namedHere.length === 0 ? [...listBefore].sort((a, b) => a.s.start - b.s.start) : namedHere;
    if (figures && figures.length === named.length) {
      for (const [i, who] of named.entries())
        out.push(
          sentenceAct(
            who.p,
            [cue, who.s, length.span],
            { span: length.span, months: figures[i]! },
            sentence,
            places,
            sStart,
            sEnd,
            country,
            rated('respectively'),
          ),
        );
      return true;
    }
    // « A et B … condamnés respectivement … à 20 ans et 19 ans »: each length written out goes to the name of the
    // same rank.
    const each = lengthsHere.filter((l) => l.span.start > cue.start);
    if (!figures && each.length > 1 && each.length === named.length) {
      for (const [i, who] of named.entries())
        out.push(
          sentenceAct(
            who.p,
            [cue, who.s, each[i]!.span],
            each[i]!,
            sentence,
            places,
            sStart,
            sEnd,
            country,
            rated('respectively'),
          ),
        );
      return true;
    }
  }
  // "A was sentenced to 5 years and B to 7 years": each length goes to the person named just before it.
  const lengthsAfter = lengthsHere.filter((l) => l.span.start > cue.start);
  if (lengthsAfter.length > 1) {
    for (const [i, l] of lengthsAfter.entries()) {
      const from = i === 0 ? sStart : lengthsAfter[i - 1]!.span.end;
      const before = mentions.filter(({ s }) => s.start >= from && s.end <= l.span.start);
      // "B, 38, and C, 25, to four years in jail each", «получили по девять лет»: a length given to each goes to every
      // name since the length before it.
      const each =
        EACH_AFTER.test(text.slice(l.span.end, Math.min(sEnd, l.span.end + 30))) ||
        EACH_BEFORE.test(text.slice(Math.max(sStart, l.span.start - 12), l.span.start));
      for (const who of each ? before : before.slice(-1))
        if (
          !out.some((o) => o.kind === 'sentence' && o.personRef === who.p.ref && o.lengthSpan?.start === l.span.start)
        )
          out.push(
            sentenceAct(who.p, [cue, who.s, l.span], l, sentence, places, sStart, sEnd, country, rated('eachLength')),
          );
    }
    return true;
  }
  // "A, B and C were each sentenced to 3 to 6 years": every person named before the length shares it.
  const sharedBefore =
    length !== undefined && SHARED_BEFORE.test(text.slice(Math.max(sStart, length.span.start - 4), length.span.start));
  // "each", "all", «по»: said of the names and their length, not elsewhere in the sentence ("repress all rights, …").
  const namedBefore = length ? mentions.filter(({ s }) => s.start >= sStart && s.end <= length.span.start) : [];
  const sharedWords =
    length !== undefined &&
    namedBefore.length > 0 &&
    SHARED.test(text.slice(Math.min(...namedBefore.map((x) => x.s.start)), Math.min(sEnd, length.span.end + 40)));
  if (length && (length.maxMonths !== undefined || sharedWords || sharedBefore)) {
    const people = [...new Map(namedBefore.map((x) => [x.p.ref, x])).values()];
    if (people.length > 1) {
      for (const who of people) {
        if (
          out.some(
            (o) => o.kind === 'sentence' && o.personRef === who.p.ref && o.lengthSpan?.start === length!.span.start,
          )
        )
          return true;
        const shared = `${length.maxMonths !== undefined ? 'a range' : 'a length'} shared by ${people.length} names`;
        out.push(
          sentenceAct(
            who.p,
            [cue, who.s, length.span],
            length,
            sentence,
            places,
            sStart,
            sEnd,
            country,
            rated('withLength', shared, SHARED_HIGH),
          ),
        );
      }
      return true;
    }
  }
  return false;
}
