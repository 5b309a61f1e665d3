// What was done to whom: a cue word for each kind of act ("tortur…", "приговор…", "extradé"), its victim (the person
// named nearest to it in the same sentence), the date written in that sentence and, for a sentence, its length.
import type { ACT_KINDS, SENTENCE_KINDS } from '../domain/vocabulary.ts';
import type { DateMention } from './dates.ts';
import { numberValue, type LengthMention } from './sentence-length.ts';
import { sentenceAt } from './tokens.ts';
import {
  spanOf,
  type ActProposal,
  type OrganisationProposal,
  type PersonProposal,
  type PlaceProposal,
  type Span,
} from './types.ts';

type ActKind = (typeof ACT_KINDS)[number];

const CUES: readonly [RegExp, ActKind][] = [
  [/(?<![\p{L}])(?:tortur\p{L}*|пыт(?:к\p{L}*|ал\p{L}*|ают\p{L}*)|tortur\p{L}*)/giu, 'torture'],
  [
    /(?<![\p{L}])(?<!house\s)(?<!домашн\p{L}{1,3}\s)(?:arrest(?:ed)?|detained|apprehended|(?:taken|placed)\s+into\s+custody|арестова\p{L}*|задержа\p{L}*|арест(?![\p{L}])|arrêtée?s?|arrestations?|interpellée?s?|interpellations?|appréhendée?s?|placée?s?\s+en\s+garde\s+à\s+vue)/giu,
    'arrest',
  ],
  [
    /(?<![\p{L}])(?:sentenced|sentence(?=\s+(?:to|of))|convicted|приговор\p{L}*|осужд\p{L}*|осуждён\p{L}*|condamnée?s?|condamnations?|écopée?s?\s+d)/giu,
    'sentence',
  ],
  [/(?<![\p{L}])(?:extradit\p{L}*|экстради\p{L}*|выдач\p{L}*|extrad\p{L}*)/giu, 'extradition_request'],
  [/(?<![\p{L}])(?:extremist|экстремист\p{L}*|extrémistes?)/giu, 'designation_extremist'],
  [/(?<![\p{L}])(?:deport\p{L}*|депорт\p{L}*|expuls\p{L}*)/giu, 'deportation'],
  [/(?<![\p{L}])(?:killed|murdered|убит\p{L}*|tuée?s?|assassinée?s?|assassinat)(?![\p{L}])/giu, 'killing'],
  // Held without a word of arrest: "remain in pretrial detention", "still imprisoned", «под стражей», « en détention ».
  [
    /(?<![\p{L}])(?:(?:pre-?trial\s+|preventive\s+|unlawful\s+)?detention|imprisoned|in\s+prison|behind\s+bars|in\s+custody|political\s+prisoners?|jailed|(?:under\s+)?house\s+arrest|домашн\p{L}*\s+арест\p{L}*|assignée?s?\s+à\s+résidence|imprisonment\s+of|за\s+решёткой|за\s+решеткой|под\s+страж\p{L}*|(?:из|в)\s+заключени\p{L}*|из-под\s+ареста|в\s+СИЗО|en\s+détention|détention\s+préventive|(?:maintenue?s?|placée?s?)\s+en\s+détention|détenue?|(?:sont|restent|demeurent|été)\s+(?:toujours\s+)?détenue?s|emprisonnée?s?|en\s+prison|derrière\s+les\s+barreaux|incarcérée?s?)(?![\p{L}])/giu,
    'detention',
  ],
  [
    /(?<![\p{L}])(?:charged|charges|accused\s+of|indicted|criminal\s+(?:case|proceedings)\s+(?:against|was\s+opened|were\s+opened)|обвинени\p{L}*|обвинен\p{L}*|обвинён\p{L}*|обвиняем\p{L}*|дел[оау]\s+о(?![\p{L}])|возбу(?:дил\p{L}*|жден\p{L}*|ждён\p{L}*)\s+(?:уголовн\p{L}*\s+)?дел\p{L}*|уголовн\p{L}*\s+дел\p{L}*\s+(?:против|в\s+отношении)|inculpée?s?|inculpations?|mise?s?\s+en\s+examen|poursuivie?s?\s+(?:pour|en\s+justice)|poursuites\s+(?:pénales\s+|judiciaires\s+)?contre|accusations?|accusée?s?\s+d)/giu,
    'charge',
  ],
  [
    /(?<![\p{L}])(?:travel\s+ban|banned\s+from\s+(?:leaving|travel\p{L}*)|запрет\p{L}*\s+на\s+выезд|interdiction\s+de\s+(?:quitter|sortie))/giu,
    'travel_ban',
  ],
  [
    /(?<![\p{L}])(?:abducted|disappeared|похищен\p{L}*|пропал\p{L}*\s+без\s+вести|enlevée?s?|disparitions?\s+forcées?)(?![\p{L}])/giu,
    'disappearance',
  ],
  // "police searched his flat", «обыск у …», « perquisition au domicile de … ».
  [
    /(?<![\p{L}])(?:searched\s+(?:his|her|their|the)\s+(?:home|flat|apartment|house|office)|search(?:es)?\s+(?:of|at)\s+(?:his|her|their|the)\s+(?:home|flat|apartment|house|office)|raided|обыск\p{L}*|perquisitions?|perquisitionnée?s?)(?![\p{L}])/giu,
    'search',
  ],
  [/(?<![\p{L}])(?:fined|оштрафова\p{L}*|штраф(?:у|а|ом)?|amendée?s?|une\s+amende)(?![\p{L}])/giu, 'fine'],
  [
    /(?<![\p{L}])(?:dismissed\s+from|fired\s+from|уволен\p{L}*|уволил\p{L}*|licenciée?s?|limogée?s?)(?![\p{L}])/giu,
    'dismissal',
  ],
  [
    /(?<![\p{L}])(?:foreign\s+agents?|иностранн\p{L}*\s+агент\p{L}*|агент\p{L}*\s+иностранного|agents?\s+(?:de\s+l['’]étranger|étrangers?))(?![\p{L}])/giu,
    'designation_foreign_agent',
  ],
  // Being on a wanted list has no kind of its own.
  [
    /(?<![\p{L}])(?:wanted\s+list|international\s+search|в\s+розыск\p{L}*|объявлен\p{L}*\s+в\s+(?:международный\s+)?розыск|avis\s+de\s+recherche|mandat\s+d['’]arrêt)(?![\p{L}])/giu,
    'other',
  ],
  // Medical care withheld and beatings: "denied him medical care", «лишён медицинской помощи», « privé de soins ».
  [
    /(?<![\p{L}])(?:ill-?treat\p{L}*|beaten|denied\s+(?:\p{L}+\s+){0,2}medical\s+(?:care|treatment|assistance|help)|избит\p{L}*|избиени\p{L}*|(?:лишен\p{L}*|лишён\p{L}*|отказ\p{L}*\s+в)\s+медицинск\p{L}*\s+помощ\p{L}*|mauvais\s+traitements?|battue?s?|privée?s?\s+de\s+soins)(?![\p{L}])/giu,
    'ill_treatment',
  ],
  // A demand to free someone says they are held: "the release of A", «освобождения А», « la libération de A ».
  [
    /(?<![\p{L}])(?:release\s+of|freeing\s+of|освобождени[яюе]|освободить|libération\s+(?:de|du|d['’])|libérer)(?![\p{L}])/giu,
    'detention',
  ],
  [
    /(?<![\p{L}])(?:(?:been|was|were)\s+threatened|threatened\s+(?:with|to)|death\s+threats|угрожали|получал\p{L}*\s+угроз\p{L}*|угроз\p{L}*\s+(?:убийств\p{L}*|расправ\p{L}*)|(?:été\s+)?menacée?s?\s+de|menaces\s+de\s+mort|reçu\p{L}*\s+des\s+menaces)(?![\p{L}])/giu,
    'threats',
  ],
  [
    /(?<![\p{L}])(?:died|death|умер(?:л[аи]?)?|смерт\p{L}*|скончал\p{L}*|погиб\p{L}*|mort(?:e|s)?|décédée?s?|décès)(?=[^.!?]{0,80}?(?:custody|detention|prison|jail|cell|colony|под стражей|в заключении|в СИЗО|в колонии|в камере|в тюрьме|в изоляторе|en détention|en garde à vue|en prison|dans sa cellule))/giu,
    'death_in_custody',
  ],
  // «В СИЗО … умер активист …», "In the colony … died": the place of custody before the death.
  [
    /(?<=(?:custody|detention|prison|jail|cell|colony|под стражей|в заключении|СИЗО|колони\p{L}*|камер\p{L}*|тюрьм\p{L}*|изолятор\p{L}*|en détention|en prison|cellule)[^.!?]{0,60}?)(?<![\p{L}])(?:died|умер(?:л[аи]?)?|скончал\p{L}*|погиб\p{L}*|est\s+morte?|décédée?s?)(?![\p{L}])/giu,
    'death_in_custody',
  ],
];
const SENTENCE_CONTEXT =
  /(?:sentenc|convict|serving|получил|отбыва|imprison|prison|jail|penal|colony|приговор|осужд|лишени|колони|заключени|condamn|emprisonnement|réclusion|purge\p{L}*\s+une\s+peine)/iu;
const DECISION = /(?:decision|court|решени|суд|décision|tribunal|cour)/iu;
const SUSPENDED = /(?:suspended|условн|avec sursis)/iu;
const RESTRICTED = /(?:restricted freedom|restriction of liberty|ограничени\p{L}* свободы)/iu;
const MAX_GAP = 90;
// "A and B got 6 years each": «по» right before a length shares it («получили по 6 лет»).
const SHARED_BEFORE = /(?:^|\s)по\s*$/u;
// A possessive or object pronoun makes the person of the sentence before the victim («Считаем его арест …»).
const PRONOUN = /(?<![\p{L}])(?:he|she|his|her|him|он|она|его|её|ее|ему|ей|il|elle|son|sa|ses|lui)(?![\p{L}])/iu;
// «против них», "their arrest", « leur arrestation »: the people of the one list in the sentence before.
const PLURAL_PRONOUN = /(?<![\p{L}])(?:they|them|their|они|их|им|них|ним|ils|elles|eux|leurs?)(?![\p{L}])/iu;
// A demand to free someone names the person after it; a name before it is the one who demands.
const VICTIM_AFTER = /^(?:release|freeing|освобо|libér)/iu;
// Only a demand: "we call for the release of A", «требуем освобождения А»; "we welcome the release of A" tells of a
// release, not of someone held.
const DEMAND =
  /(?<![\p{L}])(?:call\p{L}*|urg\p{L}*|demand\p{L}*|seek\p{L}*|sought|press\p{L}*|ask\p{L}*|appeal\p{L}*|secure|ensure|requir\p{L}*|insist\p{L}*|for\s+the|требова\p{L}*|требу\p{L}*|призыва\p{L}*|призвал\p{L}*|добива\p{L}*|проси\p{L}*|просят|настаива\p{L}*|за|appel\p{L}*|exig\p{L}*|réclam\p{L}*|demand\p{L}*|pour)(?![\p{L}])/iu;
// "the arrest on 14 July and the transfer to detention on 17 July of the chair of …, A": a noun cue whose victim comes
// after an "of" further on, with no verb between.
const NOUN_CUE =
  /^(?:arrest|detention|pre-?trial|preventive|unlawful|арест|задержани|arrestation|détention|interpellation)/iu;
const OF_LATER = /^[^.;:!?]{0,160}?\s(?:of|de|du|des|d['’])\s[^.;:!?]*$/iu;
const VERB_BETWEEN = /(?<![\p{L}])(?:was|were|is|are|has|have|had|été|est|sont|был\p{L}*)(?![\p{L}])/iu;
// Words of freeing, acquitting and pardoning: no act of their own, but the date they carry is theirs ("released on 23 July").
const RELEASE =
  /(?<![\p{L}])(?:released|freed|acquitted|pardoned|освобожд[её]н\p{L}*|освободил\p{L}*|оправдан\p{L}*|помилова\p{L}*|libérée?s?|acquittée?s?|graciée?s?)(?![\p{L}])/giu;
// The victim named earlier in the same sentence, far from the cue, when no one else is named between.
const FAR_BEFORE = 260;
const BORN = /(?<![\p{L}])(?:born|родил\p{L}*|née?s?)(?![\p{L}])/iu;
// "the detention of A": the victim is named after the cue.
const OF_AFTER = /^\s+(?:of|de|du|des|d['’])\s/iu;
// "imprisoned since June 2019": a date right after the cue and a preposition is that act's.
const DATE_AFTER = /^\s*(?:since|from|on|in|с|со|depuis|le|en)?\s*$/iu;
// Between the names of one list: a comma, "and", «и», « et » and nothing else.
const LIST_JOIN = /^\s*(?:,|;|:)?\s*(?:(?:and|и|а также|et|as well as)\s+)?$/iu;
// "…, Ales B., the vice chair of Viasna, Valyantsin S., and …": one role phrase between two names of a list.
const LIST_JOIN_ROLE =
  /^\s*,\s*(?:and\s+)?(?:the|a|an)\s+(?:(?!was|were|is|are|who|which|has|had|when|and)[\p{L}’'-]+\s+){0,6}(?:(?!was|were|is|are|who|which|has|had|when)[\p{L}’'-]+)\s*,\s*(?:and\s+)?$/iu;
// "…, the poet Timur S., and Viasna’s lawyer Uladzimir L.": a name of a list with its role before it.
// « … : le journaliste A ; l’avocat B ; la militante C »: French lists run on semicolons, a role before each name.
const LAST_WITH_ROLE =
  /^\s*(?:[,;]\s*(?:(?:and|и|et)\s+)?|(?:and|и|et)\s+)(?:the\s+)?(?:(?!(?:was|were|is|are|who|which|has|had|when|qui|est|sont|a|ont)\s)[\p{L}’'«»"“”-]+\s+){1,6}$/iu;
const APPOSITIVE =
  /^\s*,\s*(?:(?:who|qui|котор\p{L}*)\s+)?(?:(?:was|has\s+been|had\s+been|a\s+été|avait\s+été|был\p{L}*)\s+)?$/iu;
// "Mehman H., an anti-corruption journalist and the chairman of …, was sentenced": the subject before its apposition.
const APPOSITION_THEN_VERB =
  /^\s*,[^.;:]{0,160},\s*(?:who\s+)?(?:was|were|has\s+been|had\s+been|is|are|был[аи]?|a\s+été|ont\s+été)\s+(?:\p{L}+\s+)?$/iu;
const SHARED =
  /(?<![\p{L}])(?:each|both|all|respectively|каждый|каждого|каждому|каждая|оба|обе|все|всех|chacun|chacune|tous|toutes)(?![\p{L}])/iu;

const RESPECTIVELY = /(?<![\p{L}])(?:respectively|respectivement|соответственно)(?![\p{L}])/iu;

/**
 * The months of "2, 3 and 4 years" when the length found is the last figure ("4 years") and the others stand before it
 * joined by commas and "and"; undefined when the text before is not such a list.
 */
function respectiveFigures(before: string, length: LengthMention): number[] | undefined {
  const m = /((?:[\p{L}\d.,½]+(?:\s*,\s*|\s+(?:and|et|и)\s+))+)$/iu.exec(before);
  if (!m || length.maxMonths !== undefined) return undefined;
  const words = m[1]!.split(/\s*,\s*|\s+(?:and|et|и)\s+/iu).filter(Boolean);
  const last = /^([\p{L}\d.,½]+)/u.exec(length.span.text)?.[1];
  const lastValue = last === undefined ? undefined : numberValue(last);
  // The unit of the last figure: years unless the length is in months.
  if (lastValue === undefined || lastValue === 0) return undefined;
  const unit = length.months / lastValue;
  const values = words.map((w) => numberValue(w));
  if (values.some((v) => v === undefined)) return undefined;
  return [...(values as number[]), lastValue].map((v) => Math.round(v * unit));
}

/** A sentence one of several people received: the shared length (or range), cited at the cue, the name and the length. */
function sentenceAct(
  p: PersonProposal,
  spans: Span[],
  length: LengthMention,
  sentence: string,
  places: readonly PlaceProposal[],
  sStart: number,
  sEnd: number,
  country: string | null,
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
  };
}

/** Finds acts in every sentence. `country` is where acts happen when the sentence does not say. */
export function findActs(
  text: string,
  bounds: readonly [number, number][],
  persons: readonly PersonProposal[],
  organisations: readonly OrganisationProposal[],
  dates: readonly DateMention[],
  lengths: readonly LengthMention[],
  places: readonly PlaceProposal[],
  country: string | null,
  /** People a pronoun never stands for: the letter's addressees. */
  notVictims: ReadonlySet<string> = new Set(),
): ActProposal[] {
  const mentions = persons.flatMap((p) => p.spans.map((s) => ({ p, s })));
  const out: ActProposal[] = [];
  const cues: { m: { index: number; 0: string }; kind: ActKind }[] = CUES.flatMap(([re, kind]) =>
    [...text.matchAll(re)].map((m) => ({ m, kind })),
  );
  // «Николай Сенцов — 3 года колонии-поселения», «получили по 6 лет»: a length in a sentence about prison is its own cue.
  for (const l of lengths) {
    const [a, b] = sentenceAt(bounds, l.span.start);
    if (
      !SENTENCE_CONTEXT.test(text.slice(a, b)) ||
      cues.some((c) => c.kind === 'sentence' && c.m.index >= a && c.m.index < b)
    )
      continue;
    cues.push({ m: { index: l.span.start, 0: l.span.text }, kind: 'sentence' });
  }
  const joins = (between: string) =>
    LIST_JOIN.test(between) || LIST_JOIN_ROLE.test(between) || LAST_WITH_ROLE.test(between);
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
    if (afterLength || death) cues.splice(i, 1);
  }
  /** The people named in one list with the mention ("A, B and C remain in detention"), the mention first. */
  const listOf = (v: { p: PersonProposal; s: Span }, sStart: number, sEnd: number) => {
    const inSentence = mentions
      .filter(({ s }) => s.start >= sStart && s.end <= sEnd)
      .sort((a, b) => a.s.start - b.s.start);
    const at = inSentence.findIndex((x) => x.s.start === v.s.start);
    const out = [v];
    for (let i = at - 1; i >= 0 && joins(text.slice(inSentence[i]!.s.end, inSentence[i + 1]!.s.start)); i--)
      out.push(inSentence[i]!);
    for (
      let i = at + 1;
      i < inSentence.length && joins(text.slice(inSentence[i - 1]!.s.end, inSentence[i]!.s.start));
      i++
    )
      out.push(inSentence[i]!);
    return [...new Map(out.map((x) => [x.p.ref, x])).values()];
  };
  // Every cue's passage, and the words of freeing, which keep their own date from the acts ("released on 23 July").
  const otherCues: Span[] = [
    ...cues.map((c) => spanOf(text, c.m.index, c.m.index + c.m[0].length)),
    ...[...text.matchAll(RELEASE)].map((r) => spanOf(text, r.index, r.index + r[0].length)),
  ];
  /** "On 5 May police searched the flat of Anna B. She was detained.": the one date of the sentence before, when that
   * sentence tells no act of its own and is not a birth date. */
  const dateBefore = ([a, b]: [number, number]) => {
    const there = dates.filter((d) => d.span.start >= a && d.span.end <= b);
    if (there.length !== 1 || otherCues.some((c) => c.start >= a && c.start < b)) return undefined;
    return BORN.test(text.slice(a, b)) ? undefined : there[0];
  };
  const between = (a: Span, b: Span) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);
  for (const { m, kind: baseKind } of cues) {
    {
      const cue = spanOf(text, m.index, m.index + m[0].length);
      const [sStart, sEnd] = sentenceAt(bounds, cue.start);
      const sentence = text.slice(sStart, sEnd);
      const inside = <T extends { span: Span }>(xs: readonly T[]) =>
        xs.filter((x) => x.span.start >= sStart && x.span.end <= sEnd);
      let kind = baseKind;
      let length: LengthMention | undefined;
      if (kind === 'sentence') {
        if (!SENTENCE_CONTEXT.test(sentence)) continue;
        length = inside(lengths).filter((l) => l.span.start > cue.start)[0] ?? inside(lengths)[0];
      }
      if (kind === 'extradition_request' && DECISION.test(sentence)) kind = 'extradition_decision';
      const gap = (s: Span) => (s.end <= cue.start ? cue.start - s.end : s.start - cue.end);
      const near = mentions
        .filter(({ s }) => s.start >= sStart && s.end <= sEnd && gap(s) <= MAX_GAP)
        .sort((a, b) => gap(a.s) - gap(b.s));
      // A sentence belongs to the person named before its length ("… and Y to seven years"); otherwise the nearest.
      const afterOnly = VICTIM_AFTER.test(m[0]);
      if (afterOnly && !DEMAND.test(text.slice(Math.max(sStart, cue.start - 60), cue.start))) continue;
      const ofAfter =
        afterOnly || OF_AFTER.test(text.slice(cue.end, cue.end + 5))
          ? near.filter(({ s }) => s.start >= cue.end)[0]
          : undefined;
      let victim = afterOnly
        ? ofAfter
        : (ofAfter ??
          (length
            ? (near.filter(({ s }) => s.end <= length!.span.start).sort((a, b) => b.s.start - a.s.start)[0] ?? near[0])
            : near[0]));
      // The sentence the victim is named in, when it is the one before (a pronoun stands for them here).
      let victimBounds: [number, number] = [sStart, sEnd];
      if (!victim && !afterOnly) {
        const subject = mentions.filter(({ s }) => s.start >= sStart && s.end <= cue.start).at(-1);
        if (subject && APPOSITION_THEN_VERB.test(text.slice(subject.s.end, cue.start))) victim = subject;
      }
      if (!victim && NOUN_CUE.test(m[0])) {
        const next = mentions
          .filter(({ s }) => s.start >= cue.end && s.end <= sEnd)
          .sort((a, b) => a.s.start - b.s.start)[0];
        const upTo = next ? text.slice(cue.end, next.s.start) : '';
        if (next && OF_LATER.test(upTo) && !VERB_BETWEEN.test(upTo)) victim = next;
      }
      const prev = bounds.findIndex(([a]) => a === sStart) - 1;
      const prevMentions =
        prev >= 0
          ? mentions
              .filter(({ p, s }) => s.start >= bounds[prev]![0] && s.end <= bounds[prev]![1] && !notVictims.has(p.ref))
              .sort((a, b) => a.s.start - b.s.start)
          : [];
      // «его арест, содержание под стражей, предъявление обвинений»: one pronoun before a list of acts.
      const around = text.slice(Math.max(sStart, cue.start - 60), Math.min(sEnd, cue.end + 40));
      if (!victim && !afterOnly && PRONOUN.test(around)) {
        // «Журналист Игорь В. … Считаем его арест …»: the one person named in the sentence before.
        if (prevMentions.length > 0 && new Set(prevMentions.map((x) => x.p.ref)).size === 1) {
          victim = prevMentions.at(-1);
          victimBounds = bounds[prev]!;
        }
      }
      if (!victim && !afterOnly && PLURAL_PRONOUN.test(around) && prevMentions.length > 0) {
        // «… Болата А. и Жанболата М. … делу, сфабрикованному против них»: the one list of the sentence before.
        const last = prevMentions.at(-1)!;
        const refs = new Set(prevMentions.map((x) => x.p.ref));
        if (refs.size >= 2 && listOf(last, ...bounds[prev]!).length === refs.size) {
          victim = last;
          victimBounds = bounds[prev]!;
        }
      }
      if (!victim && !afterOnly) {
        // "Aslanov, chief editor of two sites, has been imprisoned since 2019 on charges of treason": the one person
        // named earlier in the sentence, however long the clause between.
        const before = mentions.filter(
          ({ s }) => s.start >= sStart && s.end <= cue.start && cue.start - s.end <= FAR_BEFORE,
        );
        if (before.length > 0 && new Set(before.map((x) => x.p.ref)).size === 1) victim = before.at(-1);
      }
      // "A and B were sentenced to 2 and 4 years respectively": the figures go to the names in their order.
      if (kind === 'sentence' && length && RESPECTIVELY.test(sentence)) {
        const figures = respectiveFigures(
          text.slice(Math.max(sStart, length.span.start - 40), length.span.start),
          length,
        );
        const named = [
          ...new Map(
            mentions.filter(({ s }) => s.start >= sStart && s.end <= cue.start).map((x) => [x.p.ref, x] as const),
          ).values(),
        ];
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
              ),
            );
          continue;
        }
      }
      // "A was sentenced to 5 years and B to 7 years": each length goes to the person named just before it.
      const lengthsAfter = kind === 'sentence' ? inside(lengths).filter((l) => l.span.start > cue.start) : [];
      if (lengthsAfter.length > 1) {
        for (const [i, l] of lengthsAfter.entries()) {
          const from = i === 0 ? sStart : lengthsAfter[i - 1]!.span.end;
          const who = mentions.filter(({ s }) => s.start >= from && s.end <= l.span.start).at(-1);
          if (
            who &&
            !out.some((o) => o.kind === 'sentence' && o.personRef === who.p.ref && o.lengthSpan?.start === l.span.start)
          ) {
            out.push(sentenceAct(who.p, [cue, who.s, l.span], l, sentence, places, sStart, sEnd, country));
          }
        }
        continue;
      }
      // "A, B and C were each sentenced to 3 to 6 years": every person named before the length shares it.
      const sharedBefore =
        length !== undefined &&
        SHARED_BEFORE.test(text.slice(Math.max(sStart, length.span.start - 4), length.span.start));
      if (kind === 'sentence' && length && (length.maxMonths !== undefined || SHARED.test(sentence) || sharedBefore)) {
        const named = mentions.filter(({ s }) => s.start >= sStart && s.end <= length!.span.start);
        const people = [...new Map(named.map((x) => [x.p.ref, x])).values()];
        if (people.length > 1) {
          for (const who of people) {
            if (
              out.some(
                (o) => o.kind === 'sentence' && o.personRef === who.p.ref && o.lengthSpan?.start === length!.span.start,
              )
            )
              continue;
            out.push(sentenceAct(who.p, [cue, who.s, length.span], length, sentence, places, sStart, sEnd, country));
          }
          continue;
        }
      }
      let victimText: string | null = null;
      if (!victim) {
        if (kind !== 'designation_extremist' && kind !== 'sentence') continue;
        const org = organisations
          .flatMap((o) => o.spans)
          .filter((s) => s.start >= sStart && s.end <= sEnd && gap(s) <= MAX_GAP)[0];
        victimText = org?.text ?? subjectBefore(text.slice(sStart, cue.start));
        if (!victimText) continue;
      }
      // A date belongs to the act whose cue is nearest to it ("arrested in January 2012 and sentenced to …").
      // A cue after the date counts a little farther, so a tie goes to the act the date follows.
      const cost = (d: DateMention, c: Span) => between(d.span, c) + (c.start >= d.span.end ? 0.5 : 0);
      // "arrested Rauf M. in April 2014 and charged him …": the victim's name may stand between the cue and its date.
      const follows = (d: DateMention, c: Span) => {
        if (d.span.start < c.end) return false;
        let gapText = text.slice(c.end, d.span.start);
        for (const { s } of mentions)
          if (s.start >= c.end && s.end <= d.span.start) gapText = gapText.replace(s.text, ' ');
        return gapText.length <= 12 && DATE_AFTER.test(gapText);
      };
      const claimed = (d: DateMention) => otherCues.some((c) => c.start !== cue.start && follows(d, c));
      const date =
        inside(dates).find((d) => follows(d, cue)) ??
        inside(dates)
          .filter((d) => !claimed(d))
          .find((d) =>
            otherCues.every(
              (c) => c.start < sStart || c.start >= sEnd || c.start === cue.start || cost(d, cue) < cost(d, c),
            ),
          ) ??
        (victimBounds[0] !== sStart ? dateBefore(victimBounds) : undefined);
      const place = places.find(
        (p) => p.kind === 'country' && p.spans.some((s) => s.start >= sStart && s.end <= sEnd && p.country),
      );
      const spans = [
        cue,
        ...(victim ? [victim.s] : []),
        ...(length ? [length.span] : []),
        ...(date ? [date.span] : []),
      ].sort((a, b) => a.start - b.start);
      const sentenceKind: (typeof SENTENCE_KINDS)[number] | null =
        kind !== 'sentence'
          ? null
          : SUSPENDED.test(sentence)
            ? 'suspended'
            : RESTRICTED.test(sentence)
              ? 'restricted_freedom'
              : 'prison';
      const act: ActProposal = {
        ref: '',
        person: victim?.p.name ?? null,
        personRef: victim?.p.ref ?? null,
        victimText,
        kind,
        date: date?.start ?? null,
        sentenceMonths: length?.months ?? null,
        sentenceMonthsMax: length?.maxMonths ?? null,
        sentenceKind,
        lengthSpan: length?.span ?? null,
        country: place?.country ?? country,
        spans,
      };
      // One act per victim, kind and sentence: "torture … tortured" in one sentence is one act.
      const seen = (a: ActProposal) =>
        out.some(
          (o) =>
            o.kind === a.kind &&
            o.personRef === a.personRef &&
            o.victimText === a.victimText &&
            o.spans.some((s) => s.start >= sStart && s.end <= sEnd),
        );
      if (!seen(act)) out.push(act);
      // "A, B and C remain in pretrial detention": every name of the list suffers the act (one length stays shared).
      // « … ; la militante C, arrêtée en 2014 »: in a list run on semicolons, a participle after one name's comma tells of
      // that name only ("A, B and C, arrested in 2014," is told of all three).
      const appositive =
        victim !== undefined &&
        victim.s.end <= cue.start &&
        APPOSITIVE.test(text.slice(victim.s.end, cue.start)) &&
        /;[^;]*$/u.test(text.slice(Math.max(victimBounds[0], victim.s.start - 60), victim.s.start));
      if (victim && !appositive) {
        for (const other of listOf(victim, ...victimBounds).slice(1)) {
          const more: ActProposal = {
            ...act,
            person: other.p.name,
            personRef: other.p.ref,
            spans: [...act.spans.filter((sp) => sp !== victim!.s), other.s].sort((a, b) => a.start - b.start),
          };
          if (!seen(more)) out.push(more);
        }
      }
    }
  }
  return mergeRepeated(out)
    .sort((a, b) => a.spans[0]!.start - b.spans[0]!.start)
    .map((a, i) => ({ ...a, ref: `act-${i + 1}` }));
}

/**
 * One act told twice ("remain in pretrial detention" … "transfer to pretrial detention on July 17") is one proposal:
 * same victim and kind, and the dates and lengths do not disagree. The dated telling is kept, with both passages.
 */
function mergeRepeated(acts: ActProposal[]): ActProposal[] {
  const out: ActProposal[] = [];
  for (const a of [...acts].sort((x, y) => Number(y.date !== null) - Number(x.date !== null))) {
    const same =
      a.personRef === null
        ? undefined
        : out.find(
            (o) =>
              o.personRef === a.personRef &&
              o.kind === a.kind &&
              (o.date === null || a.date === null || o.date === a.date) &&
              (o.sentenceMonths === null || a.sentenceMonths === null || o.sentenceMonths === a.sentenceMonths),
          );
    if (!same) {
      out.push(a);
      continue;
    }
    same.date ??= a.date;
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

/** The last few words of the clause before a cue, for a victim that is not a named person ("Kazakh media outlets …"). */
function subjectBefore(before: string): string | null {
  const noVerb = before.replace(
    /[,\s]*(?:were|was|have been|has been|had been|are|is|были|был|была|признан\p{L}*|ont été|a été|sont)(?![\p{L}])[^,;]*$/iu,
    '',
  );
  const clause = noVerb.split(/[,;:—–]/u).pop() ?? '';
  const words = clause
    .trim()
    .replace(/^(?:and|и|et)\s+/iu, '')
    .split(/\s+/)
    .filter(Boolean);
  return words.length > 0 ? words.slice(-12).join(' ') : null;
}
