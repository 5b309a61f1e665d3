// What was done to whom: a cue word for each kind of act ("tortur…", "приговор…", "extradé"), its victim (the person
// named nearest to it in the same sentence), the date written in that sentence and, for a sentence, its length.
import { APPEALING, SIGNING } from './signer-structure.ts';
import type { SENTENCE_KINDS } from '../domain/vocabulary.ts';
import {
  ATTEMPT_BEFORE,
  BORN,
  CUSTODY_TERM,
  DECISION,
  DEMAND,
  DEMAND_FORM,
  GIVEN_BEFORE,
  RELEASE,
  RESTRICTED,
  SENTENCE_CONTEXT,
  SUSPENDED,
} from './act-cues.ts';
import { APPOSITION_THEN_VERB, APPOSITIVE } from './act-lists.ts';
import {
  AMONG_THEM,
  DEFENDANTS,
  namesBelow,
  THE_COUNT,
  POINTS_BELOW,
  countOf,
  CRIME_OF,
  GROUP_ALL,
  GROUP_NOUN,
  PRONOUN_AND,
  ROLE_DEFINITE,
  ROLE_WITH_ARTICLE,
} from './act-references.ts';
import { datedByGroup, type GroupTelling } from './act-dates.ts';
import {
  fineInSentence,
  HOW,
  LIST_HIGH,
  LIST_SURE,
  mergeRepeated,
  oneExtradition,
  rated,
  sentenceAct,
  ratedByDetail,
  type How,
} from './act-rating.ts';
import { findCues } from './act-cue-spans.ts';
import { freedPeople, isLeaderPerson, namedPeople } from './act-mentions.ts';
import { shareLengths } from './act-sentences.ts';
import { clauseOf, GROUP_SUBJECT, isSittingLeader, LEADER_BEFORE, subjectBefore } from './act-victim-rules.ts';
import type { DateMention } from './dates.ts';
import type { LengthMention } from './sentence-length.ts';
import { sentenceAt } from './tokens.ts';
import {
  spanOf,
  type ActProposal,
  type OrganisationProposal,
  type PersonProposal,
  type PlaceProposal,
  type Span,
} from './types.ts';

const MAX_GAP = 90;
const OBJECT_GROUP = new RegExp(String.raw`^\s+` + GROUP_NOUN.source, 'iu');
// ", who intended to represent his colleague, ", « , qui … », «, который …»: a relative clause opened after a name.
const RELATIVE_OPEN = /^\s*,\s*(?:who|whom|whose|qui|dont|котор\p{L}*)(?![\p{L}])[^.;!?]*$/iu;
// A possessive or object pronoun makes the person of the sentence before the victim («Считаем его арест …»).
const PRONOUN =
  /(?<![\p{L}])(?:he|she|his|her|him|он|она|его|её|ее|ему|ей|il|elle|son|sa|ses|lui|celle-ci|celui-ci|ce\s+dernier|cette\s+dernière)(?![\p{L}])/iu;
// « de le placer en détention », « l’a arrêté »: the French object pronoun before a verb stands for a person too.
const OBJECT_PRONOUN_FR =
  /(?<![\p{L}])(?:(?:de|d['’]|à|pour)\s+(?:le|la|l['’])\s*\p{L}+er|l['’](?:a|ont|avait|avaient))(?![\p{L}])/iu;
// «против них», "their arrest", « leur arrestation »: the people of the one list in the sentence before.
const PLURAL_PRONOUN =
  /(?<![\p{L}])(?:they|them|their|они|их|им|них|ним|ils|elles|eux|leurs?|(?:de|à|pour)\s+les\s+\p{L}+er)(?![\p{L}])/iu;
// "He was charged …", « Il est accusé de … », «Она задержана …»: a clause whose subject is a pronoun tells of the person
// the pronoun stands for, not of a name written after the verb ("… of insulting President X").
const SUBJECT_PRONOUN =
  /^\s*(?:(?:but|and|then|later|mais|et|puis|ensuite|но|и|а|затем|позже)[,\s]+)?(?:he|she|they|il|elle|ils|elles|он|она|они|celle-ci|celui-ci|ce\s+dernier|cette\s+dernière)(?![\p{L}])/iu;
// "His arrest", « Son arrestation », «Его арест»: a sentence opening on a possessive right before the cue.
const POSSESSIVE_OPENING =
  /^\s*(?:(?:but|and|then|later|mais|et|puis|ensuite|но|и|а|затем|позже)[,\s]+)?(?:his|her|son|sa|его|её|ее)\s+$/iu;
// "They all had been held", « Depuis trois mois, ils se trouvent », «Их обвинили», «Всех их доставили»: a clause opening
// on a plural pronoun, after a conjunction or a time phrase perhaps.
const PLURAL_OPENING =
  /^\s*(?:(?:but|and|then|later|mais|et|puis|ensuite|но|и|а|затем|позже)[,\s]+)?(?:(?:since|for|depuis|pendant|с|уже)\s[^,.;]{1,30},\s*)?(?:they|ils|elles|они|их|всех\s+их|им)(?![\p{L}])/iu;
// What makes the subject of a clause the one acted upon: "had been", "are", « se trouvent », «были», «остаются».
const PASSIVE_BETWEEN =
  /(?<![\p{L}])(?:been|were|are|was|is|remain\p{L}*|face[sd]?|été|sont|étaient|restent|demeurent|se\s+trouvent|font\s+l['’]objet|был\p{L}*|будут|остаются|оставались|наход\p{L}*)(?![\p{L}])/iu;
// "After the release of A, 7 political prisoners remain in prison": the one named as freed is not the one held.
const FREED_BEFORE =
  /(?<![\p{L}])(?:(?:after|following|since|upon)\s+(?:the\s+|his\s+|her\s+)?release\s+of|(?:après|depuis)\s+la\s+libération\s+(?:de|du|d['’])|после\s+освобождения)\s*$/iu;
// "urges Alexander L. to release all political prisoners": the one asked to free others is not held.
const ASKED_BEFORE =
  /(?<![\p{L}])(?:urge[sd]?|call(?:s|ed)?\s+(?:on|upon)|ask(?:s|ed)?|request(?:s|ed)?|appeal(?:s|ed)?\s+to|exhort\p{L}*|appel\p{L}*|призыва\p{L}*|призвал\p{L}*|просим|просят)\s+(?:[\p{L}.-]+\s+){0,3}$/iu;
const ASKED_TO_FREE =
  /^(?:\s*,[^,.;]{0,80},)?\s+(?:to\s+(?:\p{L}+ly\s+)?(?:release|free|end|stop|drop|pardon)|à\s+libérer|освободить)(?![\p{L}])/iu;
// A demand to free someone names the person after it; a name before it is the one who demands.
const VICTIM_AFTER = /^(?:release|free|освобо|libér)/iu;
const PRISONERS_NAMED_AFTER = /^prisonniers?\s+politiques?/iu;
// "the murder of A": the one killed is named after the words; "complicity in the murder of a police officer" names no
// one, and the person named before is not the one killed.
const NOUN_OF = /^(?:murders?|killing|assassination)\s+of$/iu;
// "of editor A", "of the journalist A": words of what the person does, no more, between "of" and the name.
const DESCRIBED_ONLY = /^\s*(?:[\p{Ll}-]+\s+){0,3}$/u;
// "the arrest on 14 July and the transfer to detention on 17 July of the chair of …, A": a noun cue whose victim comes
// after an "of" further on, with no verb between.
const NOUN_CUE =
  /^(?:arrest|detention|pre-?trial|preventive|unlawful|conviction|арест|задержани|arrestation|détention|interpellation)/iu;
const OF_LATER = /^[^.;:!?]{0,160}?\s(?:of|de|du|des|d['’])\s[^.;:!?]*$/iu;
const VERB_BETWEEN = /(?<![\p{L}])(?:was|were|is|are|has|have|had|été|est|sont|был\p{L}*)(?![\p{L}])/iu;
// The victim named earlier in the same sentence, far from the cue, when no one else is named between.
const FAR_BEFORE = 260;
// "the detention of A": the victim is named after the cue.
// The verbs of appealing the signer reader knows ("urged", « appellent », «призвали»), without its global flag.
// A signer who "wrote to" the authorities (« ont écrit aux autorités », «написали письмо») is the one appealing too:
// the signer reader's own verbs of signing and writing.
const APPEAL_VERB = new RegExp(`${APPEALING.source}|${SIGNING.source}`, 'iu');
const THESE_BEFORE = /(?<![\p{L}])(?:этих|этого|этой|этим|эти|these|ces)\s+$/iu;
// « le meurtre en 2005 du journaliste A »: a year may stand between.
const OF_AFTER = /^\s+(?:(?:in|en)\s+\d{4}\s+)?(?:of|de|du|des|d['’])\s/iu;
// « une amende de 20 salaires », "a fine of 500 euros": "of" before an amount, not a person.
const AMOUNT_AFTER = /^\s+(?:of|de|d['’])\s*\d/iu;
// ", as were", ", de même que les journalistes", «, как и»: the names after these words share the act told before them
// ("along with his partner, A": a noun set off by a comma before the name).
const AS_WELL_AS =
  /^[^.;!?]{0,30}?,?\s*(?:de\s+même\s+que|ainsi\s+que|as\s+(?:were|was|did)|as\s+well\s+as|along\s+with|together\s+with|так\s+же\s+как\s+и?|как\s+и)\s+(?:(?:les?|la|l['’]|the|his|her|their|ses|son|sa)\s*)?(?:[\p{Ll}-]+\s+){0,4}(?:[\p{Ll}-]+,\s+)?$/iu;
// « et celle du militant », « ainsi que celle de »: the noun of the act said again for the name after it.
const THAT_OF =
  /^[^.;!?]{0,80}?\s(?:et\s+|ainsi\s+que\s+)?celles?\s+(?:de\s+la|de|du|des|d['’])\s*(?:[\p{Ll}-]+\s+){0,3}$/iu;
// A cue in the form of a participle: "Arrested", « Condamnée », «Задержанный».
const PARTICIPLE = /(?:ed|ée?s?|н(?:ый|ая|ые|ного|ной|ных)?)$/iu;
// The participle's clause up to the comma (or the semicolon) that closes it, then the subject, with an honorific perhaps.
const AFTER_CLAUSE = /^[^.;!?]*[,;]\s*(?:(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|г-н|г-жа)\.?\s+)?$/u;
const DENOUNCING_BEFORE =
  /(?<![\p{L}])(?:dénonçant|denouncing|condemning|critici[sz]ing|exposing|documenting|alleging|reporting\s+on|осуждая|критикуя|разоблачая)\s+(?:[\p{L}'’]+\s+){0,3}$/iu;
const GROUP_BEFORE_PARTICIPLE =
  /(?<![\p{L}])(?:individuals|people|persons|protesters|demonstrators|personnes|manifestants|людей|лиц|демонстрантов)\s+$/iu;
const CLAUSE_JOIN = /[;]|,?\s(?:and|et|и|а\s+затем|then|puis)\s/u;
// "imprisoned since June 2019": a date right after the cue and a preposition is that act's.
// "imprisoned in Russia since 2014", « emprisonné en Russie depuis 2014 »: a place may stand between.
const DATE_AFTER = /^\s*(?:(?:in|en|au|à|в)\s+\p{Lu}[\p{L}-]+\s+)?(?:since|from|on|in|с|со|depuis|le|en)?\s*$/iu;
// "On the afternoon of January 15, 2014, police raided …; and arrested A": a date opening its sentence frames every act
// told in it, unless a word says an act came later.
// "X understands that on the afternoon of …": a clause of saying may come before it.
const OPENING_DATE =
  /^\s*(?:[^,;.!?]{0,60}?\s(?:that|que|qu['’]|что)\s+)?(?:(?:on|in|le|en|в|на)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?)?$/iu;
const LATER =
  /(?<![\p{L}])(?:later|then|subsequently|afterwards|after|eventually|plus\s+tard|ensuite|puis|après|затем|позже|потом|после)(?![\p{L}])/iu;

// A person described by a word of what they do, with an article: "The 68-year-old poet, who …", « le journaliste ».
const DESCRIBED_WORDS = String.raw`(poet|writer|journalist|editor|blogger|activist|lawyer|dissident|politician|businessman|businesswoman|reporter|artist|musician|scholar|academic|historian|economist|photographer|pastor|imam|student|poète|écrivaine?|journaliste|blogueu(?:r|se)|militante?|avocate?|opposante?|dissidente?|historienne?|rédact(?:eur|rice)|photographe|étudiante?)`;
// The words between the article and the noun: "the 68-year-old poet", "The Saudi student" (a nationality in capitals).
const DESCRIBED_MODIFIERS = String.raw`(?:[\p{Ll}\d][\p{L}\d-]*\s+|\p{Lu}\p{Ll}+(?:i|an|ian|ese|ish|ais|aise|ien|ienne)\s+){0,3}?`;
const DESCRIBED_BEFORE = new RegExp(
  String.raw`^\s*(?:[\p{L}\d\s,’'-]{0,40}?\s)?(?:the|this|our|le|la|l['’]|ce|cette|notre)\s*${DESCRIBED_MODIFIERS}${DESCRIBED_WORDS}(?![\p{L}])[^.;!?]{0,120}$`,
  'iu',
);
const DESCRIBED_AFTER = new RegExp(
  String.raw`^\s+(?:the|this|our|le|la|l['’]|ce|cette|notre)\s*${DESCRIBED_MODIFIERS}${DESCRIBED_WORDS}(?![\p{L}])`,
  'iu',
);

// "arrested a young journalist", « a arrêté un militant »: the object of the verb, someone described, not named.
const INDEFINITE_OBJECT = new RegExp(
  String.raw`^\s+(?:a|an|un|une)\s+${DESCRIBED_MODIFIERS}${DESCRIBED_WORDS}(?![\p{L}])`,
  'iu',
);

// ", victimes de", ", victims of": an apposition after a list, telling the act of the names before it.
const VICTIMS_OF = /,\s*(?:victims?|victimes?|жертв\p{L}*)\s+(?:of\s+|de\s+|d['’]\s*)?(?:the\s+|la\s+|les\s+)?$/iu;
/** The one date written in a sentence, if it has exactly one. */
function onlyDate(dates: readonly DateMention[], [from, to]: readonly [number, number]): DateMention | undefined {
  const inside = dates.filter((d) => d.span.start >= from && d.span.end <= to);
  return inside.length === 1 ? inside[0] : undefined;
}
// "Among those arrested are:", « Parmi les personnes arrêtées », «Среди задержанных»: the cue right after these words.
const AMONG_THOSE =
  /^\s*(?:among\s+(?:those|the\s+(?:people|persons|defenders|activists|journalists))|parmi\s+(?:les|ceux)(?:\s+(?:personnes|défenseurs|militants|journalistes))?|среди)\s*$/iu;
// "after", « avant », «до»: a date after these words bounds an act; it is not the act's date.
// «не дать повториться событиям 1937 года», "the anniversary of 23 January": a date of history
// recalled, not of the act.
const BOUND_BEFORE =
  /(?<![\p{L}])(?:after|before|following|until|prior\s+to|après|avant|jusqu['’]au|после|до|событи\p{L}*|годовщин\p{L}*|anniversary\s+of|anniversaire\s+d[eu])\s+(?:the\s+|le\s+)?$/iu;
// "before his release on February 16, 2018", « libéré le 3 mai », «освобождён 3 мая»: the date of a release, which is no
// act of the register, not of the arrest told beside it.
const RELEASE_BEFORE =
  /(?<![\p{L}])(?:release[ds]?|freed|libérée?s?|libération|освобо(?:жд|ж)\p{L}*)\s+(?:on\s+|le\s+|в\s+)?$/iu;
const LAW_BEFORE =
  /(?<![\p{L}])(?:loi|law|act|code|decree|décret|ordonnance|закон\p{L}*|указ\p{L}*|постановлени\p{L}*)(?![\p{L}])[^.;,]{0,60}$/iu;
const AT_LARGE_AFTER =
  /^\s+(?:(?:the|all|other|more|des|les|tous\s+les)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:bloggers|activists|journalists|people|critics|dissidents|opponents|citizens|protesters|blogueurs|militants|journalistes|opposants|citoyens|manifestants)(?![\p{L}])/iu;
// A verb of saying between a name and the act: the name speaks of the act.
const SAYS_THAT =
  /^[^.!?]{0,120}?(?<![\p{L}])(?:estime|estiment|déclare|déclarent|affirme|affirment|juge|jugent|rappelle|souligne|says?|said|stated?|notes?|believes?|argues?|считает|считают|заявил\p{L}*|отмечает|подчеркнул\p{L}*)(?:\s+que|\s+that|,?\s+что)?(?![\p{L}])[^.!?]*$/iu;
// A verb of condemning between a name and the act: the name condemns the act.
const CONDEMNS =
  /^\s*(?:[^.!?]{0,40}\s)?(?:осудил\p{L}*|осуждает|раскритиковал\p{L}*|condemn(?:ed|s)|critici[sz](?:ed|es)|a\s+condamné\s+(?:l[ae']|les|cette|ces))(?![\p{L}])[^.!?]*$/iu;

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
  /** Those who sign: never the victim of an act told in another sentence than the one naming them. */
  signers: ReadonlySet<string> = new Set(),
): ActProposal[] {
  const { mentions, listOf, listsIn, countedList, prevSingle } = namedPeople(text, bounds, persons, notVictims);
  // Bodies named over several words, in title case: the act words written with a capital inside their names.
  const orgSpans = organisations.flatMap((o) => o.spans).filter((sp) => /^\p{Lu}\S*\s+\S/u.test(sp.text));
  const out: ActProposal[] = [];
  const cues = findCues(text, bounds, lengths);
  // Every cue's passage, and the words of freeing, which keep their own date from the acts ("released on 23 July").
  const otherCues: Span[] = [
    ...cues.map((c) => spanOf(text, c.m.index, c.m.index + c.m[0].length)),
    ...[...text.matchAll(RELEASE)].map((r) => spanOf(text, r.index, r.index + r[0].length)),
  ];
  const freed = freedPeople(text, bounds, mentions);
  /** "On 5 May police searched the flat of Anna B. She was detained.": the one date of the sentence before, when that
   * sentence tells no act of its own and is not a birth date. */
  const dateBefore = ([a, b]: [number, number]) => {
    const there = dates.filter((d) => d.span.start >= a && d.span.end <= b);
    if (there.length !== 1 || otherCues.some((c) => c.start >= a && c.start < b)) return undefined;
    return BORN.test(text.slice(a, b)) ? undefined : there[0];
  };
  const groupTold: GroupTelling[] = [];
  // Lists set out under a sentence that points to them («в СИЗО будут находиться:» over a name a line): a group told
  // of right after such a list («Все арестованные …») stands for its names.
  const setOut: { members: { p: PersonProposal; s: Span }[]; end: number }[] = [];
  // The group each sentence told of without naming it («Всех пятерых также судят …»), by sentence: a group told of
  // later («в домах обвиняемых») may reach back through it.
  const groupAt = new Map<number, { members: { p: PersonProposal; s: Span }[]; at: number }>();
  const between = (a: Span, b: Span) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);
  for (const { m, kind: baseKind } of cues) {
    {
      const cue = spanOf(text, m.index, m.index + m[0].length);
      // "the National Committee for Martyrs and Victims of Torture": a word inside a body's name tells no act.
      if (/^\p{Lu}/u.test(m[0]) && orgSpans.some((o) => cue.start > o.start && cue.end <= o.end)) continue;
      const [sStart, sEnd] = sentenceAt(bounds, cue.start);
      const sentence = text.slice(sStart, sEnd);
      const inside = <T extends { span: Span }>(xs: readonly T[]) =>
        xs.filter((x) => x.span.start >= sStart && x.span.end <= sEnd);
      // « en vertu de la loi … de décembre 2020 », "under the 2009 law": a law's date is not the act's.
      // "arrested in the weeks after November 2", « avant le 5 mai »: a date that bounds the act is not its date.
      const insideDates = (ds: readonly DateMention[]) =>
        inside(ds).filter(
          (d) =>
            !LAW_BEFORE.test(text.slice(Math.max(sStart, d.span.start - 70), d.span.start)) &&
            !BOUND_BEFORE.test(text.slice(Math.max(sStart, d.span.start - 16), d.span.start)) &&
            !RELEASE_BEFORE.test(text.slice(Math.max(sStart, d.span.start - 24), d.span.start)),
        );
      if (ATTEMPT_BEFORE.test(text.slice(Math.max(sStart, cue.start - 40), cue.start))) continue;
      // «По итогам этих обысков были задержаны A, B», "after these arrests": the act told before, not one of the names
      // of this sentence.
      if (THESE_BEFORE.test(text.slice(Math.max(sStart, cue.start - 12), cue.start))) continue;
      // « la mère du condamné », "the convicted": the noun for one already sentenced tells no act of its own.
      if (
        /^(?:condamnée?s?|convicted|осужденн?\p{L}*|осуждённ\p{L}*)$/iu.test(m[0]) &&
        /(?<![\p{L}])(?:le|du|au|les|des|aux|the)\s+$/iu.test(text.slice(Math.max(sStart, cue.start - 5), cue.start))
      )
        continue;
      // "measures like Article 258 to arrest bloggers and other activists": an act told of people at large, in the
      // infinitive, is no one's act.
      if (
        /(?<![\p{L}])(?:to|pour|чтобы)\s+$/iu.test(text.slice(Math.max(sStart, cue.start - 8), cue.start)) &&
        AT_LARGE_AFTER.test(text.slice(cue.end, Math.min(sEnd, cue.end + 60)))
      )
        continue;
      let kind = baseKind;
      let length: LengthMention | undefined;
      if (kind === 'sentence') {
        if (
          !SENTENCE_CONTEXT.test(sentence) &&
          !GIVEN_BEFORE.test(text.slice(Math.max(sStart, cue.start - 24), cue.start))
        )
          continue;
        length = inside(lengths).filter((l) => l.span.start > cue.start)[0] ?? inside(lengths)[0];
      }
      // "had been extradited from the UAE", « a été extradé », «был экстрадирован»: an extradition carried out was decided;
      // so was one told as what will be done ("will be extradited", « sera extradé », «будет экстрадирован»).
      const carriedOut =
        /(?<![\p{L}])(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|a\s+été|ont\s+été|sera|seront|был\p{L}*|будет|будут)\s+$/iu.test(
          text.slice(Math.max(sStart, cue.start - 12), cue.start),
        ) && /^(?:extradited|extradée?s?|экстрадирован\p{L}*)$/iu.test(m[0]);
      if (kind === 'extradition_request' && (DECISION.test(sentence) || carriedOut)) kind = 'extradition_decision';
      // «Пятерых арестовали на два месяца», "arrested for two months": custody for a term of months is a detention.
      if (kind === 'arrest' && CUSTODY_TERM.test(text.slice(cue.end, cue.end + 40)) && !SENTENCE_CONTEXT.test(sentence))
        kind = 'detention';
      // "sentenced to two years in prison on charges of defamation": the charges are what the sentence was for, told
      // with it, not an act of their own.
      if (
        kind === 'charge' &&
        /(?<![\p{L}])on\s+(?:[\p{L}-]+\s+){0,5}$/iu.test(text.slice(Math.max(sStart, cue.start - 50), cue.start)) &&
        cues.some((c) => c.kind === 'sentence' && c.m.index >= sStart && c.m.index < cue.start)
      )
        continue;
      const gap = (s: Span) => (s.end <= cue.start ? cue.start - s.end : s.start - cue.end);
      // « condamnés pour les meurtres du général A et de B », "convicted of the murder of B": the one killed is not the
      // one sentenced or charged.
      const crimeObject = (s: Span) =>
        baseKind !== 'killing' && CRIME_OF.test(text.slice(Math.max(sStart, s.start - 60), s.start));
      // "They call for the release of A", "She condemned the ban on the departure of A": a noun cue names its victim
      // after it whoever the subject is.
      // "His arrest was followed by a meeting of the deputy minister, B, …", «Его арест …»: a sentence opening on a
      // possessive and the cue tells of the one the possessive stands for, not of a name after it.
      const possessiveOpening = POSSESSIVE_OPENING.test(text.slice(sStart, cue.start));
      const pronounSubject =
        (SUBJECT_PRONOUN.test(text.slice(sStart, cue.start)) || possessiveOpening) &&
        !mentions.some(({ s }) => s.start >= sStart && s.end <= cue.start) &&
        !VICTIM_AFTER.test(m[0]) &&
        !OF_AFTER.test(text.slice(cue.end, cue.end + 14));
      // A name the cue reaches past a comma counts a little farther than one in its own clause («Leyla a subi des
      // tortures, quant à Arif …»).
      const reach = (s: Span) =>
        gap(s) +
        (/[,;:]/u.test(s.end <= cue.start ? text.slice(s.end, cue.start) : text.slice(cue.end, s.start)) ? 15 : 0);
      // "A, who intended to represent his colleague, B, after his arrest, was given 21 years": a name inside a relative
      // clause that closed before the verb ("was", « a été » past the last comma) is not its subject; the name the
      // clause hangs on is. The clause's own acts ("after his arrest") stay B's.
      const inRelative = (x: Span) =>
        x.end <= cue.start &&
        /,/u.test(text.slice(x.end, cue.start)) &&
        VERB_BETWEEN.test(text.slice(x.end, cue.start).split(',').at(-1)!) &&
        mentions.some(
          ({ s }) => s.start >= sStart && s.end <= x.start && RELATIVE_OPEN.test(text.slice(s.end, x.start)),
        );
      // "his agency had already arrested a young journalist": a verb whose object is someone described, not named; a
      // name before the verb is not its victim.
      const objectDescribed = INDEFINITE_OBJECT.test(text.slice(cue.end, Math.min(sEnd, cue.end + 60)));
      const near = mentions
        .filter(({ s }) => s.start >= sStart && s.end <= sEnd && gap(s) <= MAX_GAP)
        .filter(({ s }) => (!pronounSubject || s.end <= cue.start) && !crimeObject(s) && !inRelative(s))
        .filter(({ s }) => !objectDescribed || s.start >= cue.end)
        // « A, B et C, victimes de tortures, ainsi que D »: the victims are the names the apposition follows.
        .filter(
          ({ s }) => !VICTIMS_OF.test(text.slice(Math.max(sStart, cue.start - 24), cue.start)) || s.end <= cue.start,
        )
        .sort((a, b) => reach(a.s) - reach(b.s));
      // A sentence belongs to the person named before its length ("… and Y to seven years"); otherwise the nearest.
      // « amnistiant 14 prisonniers politiques : A, B … »: the prisoners are the names after the words; a name before
      // them is the one who holds or frees them.
      const namesAfter = PRISONERS_NAMED_AFTER.test(m[0]) || NOUN_OF.test(m[0]);
      const afterOnly = VICTIM_AFTER.test(m[0]) || namesAfter;
      // "urge you to … make it the occasion to release the defenders, including the following:": a demand over a list
      // set out below may stand farther from its verb.
      const demandReach = POINTS_BELOW.test(sentence.trim()) ? 240 : 60;
      if (
        afterOnly &&
        !namesAfter &&
        !DEMAND.test(text.slice(Math.max(sStart, cue.start - demandReach), cue.start)) &&
        !DEMAND_FORM.test(text.slice(sStart, cue.start))
      )
        continue;
      const ofAfter =
        afterOnly ||
        (OF_AFTER.test(text.slice(cue.end, cue.end + 14)) && !AMOUNT_AFTER.test(text.slice(cue.end, cue.end + 12)))
          ? near.filter(
              ({ s }) =>
                s.start >= cue.end && (!NOUN_OF.test(m[0]) || DESCRIBED_ONLY.test(text.slice(cue.end, s.start))),
            )[0]
          : undefined;
      const beforeLength = length
        ? near.filter(({ s }) => s.end <= length!.span.start).sort((a, b) => b.s.start - a.s.start)[0]
        : undefined;
      // "pressure for the release of A and B" in a text telling they were freed: no one held now.
      if (afterOnly && !namesAfter && ofAfter && freed.has(ofAfter.p.ref)) continue;
      let victim = afterOnly ? ofAfter : (ofAfter ?? beforeLength ?? near[0]);
      let how: How = namesAfter
        ? 'ofAfter'
        : afterOnly
          ? 'demand'
          : ofAfter
            ? 'ofAfter'
            : beforeLength
              ? 'withLength'
              : near[0]
                ? clauseOf(text, near[0], cue, near)
                : 'clause';
      // The sentence the victim is named in, when it is the one before (a pronoun stands for them here).
      let victimBounds: [number, number] = [sStart, sEnd];
      if (!victim && !afterOnly) {
        const subject = mentions.filter(({ s }) => s.start >= sStart && s.end <= cue.start).at(-1);
        if (subject && APPOSITION_THEN_VERB.test(text.slice(subject.s.end, cue.start))) {
          victim = subject;
          how = 'apposition';
        }
      }
      if (!victim && NOUN_CUE.test(m[0])) {
        const next = mentions
          .filter(({ s }) => s.start >= cue.end && s.end <= sEnd)
          .sort((a, b) => a.s.start - b.s.start)[0];
        const upTo = next ? text.slice(cue.end, next.s.start) : '';
        if (next && OF_LATER.test(upTo) && !VERB_BETWEEN.test(upTo)) {
          victim = next;
          how = 'ofLater';
        }
      }
      // « Condamnée à sept ans en avril pour …, Mme Iraee a refusé … », "Arrested in 2010, A was …": a sentence opening
      // on its participle tells the act of the subject named right after the participle's clause.
      if (!victim && !afterOnly && !/\p{L}/u.test(text.slice(sStart, cue.start)) && PARTICIPLE.test(m[0])) {
        const subject = mentions
          .filter(({ s }) => s.start >= cue.end && s.end <= sEnd)
          .sort((a, b) => a.s.start - b.s.start)[0];
        if (subject && AFTER_CLAUSE.test(text.slice(cue.end, subject.s.start))) {
          victim = subject;
          how = 'apposition';
        }
      }
      // The sentence a pronoun reaches back to: the one before, or the one before that when the one between names
      // nobody ("Hashimli was arrested. A court remanded him. Police searched his flat.").
      const here = bounds.findIndex(([a]) => a === sStart);
      // A sitting head of state named in passing ("the Putin regime's crimes") is not whom a pronoun after stands for.
      const namesNobody = (i: number) =>
        !mentions.some(({ p, s }) => s.start >= bounds[i]![0] && s.end <= bounds[i]![1] && !isLeaderPerson(p));
      // Only a sentence that itself told of the person by a pronoun carries the reference on.
      const byPronoun = (i: number) => {
        const t = text.slice(bounds[i]![0], bounds[i]![1]);
        return (PRONOUN.test(t) || OBJECT_PRONOUN_FR.test(t)) && !PLURAL_PRONOUN.test(t);
      };
      // A chain of such sentences carries it on, three at most (« Son nom est A. Aujourd’hui, elle est torturée. Elle
      // est accusée … Le 18 mai, elle a été arrêtée »).
      let prev = here - 1;
      for (let steps = 0; steps < 3 && prev >= 1 && namesNobody(prev) && byPronoun(prev); steps++) prev--;
      const prevMentions =
        prev >= 0
          ? mentions
              .filter(({ p, s }) => s.start >= bounds[prev]![0] && s.end <= bounds[prev]![1] && !notVictims.has(p.ref))
              .sort((a, b) => a.s.start - b.s.start)
          : [];
      /**
       * The group a sentence tells of without naming it ("they", "the defendants", «обвиняемых»), from sentence `from`
       * back, four sentences at most: the nearest sentence naming a list of two or more (or two or more people in a sentence
       * telling an act: «A был приговорен к 19 годам, B – 18 лет»), of `count` people when the group is counted. A list told
       * between (« по 20 лет для A и B ») is part of the group, so the group must hold all its names.
       */
      const groupBack = (from: number, count?: number) => {
        const seen = new Set<string>();
        for (let i = from - 1; i >= Math.max(0, from - 4); i--) {
          const [a, b] = bounds[i]!;
          const prior = groupAt.get(i);
          if (
            prior &&
            (count === undefined || prior.members.length === count) &&
            [...seen].every((r) => prior.members.some((y) => y.p.ref === r))
          )
            return prior;
          const lists = listsIn(i);
          const told = [
            ...new Map(
              mentions
                .filter(({ p, s }) => s.start >= a && s.end <= b && !notVictims.has(p.ref) && !isLeaderPerson(p))
                .filter(() => cues.some((c) => c.m.index >= a && c.m.index < b))
                .sort((x, y) => x.s.start - y.s.start)
                .map((x) => [x.p.ref, x] as const),
            ).values(),
          ];
          const groups = (lists.length > 0 ? lists : told.length >= 2 ? [told] : []).filter(
            (l) => (count === undefined || l.length === count) && [...seen].every((r) => l.some((y) => y.p.ref === r)),
          );
          if (groups.length > 1) return undefined;
          if (groups.length === 1) return { members: groups[0]!, at: i };
          for (const l of lists) for (const y of l) seen.add(y.p.ref);
        }
        return undefined;
      };
      // «его арест, содержание под стражей, предъявление обвинений»: one pronoun before a list of acts.
      const around = text.slice(Math.max(sStart, cue.start - 60), Math.min(sEnd, cue.end + 40));
      // «Son mari, Arif Y. est historien et se trouve lui aussi en détention»: a sentence that names one person before
      // the cue is about that person; its pronoun does not reach back to the sentence before.
      const ownBefore = new Set(
        mentions
          .filter(({ s }) => s.start >= sStart && s.end <= cue.start && cue.start - s.end <= FAR_BEFORE)
          .map((x) => x.p.ref),
      );
      if (
        !victim &&
        !afterOnly &&
        (PRONOUN.test(around) || OBJECT_PRONOUN_FR.test(around)) &&
        !PLURAL_PRONOUN.test(around) &&
        ownBefore.size !== 1
      ) {
        // «Журналист Игорь В. … Считаем его арест …»: the one person named in the sentence before; a sitting head of
        // state named beside them ("against Lukashenko's dictatorship, Bialiatski was jailed") is not whom it means.
        const refsBefore = new Set(prevMentions.map((x) => x.p.ref));
        let meant = refsBefore.size > 1 ? prevMentions.filter((x) => !isLeaderPerson(x.p)) : prevMentions;
        // «Шодигул Б. – мать журналиста Далера И.: он был арестован … Власти обвинили его …»: of two people named
        // before, the one that sentence told an act of.
        if (new Set(meant.map((x) => x.p.ref)).size > 1) {
          const [pa, pb] = bounds[prev]!;
          const told = new Set(
            out
              .filter((a) => a.personRef && a.spans.some((sp) => sp.start >= pa && sp.end <= pb))
              .map((a) => a.personRef),
          );
          const only = meant.filter((x) => told.has(x.p.ref));
          if (told.size === 1 && only.length > 0) meant = only;
        }
        if (meant.length > 0 && new Set(meant.map((x) => x.p.ref)).size === 1) {
          victim = meant.at(-1);
          victimBounds = bounds[prev]!;
          how = 'pronoun';
        }
      }
      if (!victim && !afterOnly && PLURAL_PRONOUN.test(around) && prevMentions.length > 0) {
        // «… Болата А. и Жанболата М. … делу, сфабрикованному против них»: the one list of the sentence before.
        // The one list of two names or more there, whatever else the sentence names ("…, said A" after the list).
        const lists = new Map<string, { p: PersonProposal; s: Span }>();
        for (const x of prevMentions) {
          const list = listOf(x, ...bounds[prev]!);
          if (new Set(list.map((y) => y.p.ref)).size < 2) continue;
          const first = [...list].sort((a, b) => a.s.start - b.s.start)[0]!;
          lists.set(
            list
              .map((y) => y.p.ref)
              .sort()
              .join(' '),
            first,
          );
        }
        if (lists.size === 1) {
          victim = [...lists.values()][0]!;
          victimBounds = bounds[prev]!;
          how = 'plural';
        }
      }
      let groupMembers: { p: PersonProposal; s: Span }[] | undefined;
      const opening = PLURAL_OPENING.exec(text.slice(sStart, cue.start));
      // "They had been charged", « ils se trouvent en détention », «Их обвинили»; not "They arrested …", « Ils ont
      // condamné le recours à la force », where the pronoun names those who act.
      const opensOnGroup =
        opening !== null &&
        (!/(?:they|ils|elles|они)$/iu.test(opening[0]) ||
          PASSIVE_BETWEEN.test(text.slice(sStart + opening[0].length, cue.start)));
      // "… journalists A and B. They are former editors … where a case has been initiated against them": "them" after a
      // sentence that opens on "they" and names no one.
      const afterGroupSentence =
        PLURAL_PRONOUN.test(around) &&
        prev >= 0 &&
        prevMentions.length === 0 &&
        PLURAL_OPENING.test(text.slice(bounds[prev]![0], bounds[prev]![1]));
      if (
        !victim &&
        !afterOnly &&
        (opensOnGroup || afterGroupSentence) &&
        !mentions.some(({ s }) => s.start >= sStart && s.end <= sEnd)
      ) {
        // "A, B and C were detained in May. The trial was put off. They had been charged with …": such a sentence,
        // naming no one, tells of the group named a few sentences before.
        const back = groupBack(here);
        if (back) {
          victim = back.members[0]!;
          victimBounds = bounds[back.at]!;
          groupMembers = back.members;
          how = 'plural';
        }
      }
      if (!victim && !afterOnly && !objectDescribed) {
        // "Aslanov, chief editor of two sites, has been imprisoned since 2019 on charges of treason": the one person
        // named earlier in the sentence, however long the clause between.
        const before = mentions.filter(
          ({ s }) => s.start >= sStart && s.end <= cue.start && cue.start - s.end <= FAR_BEFORE && !crimeObject(s),
        );
        // « A et B avaient tous deux quitté le pays … avant d'être arrêtés »: the one list named earlier, as a whole.
        const refs = new Set(before.map((x) => x.p.ref));
        const head = [...before].sort((a, b) => a.s.start - b.s.start)[0];
        // Not for "political prisoners" or "the release of …", said of everyone held, not of the list.
        const ofAll = /prisonn?i?ers?|political|release|libér|освобо|политзаключ/iu.test(m[0]);
        const list = head && refs.size > 1 && !ofAll ? listOf(head, sStart, sEnd) : [];
        if (refs.size === 1 || (list.length === refs.size && [...refs].every((r) => list.some((y) => y.p.ref === r)))) {
          victim = refs.size === 1 ? before.at(-1) : head;
          how = 'farBefore';
        }
      }
      if (!victim && !afterOnly && !mentions.some(({ s }) => s.start >= sStart && s.end <= sEnd)) {
        // "The 68-year-old poet, who was sentenced to 18 years …", "a court has sentenced the editor of a news website":
        // a person described, not named, in a sentence that names nobody; the one person the text names with that word
        // ("dissident poet Aron A.", "Araz G. is the editor-in-chief …").
        const described =
          DESCRIBED_BEFORE.exec(text.slice(sStart, cue.start)) ?? DESCRIBED_AFTER.exec(text.slice(cue.end, sEnd));
        if (described) {
          const noun = new RegExp(`(?<![\\p{L}])${described[1]!.toLowerCase()}`, 'iu');
          const near = mentions.filter(
            ({ p, s }) =>
              (s.end <= sStart || s.start >= sEnd) &&
              !notVictims.has(p.ref) &&
              !signers.has(p.ref) &&
              !isLeaderPerson(p) &&
              noun.test(
                text.slice(Math.max(sentenceAt(bounds, s.start)[0], s.start - 60), s.start) +
                  ' ' +
                  text.slice(s.end, Math.min(sentenceAt(bounds, s.start)[1], s.end + 40)),
              ),
          );
          if (near.length > 0 && new Set(near.map((x) => x.p.ref)).size === 1) {
            victim = near[0];
            victimBounds = sentenceAt(bounds, near[0]!.s.start);
            how = 'described';
          }
        }
      }
      if (!victim && !afterOnly) {
        // "On 28 April, the human rights activists were arrested", « les quatre responsables … étaient interpellés »: a
        // group noun with an article or a number as the subject, in a sentence that names nobody, stands for the one
        // list of names in the two sentences before (of the number it gives); with a number and no such list before, for
        // the list of that many names in the two sentences after. A sentence opening on its participle («Condamnés à
        // perpétuité …») has the subject of the sentence before, and so has one whose act is told of "them" («Судья … назначил
        // каждому из них по 4 года» after «… по делу пяти активистов»).
        const subjectText = text.slice(sStart, cue.start);
        const namesHere = mentions.some(({ s }) => s.start >= sStart && s.end <= sEnd && !crimeObject(s));
        const opensOnCue = !/\p{L}/u.test(subjectText);
        let from = here;
        // "charged the 13 defendants", «Задержали обвиняемых»: the group may be the object right after the cue.
        let group = namesHere
          ? null
          : (GROUP_NOUN.exec(subjectText) ??
            GROUP_ALL.exec(subjectText) ??
            THE_COUNT.exec(subjectText) ??
            OBJECT_GROUP.exec(text.slice(cue.end, Math.min(sEnd, cue.end + 50))));
        if (!group && !namesHere && (opensOnCue || PLURAL_PRONOUN.test(around)) && here > 0) {
          group = GROUP_NOUN.exec(text.slice(bounds[here - 1]![0], bounds[here - 1]![1]));
          from = here - 1;
        }
        // The number may stand among the words the pattern skipped («по делу пяти активистов»): right before the noun.
        const count = group ? (countOf(group[2]) ?? countOf(/(\S+)\s+\S+$/u.exec(group[0])?.[1])) : undefined;
        // « Le tribunal a examiné la cause de 8 activistes : A, B, … H. … Les activistes ont été arrêtés le 29 »: a
        // group named by its noun with an article stands for the list that noun first brought in with its number.
        const introduced = group?.[1] && count === undefined && from === here ? countedList(here, group[0]) : undefined;
        if (introduced) {
          victim = introduced.list[0]!;
          victimBounds = bounds[introduced.at]!;
          how = 'groupNoun';
        } else if (group && (group[1] || count !== undefined || DEFENDANTS.test(group[0]))) {
          for (const i of [from - 1, from - 2, ...(count !== undefined ? [from + 1, from + 2] : [])]) {
            if (i < 0 || i >= bounds.length || i === here || i === from) continue;
            const found = listsIn(i).filter((l) => count === undefined || l.length === count);
            if (found.length > 1) break;
            if (found.length === 1) {
              victim = found[0]![0]!;
              victimBounds = bounds[i]!;
              how = 'groupNoun';
              break;
            }
            // "Mr. A, 25, was sentenced to five years, Ms. B … and Mr. E to three years": the people of one sentence,
            // as many as the group counts, though no one list holds them all.
            const named = [
              ...new Map(
                mentions
                  .filter(({ p, s }) => s.start >= bounds[i]![0] && s.end <= bounds[i]![1] && !notVictims.has(p.ref))
                  .sort((a, b) => a.s.start - b.s.start)
                  .map((x) => [x.p.ref, x] as const),
              ).values(),
            ];
            if (count !== undefined && count > 1 && named.length === count && listsIn(i).length > 0) {
              victim = named[0]!;
              victimBounds = bounds[i]!;
              groupMembers = named;
              how = 'groupNoun';
              break;
            }
          }
          // Past sentences of what happened meanwhile: the group named a few sentences before.
          // Only for a group that counts its people or names them as the accused ("the three", «обвиняемых»): "the
          // above-mentioned defenders" may be any group of the text.
          const back =
            victim || (count === undefined && !DEFENDANTS.test(group[0])) ? undefined : groupBack(from, count);
          if (back) {
            victim = back.members[0]!;
            victimBounds = bounds[back.at]!;
            groupMembers = back.members;
            how = 'groupNoun';
          }
          const list = victim ? undefined : setOut.find((l) => l.end === bounds[from - 1]?.[1]);
          if (list && count === undefined && DEFENDANTS.test(group[0])) {
            victim = list.members[0]!;
            victimBounds = [list.members[0]!.s.start, list.end];
            groupMembers = list.members;
            how = 'groupNoun';
          }
        }
      }
      const roleOnly = !mentions.some(({ s }) => s.start >= sStart && s.end <= sEnd);
      const roleSubject = text.slice(sStart, cue.start);
      if (!victim && !afterOnly && roleOnly && ROLE_DEFINITE.test(roleSubject)) {
        // "The activist was arrested on February 8": the one person the sentence before names, as a pronoun would.
        if (prevMentions.length > 0 && new Set(prevMentions.map((x) => x.p.ref)).size === 1) {
          victim = prevMentions.at(-1);
          victimBounds = bounds[prev]!;
          how = 'roleBefore';
        }
      }
      const roles = roleOnly ? [...roleSubject.matchAll(ROLE_WITH_ARTICLE)].length : 0;
      if (!victim && !afterOnly && roles > 0 && here + 1 < bounds.length) {
        // "The editor of the Khural daily has been jailed … Avaz Zeynally was accused …": a subject naming its people by
        // their roles only takes the names that open the next sentence, one per role (« Un journaliste … et une
        // avocate … condamnés. Selon cette source, A et B … »); past one sentence between that names no one (« Le
        // ministère l'a confirmé. »).
        const nameless = (i: number) => !mentions.some(({ s }) => s.start >= bounds[i]![0] && s.end <= bounds[i]![1]);
        const next = here + 2 < bounds.length && nameless(here + 1) ? here + 2 : here + 1;
        const [nStart, nEnd] = bounds[next]!;
        const first = mentions
          .filter(({ p, s }) => s.start >= nStart && s.end <= nEnd && !notVictims.has(p.ref))
          .sort((a, b) => a.s.start - b.s.start)[0];
        const list = first && first.s.start - nStart <= 40 ? listOf(first, nStart, nEnd) : [];
        if (list.length === roles) {
          victim = [...list].sort((a, b) => a.s.start - b.s.start)[0]!;
          victimBounds = [nStart, nEnd];
          how = 'roleAfter';
        }
      }
      // «Других правозащитников начали задерживать. Среди них A и его жена, B.», "… were detained. Among them were A
      // and B.": an act told of a group whose members the next sentence names after "among them" is each of theirs.
      let members: { p: PersonProposal; s: Span }[] = [];
      if (!victim && !afterOnly && here + 1 < bounds.length) {
        const [nStart, nEnd] = bounds[here + 1]!;
        if (AMONG_THEM.test(text.slice(nStart, nEnd))) {
          members = [
            ...new Map(
              mentions
                .filter(({ p, s }) => s.start >= nStart && s.end <= nEnd && !notVictims.has(p.ref))
                .sort((a, b) => a.s.start - b.s.start)
                .map((x) => [x.p.ref, x] as const),
            ).values(),
          ];
          // The list the first of them heads ("Among them is A, who met B …" names A only).
          if (members.length > 0)
            members = [...listOf(members[0]!, nStart, nEnd)].sort((a, b) => a.s.start - b.s.start);
          if (members.length > 0) {
            victim = members[0]!;
            victimBounds = [nStart, nEnd];
            how = 'among';
          }
        }
      }
      // "… release the defenders, including the following:" over "Mr. A" / "Mr. B" lines; "the 7 persons listed below
      // are imprisoned" over a line "A, B and C": the act is each of theirs.
      const mentionsIn = (a: number, b: number) =>
        mentions.filter(({ p, s }) => s.start >= a && s.end <= b && !notVictims.has(p.ref));
      if (
        !victim &&
        mentionsIn(sStart, sEnd).length === 0 &&
        here >= 0 &&
        here + 1 < bounds.length &&
        POINTS_BELOW.test(sentence.trim())
      ) {
        const below = namesBelow(text, bounds, here + 1, mentionsIn, listOf);
        const named = [...new Map(below.names.map((x) => [x.p.ref, x] as const)).values()];
        if (named.length >= 2) {
          members = named;
          victim = named[0]!;
          victimBounds = below.bounds;
          how = 'below';
          setOut.push({ members: named, end: below.bounds[1] });
        }
      }
      const shared = out.length;
      if (
        kind === 'sentence' &&
        shareLengths(
          { text, cue, sStart, sEnd, length, lengthsHere: inside(lengths), mentions, places, country },
          victim && victimBounds[0] !== sStart ? listOf(victim, ...victimBounds) : [],
          out,
        )
      ) {
        // "A and B, sentenced in November 2009 to two and two and a half years": the one date of the sentence is the
        // verdict's, for each of them.
        const only = insideDates(dates);
        if (only.length === 1)
          for (const a of out.slice(shared))
            if (a.date === null) {
              a.date = only[0]!.start;
              a.spans = [...a.spans, only[0]!.span].sort((x, y) => x.start - y.start);
            }
        continue;
      }
      let victimText: string | null = null;
      if (!victim) {
        // "On 29 September 12 activists were detained": a dated act told of a group, naming nobody, may date the same
        // act told of its members elsewhere.
        // The group is counted ("12 activists"), so it is a group of people the text goes on to name, not "journalists"
        // at large; a detention is a state, not an event members share with one date.
        const counted = new RegExp(GROUP_NOUN.source, 'giu');
        const groupDate =
          roleOnly && kind !== 'detention'
            ? insideDates(dates)
                .sort((x, y) => between(x.span, cue) - between(y.span, cue))
                // «… активистов, задержанных … осенью 2022 года …, были заочно осуждены»: not a date another cue
                // of the sentence stands nearer to.
                .filter(
                  (d) => !otherCues.some((c) => c.start !== cue.start && between(d.span, c) < between(d.span, cue)),
                )[0]
            : undefined;
        const counts = () =>
          [...sentence.matchAll(counted)].some(
            (g) => (countOf(g[2]) ?? countOf(/(\S+)\s+\S+$/u.exec(g[0])?.[1])) !== undefined,
          );
        // A verdict's date is that of every sentence the court gave in it, the group counted or not («15 декабря суд
        // вынес приговор лидерам протестов»), when the names follow in the next two sentences or in the same paragraph.
        if (groupDate && counts()) groupTold.push({ kind, date: groupDate });
        else if (groupDate && kind === 'sentence' && insideDates(dates).length === 1) {
          const paragraphEnd = text.indexOf('\n', sEnd);
          const reach = Math.max(
            bounds[Math.min(here + 2, bounds.length - 1)]![1],
            paragraphEnd < 0 ? text.length : paragraphEnd,
          );
          groupTold.push({ kind, date: groupDate, reach });
        }
        if (kind !== 'designation_extremist' && kind !== 'sentence') continue;
        const org = organisations
          .flatMap((o) => o.spans)
          .filter((s) => s.start >= sStart && s.end <= sEnd && gap(s) <= MAX_GAP)[0];
        victimText = org?.text ?? subjectBefore(text.slice(sStart, cue.start));
        if (!victimText) continue;
      }
      // A date belongs to the act whose cue is nearest to it ("arrested in January 2012 and sentenced to …").
      // A cue after the date counts a little farther, so a tie goes to the act the date follows.
      // "detained in Crimea in May 2014 and sentenced … on August 25, 2015": a clause joined by "and" (or set apart by a
      // semicolon) between a cue and a date puts them in different acts.
      const joinedBetween = (d: DateMention, c: Span) =>
        CLAUSE_JOIN.test(c.start >= d.span.end ? text.slice(d.span.end, c.start) : text.slice(c.end, d.span.start));
      const cost = (d: DateMention, c: Span) =>
        between(d.span, c) + (c.start >= d.span.end ? 0.5 : 0) + (joinedBetween(d, c) ? 1000 : 0);
      // "arrested Rauf M. in April 2014 and charged him …", "arrested the journalist Timur S. on 12 March on charges …":
      // the victim's name, with a role before it, may stand between the cue and its date.
      const follows = (d: DateMention, c: Span) => {
        if (d.span.start < c.end) return false;
        if (d.span.start - c.end <= 30 && DATE_AFTER.test(text.slice(c.end, d.span.start))) return true;
        const name = mentions.find(
          ({ s }) => s.start >= c.end && s.start - c.end <= 60 && s.end <= d.span.start && d.span.start - s.end <= 12,
        );
        return (
          name !== undefined &&
          DATE_AFTER.test(text.slice(name.s.end, d.span.start)) &&
          !/[,;:]/u.test(text.slice(c.end, name.s.start)) &&
          !otherCues.some((o) => o.start > c.start && o.start < d.span.start)
        );
      };
      // "sentenced … on charges of terrorism on August 25, 2015": the charges are the ground of the act told before them,
      // not an act of their own that takes the date.
      const groundOf = (c: Span) =>
        /^(?:charges?|accusations?|обвинени)/iu.test(c.text) &&
        /(?:on|under|sur|pour|по)\s+(?:the\s+|des\s+|d['’]\s*)?$/iu.test(
          text.slice(Math.max(0, c.start - 12), c.start),
        );
      // Only a cue of the same sentence: «… судят A и B. 11 августа 2022 года прошли обыски» dates the searches.
      const claimed = (d: DateMention) =>
        otherCues.some(
          (c) => c.start !== cue.start && c.start >= sStart && c.start < sEnd && !groundOf(c) && follows(d, c),
        );
      const openingDate = () => {
        const only = insideDates(dates);
        const d = only[0];
        if (only.length !== 1 || !d || d.span.start > cue.start) return undefined;
        if (!OPENING_DATE.test(text.slice(sStart, d.span.start))) return undefined;
        // «26 августа суд вынес приговор … активистов, задержанных …», "A, who was detained …": an act told in a
        // participle or a relative clause is an earlier one.
        if (/\p{Script=Cyrillic}(?:ых|ого|его|ой|ей|ый|ий|ая|ые|ие|ую|ым|им)$/u.test(cue.text)) return undefined;
        // "sentenced A and B, detained on charges of …": a participle set after a comma.
        if (PARTICIPLE.test(cue.text) && /,\s*$/u.test(text.slice(Math.max(0, cue.start - 3), cue.start)))
          return undefined;
        if (
          /(?<![\p{L}])(?:who|which|whom|qui|que|dont|котор\p{L}*)(?![\p{L}])/iu.test(text.slice(d.span.end, cue.start))
        )
          return undefined;
        return LATER.test(text.slice(d.span.end, cue.start)) ? undefined : d;
      };
      // "accused of printing leaflets in April 2010": a date after the accusation is the deed's, not the charge's.
      const deedAfter = kind === 'charge' && /^(?:accus|обвин)/iu.test(m[0]);
      const date =
        insideDates(dates)
          .filter((d) => !deedAfter || d.span.start < cue.start)
          .find((d) => follows(d, cue)) ??
        insideDates(dates)
          .filter((d) => !claimed(d) && (!deedAfter || d.span.start < cue.start))
          // "her trial began on May 2 … on April 24 by detaining her": of the dates no other cue stands nearer to, the
          // nearest.
          .sort((x, y) => cost(x, cue) - cost(y, cue))
          .find((d) =>
            otherCues.every(
              (c) =>
                c.start < sStart ||
                c.start >= sEnd ||
                c.start === cue.start ||
                (groundOf(c) && c.start > cue.start) ||
                // «в домах обвиняемых прошли обыски»: the accused as a group noun tells no act of its own.
                /^(?:обвиняем|подсудим)(?:ых|ые|ым)$/iu.test(c.text) ||
                // "A, who was detained … on February 14, was imprisoned on February 27": a cue with its own date
                // right after it does not take another.
                insideDates(dates).some((o) => o !== d && follows(o, c)) ||
                cost(d, cue) < cost(d, c),
            ),
          ) ??
        openingDate() ??
        (victimBounds[0] !== sStart ? dateBefore(victimBounds) : undefined) ??
        // "… the detention of some twenty defenders on 15 December 2008. Among those arrested are: A, …": the act told
        // again of the group's members, on the one date of the sentence before.
        (AMONG_THOSE.test(text.slice(sStart, cue.start)) && here > 0 ? onlyDate(dates, bounds[here - 1]!) : undefined);
      const place = places.find(
        (p) => p.kind === 'country' && p.spans.some((s) => s.start >= sStart && s.end <= sEnd && p.country),
      );
      // «…, убитого в мае полковника Мамадбокира М. и …»: a Russian participle in the singular before a name of a list is
      // told of that name alone.
      const participleOf = /^\p{Script=Cyrillic}+(?:ого|его|ой|ей|ую|юю)$/u.test(m[0])
        ? mentions
            .filter(({ s }) => s.start >= cue.end && s.end <= sEnd && s.start - cue.end <= 60)
            .filter(({ s }) => !/[,;:.]/u.test(text.slice(cue.end, s.start)))
            .sort((a, b) => a.s.start - b.s.start)[0]
        : undefined;
      if (participleOf && victim) victim = participleOf;
      const singleParticiple = participleOf !== undefined;
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
      // The letter's addressee, or a sitting head of state or government, is the one who acts or is asked to act,
      // not the victim: "the detention ordered by President X" is not X's detention.
      if (
        victim &&
        (notVictims.has(victim.p.ref) ||
          victim.p.roles.some(isSittingLeader) ||
          // "… to assassinate President Nicolas Maduro. Her detention comes in a year that has seen Maduro …": a
          // person the text titles as head of state where it names them in full.
          victim.p.spans.some(
            (sp) => /\s/u.test(sp.text) && LEADER_BEFORE.test(text.slice(Math.max(0, sp.start - 30), sp.start)),
          ) ||
          LEADER_BEFORE.test(text.slice(Math.max(0, victim.s.start - 30), victim.s.start)) ||
          FREED_BEFORE.test(text.slice(Math.max(sStart, victim.s.start - 40), victim.s.start)) ||
          (ASKED_BEFORE.test(text.slice(Math.max(sStart, victim.s.start - 40), victim.s.start)) &&
            ASKED_TO_FREE.test(text.slice(victim.s.end, victim.s.end + 130))))
      )
        continue;
      // "A, B and many more activists have been arrested", "… and more than 50 journalists were tortured": the act
      // is told of a group named between the list and the cue, not of the names before it.
      if (victim && victim.s.end <= cue.start && GROUP_SUBJECT.test(text.slice(victim.s.end, cue.start))) continue;
      // "… the jail terms handed down to individuals arrested in connection with the protests since November 2024":
      // a participle right after a plural noun for people is told of them, not of the names before.
      if (
        victim &&
        victim.s.end <= cue.start &&
        GROUP_BEFORE_PARTICIPLE.test(text.slice(Math.max(victim.s.end, cue.start - 30), cue.start)) &&
        // "A was among the protesters arrested on 3 May" is told of A too.
        !/(?<![\p{L}])(?:among|one\s+of|parmi|l['’]un\s+des|une?\s+des|среди|один\s+из|одна\s+из)\s+(?:the\s+|les\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(
          text.slice(victim.s.end, cue.start).replace(GROUP_BEFORE_PARTICIPLE, ''),
        )
      )
        continue;
      // "… comments on social media denouncing allegations of torture of detainees": what a person denounced or reported
      // is not done to them.
      if (
        victim &&
        victim.s.end <= cue.start &&
        DENOUNCING_BEFORE.test(text.slice(Math.max(victim.s.end, cue.start - 50), cue.start))
      )
        continue;
      // « considérés comme illégalement détenus » after one name: the plural participle is told of others (« des
      // prisonniers »), not of the one person named; « A et B, deux Français détenus » is told of the list.
      if (/^détenue?s$/iu.test(m[0]) && (!victim || listOf(victim, ...victimBounds).length < 2)) continue;
      // «Джейми Ф. осудил включение в реестр "иноагентов"», "A condemned the arrests": the one who condemns the act is
      // not its victim ("A denounced the charges" may be said by the one charged, so it is not read so).
      // A relative clause ("A, who have criticised the authorities, have been killed") tells of the victim.
      if (
        victim &&
        victim.s.end <= cue.start &&
        CONDEMNS.test(text.slice(victim.s.end, cue.start)) &&
        !/^\s*,\s*(?:who|qui|котор)/iu.test(text.slice(victim.s.end, cue.start))
      )
        continue;
      // « Robert M., secrétaire général de RSF, estime que la condamnation à trois ans … », "A said the arrest of …":
      // the one who speaks of an act named by its noun is not its victim.
      if (
        victim &&
        victim.s.end <= cue.start &&
        SAYS_THAT.test(text.slice(victim.s.end, cue.start)) &&
        /(?<![\p{L}])(?:la|le|les|l['’]|the)\s*$/iu.test(text.slice(Math.max(sStart, cue.start - 5), cue.start))
      )
        continue;
      // «Письмо подписали A и B. Обвинение против нее …»: the pronoun does not stand for the list of signers.
      if (victim && victimBounds[0] !== sStart && signers.has(victim.p.ref)) continue;
      // "… to release the journalist," the statement quoted A's letter": the letter's writer is not the one it asks for.
      if (
        victim &&
        signers.has(victim.p.ref) &&
        /^['’]s\s+(?:(?:open|joint|recent)\s+)?letter/u.test(text.slice(victim.s.end, victim.s.end + 20))
      )
        continue;
      // "Open letter condemning the detention of the activist, … signed by 100 laureates including A and B": a signer
      // named past the words of signing is not the one the act is told of; nor one who appeals ("A, B … appellent les
      // autorités à remettre en liberté le journaliste, arrêté le 26 juillet").
      if (
        victim &&
        signers.has(victim.p.ref) &&
        (/(?:signed|signé|подписал\p{L}*|подписан[оаы]?(?![\p{L}])|подписи)/iu.test(
          text.slice(Math.min(cue.end, victim.s.start), Math.max(cue.start, victim.s.start)),
        ) ||
          APPEAL_VERB.test(text.slice(Math.min(cue.end, victim.s.start), Math.max(cue.start, victim.s.start))))
      )
        continue;
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
        ...(victim ? rated(how) : { confidence: 'low', confidenceReason: 'no named victim: a group or a body' }),
      };
      // One act per victim, kind and sentence: "torture … tortured" in one sentence is one act.
      const seen = (a: ActProposal) =>
        out.some(
          (o) =>
            o.kind === a.kind &&
            o.personRef === a.personRef &&
            o.victimText === a.victimText &&
            o.spans.some((s) => s.start >= sStart && s.end <= sEnd) &&
            // An act told in another sentence of the people named in this one ("The two lawyers were convicted") does
            // not stand for the act this sentence tells of them.
            !(o.confidenceReason === HOW.groupNoun.reason && o.spans.some((s) => s.start >= sEnd || s.end <= sStart)),
        );
      // "… arrested A on April 11. His arrest was followed by …": the possessive recalls the act already told.
      const recalled =
        act.personRef !== null &&
        possessiveOpening &&
        out.some((o) => o.kind === act.kind && o.personRef === act.personRef);
      if (!seen(act) && !recalled) out.push(act);
      // The same act told of another person of the sentence: the victim's mention swapped for theirs.
      const actFor = (other: { p: PersonProposal; s: Span }, sure: ReturnType<typeof rated>): void => {
        const more: ActProposal = {
          ...act,
          ...sure,
          person: other.p.name,
          personRef: other.p.ref,
          spans: [...act.spans.filter((sp) => sp !== victim?.s), other.s].sort((a, b) => a.start - b.start),
        };
        if (!seen(more)) out.push(more);
      };
      // "A was sentenced to seven years, as were B and C", « …, de même que les journalistes B et C »: the names after
      // the words share the act.
      const tailFrom = Math.max(cue.end, length?.span.end ?? 0);
      const sharer = victim
        ? mentions
            .filter(({ s }) => s.start >= tailFrom && s.end <= sEnd && s.start - tailFrom <= 90)
            .sort((a, b) => a.s.start - b.s.start)[0]
        : undefined;
      // « l’arrestation fin mai de A, 49 ans, auteur du blog …, et celle du militant B »: « celle de » after the victim
      // named after a noun cue repeats the noun for B.
      const repeated =
        victim && victim.s.start >= cue.end
          ? mentions
              .filter(({ s }) => s.start >= victim.s.end && s.end <= sEnd && s.start - victim.s.end <= 100)
              .sort((a, b) => a.s.start - b.s.start)[0]
          : undefined;
      if (
        victim &&
        repeated &&
        repeated.p.ref !== victim.p.ref &&
        !notVictims.has(repeated.p.ref) &&
        THAT_OF.test(text.slice(victim.s.end, repeated.s.start))
      )
        actFor(repeated, rated(how, `the name after « celle de »: ${HOW[how].reason}`));
      if (
        victim &&
        sharer &&
        sharer.p.ref !== victim.p.ref &&
        AS_WELL_AS.test(text.slice(tailFrom, sharer.s.start)) &&
        !VICTIMS_OF.test(text.slice(Math.max(sStart, cue.start - 24), cue.start))
      )
        for (const other of listOf(sharer, sStart, sEnd)) {
          if (notVictims.has(other.p.ref) || other.s.start < sharer.s.start) continue;
          actFor(other, rated(how, `one of the names after "as well as": ${HOW[how].reason}`));
        }
      // "A, B and C remain in pretrial detention": every name of the list suffers the act (one length stays shared).
      // « … ; la militante C, arrêtée en 2014 »: in a list run on semicolons, a participle after one name's comma tells of
      // that name only ("A, B and C, arrested in 2014," is told of all three).
      const appositive =
        victim !== undefined &&
        victim.s.end <= cue.start &&
        APPOSITIVE.test(text.slice(victim.s.end, cue.start)) &&
        /;[^;]*$/u.test(text.slice(Math.max(victimBounds[0], victim.s.start - 60), victim.s.start));
      // «elle et son mari, Arif Y., étaient arrêtés»: a pronoun joined to the list is the person it stands for.
      const pronounJoined =
        victim && victimBounds[0] === sStart && victim.s.end <= cue.start
          ? PRONOUN_AND.test(text.slice(sStart, Math.min(...listOf(victim, sStart, sEnd).map((x) => x.s.start))))
          : false;
      const before = pronounJoined && here > 0 ? prevSingle(here - 1) : undefined;
      if (before && !notVictims.has(before.p.ref)) {
        const joined: ActProposal = {
          ...act,
          ...rated('pronoun'),
          person: before.p.name,
          personRef: before.p.ref,
          spans: [...act.spans.filter((sp) => sp !== victim!.s)].sort((a, b) => a.start - b.start),
        };
        if (!seen(joined)) out.push(joined);
      }
      // "… for Khazi and nine months for Hasanov, who ended up with a six-month jail term": an act told in a relative
      // clause is the one name's it hangs on, not its list's.
      const toldAt = length && length.span.start > cue.start ? length.span.start : cue.start;
      // Not when the name closes a plain list ("A and B, who were killed"): the clause is then told of them all.
      const joinedBefore =
        victim !== undefined &&
        listOf(victim, ...victimBounds).some(
          (x) =>
            x.s.end <= victim!.s.start && /^\s*,?\s*(?:and|et|и)?\s*$/iu.test(text.slice(x.s.end, victim!.s.start)),
        );
      const inOwnClause =
        victim !== undefined &&
        !joinedBefore &&
        victim.s.end <= toldAt &&
        RELATIVE_OPEN.test(text.slice(victim.s.end, toldAt));
      if (groupMembers && groupMembers.length > 1 && here >= 0 && !groupAt.has(here)) {
        const at = bounds.findIndex(([a, b]) => victimBounds[0] >= a && victimBounds[0] < b);
        if (at >= 0) groupAt.set(here, { members: groupMembers, at });
      }
      if (victim && !appositive && !inOwnClause && !singleParticiple) {
        const list = how === 'among' || how === 'below' ? members : (groupMembers ?? listOf(victim, ...victimBounds));
        // An act told of a list of three names or more is told of the list as a whole: which of its names stands
        // nearest to the verb says nothing against it, so every name of the list is as sure as the list.
        const wholeList = list.length >= LIST_SURE;
        if (list.length > 1) act.listSize = list.length;
        if (wholeList && !HOW[how].high)
          Object.assign(act, rated(how, `one of ${list.length} names in a list: ${HOW[how].reason}`, LIST_HIGH));
        for (const other of list.slice(1)) {
          // The addressee or a sitting head of state in the list is no victim either.
          if (notVictims.has(other.p.ref) || other.p.roles.some(isSittingLeader)) continue;
          actFor(
            other,
            rated(
              how,
              `one of ${list.length} names in a list: ${HOW[how].reason}`,
              (HOW[how].high || wholeList) && LIST_HIGH,
            ),
          );
        }
      }
    }
  }
  // «И запросила Оршулевичу 10 лет. Суд дал восемь.»: the court's answer to a request is the sentence of the person
  // the request named.
  for (const l of lengths) {
    if (l.about === undefined) continue;
    const [aStart, aEnd] = sentenceAt(bounds, l.about);
    const who = mentions
      .filter(({ s }) => s.start >= aStart && s.end <= aEnd)
      .sort((a, b) => Math.abs(a.s.start - l.about!) - Math.abs(b.s.start - l.about!))[0];
    if (!who) continue;
    const [sStart, sEnd] = sentenceAt(bounds, l.span.start);
    out.push(
      sentenceAct(who.p, [who.s, l.span], l, text.slice(sStart, sEnd), places, sStart, sEnd, country, rated('request')),
    );
  }
  const sentenceOf = (at: number) => sentenceAt(bounds, at)[0];
  return withoutServedPrison(
    verdictDate(
      leadLength(
        eachLength(fineInSentence(oneExtradition(mergeRepeated(datedByGroup(out, groupTold))), sentenceOf), text),
      ),
      text,
    ),
  )
    .map(ratedByDetail)
    .sort((a, b) => a.spans[0]!.start - b.spans[0]!.start)
    .map((a, i) => ({ ...a, ref: `act-${i + 1}` }));
}

// Words that tell of someone's prison only as a state to end: "the release of X", "the imprisonment of X".
const PRISON_STATE = /^(?:release\s+of|imprisonment\s+of|libération|освобожд)/iu;

/**
 * "A court sentenced two journalists and seven protesters to three years in prison each … The others sentenced were A, B
 * …": the one length a group received "each", told before, is that of the members' sentences the text names without
 * one.
 */
/**
 * "A military court has sentenced a journalist to 10 years … a court sentenced Ahmed A. on Monday": a length told of no
 * one named is that of the one sentence the text tells of a named person without a length, when no named sentence has
 * a length of its own.
 */
function leadLength(acts: ActProposal[]): ActProposal[] {
  const unnamed = acts.filter((a) => a.kind === 'sentence' && a.personRef === null && a.sentenceMonths !== null);
  const named = acts.filter((a) => a.kind === 'sentence' && a.personRef !== null);
  if (new Set(unnamed.map((a) => a.sentenceMonths)).size !== 1 || named.some((a) => a.sentenceMonths !== null))
    return acts;
  if (new Set(named.map((a) => a.personRef)).size !== 1) return acts;
  const g = unnamed[0]!;
  return acts.map((a) =>
    named.includes(a) && a.spans[0]!.start > g.spans[0]!.start
      ? { ...a, sentenceMonths: g.sentenceMonths, sentenceMonthsMax: g.sentenceMonthsMax ?? null }
      : a,
  );
}

function eachLength(acts: ActProposal[], text: string): ActProposal[] {
  const group = acts.filter(
    (a) =>
      a.kind === 'sentence' &&
      // Told of the group, or of the members its noun was found to stand for ("two journalists": A and B).
      (a.personRef === null || a.confidenceReason === HOW.groupNoun.reason) &&
      a.sentenceMonths !== null &&
      EACH.test(text.slice(a.spans[0]!.start, a.spans.at(-1)!.end + 40)),
  );
  if (new Set(group.map((a) => a.sentenceMonths)).size !== 1) return acts;
  const g = group[0]!;
  return acts.map((a) =>
    a.kind === 'sentence' && a.personRef !== null && a.sentenceMonths === null && a.spans[0]!.start > g.spans[0]!.start
      ? { ...a, sentenceMonths: g.sentenceMonths, sentenceMonthsMax: g.sentenceMonthsMax, confidence: 'low' }
      : a,
  );
}
const EACH = /(?<![\p{L}])(?:each|chacun|chacune|каждому|каждый|каждая)(?![\p{L}])/iu;

/**
 * "sentenced on 25 April to seven years in prison and a travel ban of the same length", « … et à une amende »: a travel
 * ban or a fine handed down with a dated sentence, joined to its length by "and", has the verdict's date.
 */
function verdictDate(acts: ActProposal[], text: string): ActProposal[] {
  return acts.map((a) => {
    if (a.date !== null || (a.kind !== 'travel_ban' && a.kind !== 'fine') || a.personRef === null) return a;
    const cue = a.spans.find((sp) => TRAVEL_BAN_OR_FINE.test(sp.text));
    const verdict = acts.find(
      (v) =>
        v.kind === 'sentence' &&
        v.personRef === a.personRef &&
        v.date !== null &&
        v.lengthSpan !== null &&
        cue !== undefined &&
        cue.start > v.lengthSpan.end &&
        JOINED_TO_LENGTH.test(text.slice(v.lengthSpan.end, cue.start)),
    );
    return verdict ? { ...a, date: verdict.date } : a;
  });
}
const TRAVEL_BAN_OR_FINE = /travel|ban|interdiction|запрет|fine|amende|штраф/iu;
// "sentenced to 10 years in prison, 1.000 lashes, a 10 year travel ban, a fine …", "… followed by a 15-year travel
// ban and a fine": the bans and fines of a list after the length.
const JOINED_TO_LENGTH =
  /^(?:[^.;:!?]|\.(?=\d)){0,80}?(?:\s(?:and|et|и)|,|\s(?:followed\s+by|suivie?s?\s+d['’]?|assortie?s?\s+d['’]?))\s*(?:(?:a|an|à\s+une?|une?)\s+)?(?:\d+[\s-]*(?:years?|ans?|лет|года?)\s+)?$/iu;

/**
 * "calls for the release of Gigi U., sentenced to three years and two months": the prison a sentence of a known length
 * put someone in is that sentence, not a detention of its own, when nothing else dates or places it.
 */
function withoutServedPrison(acts: ActProposal[]): ActProposal[] {
  const sentenced = new Set(
    acts.filter((a) => a.kind === 'sentence' && a.sentenceMonths !== null && a.personRef).map((a) => a.personRef),
  );
  return acts.filter(
    (a) =>
      !(
        a.kind === 'detention' &&
        a.date === null &&
        a.personRef !== null &&
        sentenced.has(a.personRef) &&
        a.spans.some((sp) => PRISON_STATE.test(sp.text)) &&
        a.spans.every(
          (sp) => PRISON_STATE.test(sp.text) || !/prison|detention|custody|détention|заключени|страж/iu.test(sp.text),
        )
      ),
  );
}

export { HOW, isSittingLeader, type How };
