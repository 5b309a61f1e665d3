// What was done to whom: a cue word for each kind of act ("tortur…", "приговор…", "extradé"), its victim (the person
// named nearest to it in the same sentence), the date written in that sentence and, for a sentence, its length.
import type { ACT_KINDS, SENTENCE_KINDS } from '../domain/vocabulary.ts';
import type { DateMention } from './dates.ts';
import type { LengthMention } from './sentence-length.ts';
import { sentenceAt } from './tokens.ts';
import { spanOf, type ActProposal, type OrganisationProposal, type PersonProposal, type PlaceProposal, type Span } from './types.ts';

type ActKind = (typeof ACT_KINDS)[number];

const CUES: readonly [RegExp, ActKind][] = [
  [/(?<![\p{L}])(?:tortur\p{L}*|пыт(?:к\p{L}*|ал\p{L}*|ают\p{L}*)|tortur\p{L}*)/giu, 'torture'],
  [/(?<![\p{L}])(?:arrest(?:ed)?|detained|арестова\p{L}*|задержа\p{L}*|арест(?![\p{L}])|arrêtée?s?|interpellée?s?)/giu, 'arrest'],
  [/(?<![\p{L}])(?:sentenced|sentence(?=\s+(?:to|of))|приговор\p{L}*|осужд\p{L}*|осуждён\p{L}*|condamnée?s?)/giu, 'sentence'],
  [/(?<![\p{L}])(?:extradit\p{L}*|экстради\p{L}*|выдач\p{L}*|extrad\p{L}*)/giu, 'extradition_request'],
  [/(?<![\p{L}])(?:extremist|экстремист\p{L}*|extrémistes?)/giu, 'designation_extremist'],
  [/(?<![\p{L}])(?:deport\p{L}*|депорт\p{L}*|expuls\p{L}*)/giu, 'deportation'],
  [/(?<![\p{L}])(?:killed|murdered|убит\p{L}*|tuée?s?|assassinée?s?)/giu, 'killing'],
  [/(?<![\p{L}])(?:died|death|умер(?:л[аи]?)?|смерт\p{L}*|скончал\p{L}*|погиб\p{L}*|mort(?:e|s)?|décédée?s?|décès)(?=[^.!?]{0,80}?(?:custody|detention|prison|jail|cell|colony|под стражей|в заключении|в СИЗО|в колонии|в камере|в тюрьме|в изоляторе|en détention|en garde à vue|en prison|dans sa cellule))/giu, 'death_in_custody'],
];
const SENTENCE_CONTEXT = /(?:sentenc|imprison|prison|jail|penal|colony|приговор|осужд|лишени|колони|заключени|condamn|emprisonnement|réclusion)/iu;
const DECISION = /(?:decision|court|решени|суд|décision|tribunal|cour)/iu;
const SUSPENDED = /(?:suspended|условн|avec sursis)/iu;
const RESTRICTED = /(?:restricted freedom|restriction of liberty|ограничени\p{L}* свободы)/iu;
const MAX_GAP = 90;
const SHARED = /(?<![\p{L}])(?:each|both|all|respectively|каждый|каждого|каждому|каждая|оба|обе|все|всех|chacun|chacune|tous|toutes)(?![\p{L}])/iu;

/** A sentence one of several people received: the shared length (or range), cited at the cue, the name and the length. */
function sentenceAct(
  p: PersonProposal, spans: Span[], length: LengthMention, sentence: string, places: readonly PlaceProposal[], sStart: number, sEnd: number, country: string | null,
): ActProposal {
  const place = places.find((x) => x.kind === 'country' && x.spans.some((s) => s.start >= sStart && s.end <= sEnd && x.country));
  return {
    ref: '', person: p.name, personRef: p.ref, victimText: null, kind: 'sentence', date: null, sentenceMonths: length.months,
    sentenceMonthsMax: length.maxMonths ?? null, sentenceKind: SUSPENDED.test(sentence) ? 'suspended' : RESTRICTED.test(sentence) ? 'restricted_freedom' : 'prison',
    lengthSpan: length.span, country: place?.country ?? country, spans: [...spans].sort((a, b) => a.start - b.start),
  };
}

/** Finds acts in every sentence. `country` is where acts happen when the sentence does not say. */
export function findActs(
  text: string, bounds: readonly [number, number][], persons: readonly PersonProposal[], organisations: readonly OrganisationProposal[],
  dates: readonly DateMention[], lengths: readonly LengthMention[], places: readonly PlaceProposal[], country: string | null,
): ActProposal[] {
  const mentions = persons.flatMap((p) => p.spans.map((s) => ({ p, s })));
  const out: ActProposal[] = [];
  const cues = CUES.flatMap(([re, kind]) => [...text.matchAll(re)].map((m) => ({ m, kind })));
  const between = (a: Span, b: Span) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);
  for (const { m, kind: baseKind } of cues) {
    {
      const cue = spanOf(text, m.index, m.index + m[0].length);
      const [sStart, sEnd] = sentenceAt(bounds, cue.start);
      const sentence = text.slice(sStart, sEnd);
      const inside = <T extends { span: Span }>(xs: readonly T[]) => xs.filter((x) => x.span.start >= sStart && x.span.end <= sEnd);
      let kind = baseKind;
      let length: LengthMention | undefined;
      if (kind === 'sentence') {
        if (!SENTENCE_CONTEXT.test(sentence)) continue;
        length = inside(lengths).filter((l) => l.span.start > cue.start)[0] ?? inside(lengths)[0];
      }
      if (kind === 'extradition_request' && DECISION.test(sentence)) kind = 'extradition_decision';
      const gap = (s: Span) => (s.end <= cue.start ? cue.start - s.end : s.start - cue.end);
      const near = mentions.filter(({ s }) => s.start >= sStart && s.end <= sEnd && gap(s) <= MAX_GAP).sort((a, b) => gap(a.s) - gap(b.s));
      // A sentence belongs to the person named before its length ("… and Y to seven years"); otherwise the nearest.
      const victim = length ? (near.filter(({ s }) => s.end <= length!.span.start).sort((a, b) => b.s.start - a.s.start)[0] ?? near[0]) : near[0];
      // "A was sentenced to 5 years and B to 7 years": each length goes to the person named just before it.
      const lengthsAfter = kind === 'sentence' ? inside(lengths).filter((l) => l.span.start > cue.start) : [];
      if (lengthsAfter.length > 1) {
        for (const [i, l] of lengthsAfter.entries()) {
          const from = i === 0 ? sStart : lengthsAfter[i - 1]!.span.end;
          const who = mentions.filter(({ s }) => s.start >= from && s.end <= l.span.start).at(-1);
          if (who && !out.some((o) => o.kind === 'sentence' && o.personRef === who.p.ref && o.lengthSpan?.start === l.span.start)) {
            out.push(sentenceAct(who.p, [cue, who.s, l.span], l, sentence, places, sStart, sEnd, country));
          }
        }
        continue;
      }
      // "A, B and C were each sentenced to 3 to 6 years": every person named before the length shares it.
      if (kind === 'sentence' && length && (length.maxMonths !== undefined || SHARED.test(sentence))) {
        const named = mentions.filter(({ s }) => s.start >= sStart && s.end <= length!.span.start);
        const people = [...new Map(named.map((x) => [x.p.ref, x])).values()];
        if (people.length > 1) {
          for (const who of people) {
            if (out.some((o) => o.kind === 'sentence' && o.personRef === who.p.ref && o.lengthSpan?.start === length!.span.start)) continue;
            out.push(sentenceAct(who.p, [cue, who.s, length.span], length, sentence, places, sStart, sEnd, country));
          }
          continue;
        }
      }
      let victimText: string | null = null;
      if (!victim) {
        if (kind !== 'designation_extremist' && kind !== 'sentence') continue;
        const org = organisations.flatMap((o) => o.spans).filter((s) => s.start >= sStart && s.end <= sEnd && gap(s) <= MAX_GAP)[0];
        victimText = org?.text ?? subjectBefore(text.slice(sStart, cue.start));
        if (!victimText) continue;
      }
      // A date belongs to the act whose cue is nearest to it ("arrested in January 2012 and sentenced to …").
      // A cue after the date counts a little farther, so a tie goes to the act the date follows.
      const cost = (d: DateMention, c: Span) => between(d.span, c) + (c.start >= d.span.end ? 0.5 : 0);
      const date = inside(dates).find((d) => cues.every((c) => c.m.index < sStart || c.m.index >= sEnd || c.m.index === cue.start || cost(d, cue) < cost(d, spanOf(text, c.m.index, c.m.index + c.m[0].length))));
      const place = places.find((p) => p.kind === 'country' && p.spans.some((s) => s.start >= sStart && s.end <= sEnd && p.country));
      const spans = [cue, ...(victim ? [victim.s] : []), ...(length ? [length.span] : []), ...(date ? [date.span] : [])].sort((a, b) => a.start - b.start);
      const sentenceKind: (typeof SENTENCE_KINDS)[number] | null = kind !== 'sentence' ? null : SUSPENDED.test(sentence) ? 'suspended' : RESTRICTED.test(sentence) ? 'restricted_freedom' : 'prison';
      const act: ActProposal = {
        ref: '', person: victim?.p.name ?? null, personRef: victim?.p.ref ?? null, victimText, kind, date: date?.start ?? null,
        sentenceMonths: length?.months ?? null, sentenceMonthsMax: length?.maxMonths ?? null, sentenceKind, lengthSpan: length?.span ?? null, country: place?.country ?? country, spans,
      };
      // One act per victim, kind and sentence: "torture … tortured" in one sentence is one act.
      if (!out.some((o) => o.kind === act.kind && o.personRef === act.personRef && o.victimText === act.victimText && o.spans.some((s) => s.start >= sStart && s.end <= sEnd))) out.push(act);
    }
  }
  return out.sort((a, b) => a.spans[0]!.start - b.spans[0]!.start).map((a, i) => ({ ...a, ref: `act-${i + 1}` }));
}

/** The last few words of the clause before a cue, for a victim that is not a named person ("Kazakh media outlets …"). */
function subjectBefore(before: string): string | null {
  const noVerb = before.replace(/[,\s]*(?:were|was|have been|has been|had been|are|is|были|был|была|признан\p{L}*|ont été|a été|sont)(?![\p{L}])[^,;]*$/iu, '');
  const clause = noVerb.split(/[,;:—–]/u).pop() ?? '';
  const words = clause.trim().replace(/^(?:and|и|et)\s+/iu, '').split(/\s+/).filter(Boolean);
  return words.length > 0 ? words.slice(-12).join(' ') : null;
}
