// How acts reach the people a sentence stands for without naming them in full: a given name or a Russian surname
// alone, a group noun ("the journalists", « les quatre responsables »), the list after "among them" or the one a sentence
// points to ("including the following:"), a pronoun joined to a list; and the names that are never a victim (the one speaking, the one killed).
import { foldText } from '../text/fold.ts';
import { GIVEN_NAMES } from './gazetteer.ts';
import { ruStem } from './tokens.ts';
import { spanOf, type PersonProposal, type Span } from './types.ts';

// The words before the name of someone killed: "the murder of", « les meurtres du général … et de », «убийство».
export const CRIME_OF =
  /(?<![\p{L}])(?:murders?|killings?|assassination|meurtres?|assassinats?|убийств\p{L}*)\s+(?:of|du|de|des|d['’])\s+(?:[^,.;:]{0,40}?\s+(?:and|et)\s+(?:of\s+|de\s+|du\s+)?)?(?:[\p{L}’'-]+\s+){0,2}$/iu;
// A sentence that names the members of a group told of just before: «Среди них …», "Among them …", « Parmi eux … »,
// « Il s'agit notamment de … », "These include …".
export const AMONG_THEM =
  /^\s*(?:among\s+(?:them|those)|these\s+include|they\s+include|среди\s+(?:них|задержанных|арестованных)|в\s+том\s+числе|речь\s+идет\s+о|parmi\s+(?:eux|elles|lesquels|lesquelles|ces\s+\p{L}+)|il\s+s['’]agit\s+(?:notamment\s+|entre\s+autres\s+|en\s+particulier\s+)?d(?:e|u|es|['’]))(?![\p{L}])/iu;
// A sentence that points to a list set out after it: "including the following:", "the 7 persons listed below are
// imprisoned", « les personnes citées ci-dessous », «перечисленные ниже».
export const POINTS_BELOW =
  /(?:(?:listed|named|mentioned|cited)\s+below|the\s+following(?:\s+[\p{L}-]+){0,3}\s*:|:\s*$|ci-dessous|(?:suivant(?:e)?s|ci-après)\s*:|ниже|следующ\p{L}*\s*:)/iu;
// What a line of such a list may hold besides its names: honorifics, bullets, commas, "and", and a role in lower case
// after the name's comma ("- Ihar L., blogueur et consultant média").
// «Сапар А. – сотрудник редакции Temirov LIVE;»: a role after a dash may hold anything.
const LIST_LINE_REST =
  /^(?:\s|[,;.:–—•*-]|(?<![\p{L}])(?:and|et|и|Mr|Mrs|Ms|Dr|Mme|M|г-н|г-жа)(?![\p{L}]))*(?:,\s*\p{Ll}[\p{Ll}\s'’-]*|\s+[–—]\s+\p{Ll}[^\n]*)?$/u;

/**
 * The names of the list set out after a sentence that points to it: lines that hold nothing but names (one a line,
 * "Mr. A" under "Mr. B", or several joined by commas and "and" on one line), read from the sentence `from` on until a
 * line of prose. `lineList` gives the list a name heads within its line.
 */
export function namesBelow<M extends { s: Span }>(
  text: string,
  bounds: readonly [number, number][],
  from: number,
  mentionsIn: (a: number, b: number) => readonly M[],
  lineList: (first: M, a: number, b: number) => readonly M[],
): { names: M[]; bounds: [number, number] } {
  const names: M[] = [];
  let last: [number, number] = bounds[from] ?? [0, 0];
  for (let k = from; k < bounds.length; k++) {
    const [a, b] = bounds[k]!;
    const here = [...mentionsIn(a, b)].sort((x, y) => x.s.start - y.s.start);
    if (!here.length) break;
    const list = [...lineList(here[0]!, a, b)].sort((x, y) => x.s.start - y.s.start);
    // Lines ending in «;» run into one sentence («A – сотрудник;» / «B – журналист;»): each line is read on its own.
    // The name that opens each line, and the names listed with it (not one named in a role after a dash).
    const lines = text.slice(a, b).split('\n');
    const each: M[] = [];
    let ok = true;
    let at = a;
    for (const line of lines.length > 1 ? lines : [text.slice(a, b)]) {
      const first = here.find((x) => x.s.start >= at && x.s.end <= at + line.length);
      const onLine = lines.length > 1 ? (first ? lineList(first, at, at + line.length) : []) : list;
      let rest = line;
      for (const x of [...onLine].sort((p, q) => q.s.start - p.s.start))
        rest = rest.slice(0, x.s.start - at) + rest.slice(x.s.end - at);
      if ((lines.length > 1 && !onLine.length && line.trim()) || !LIST_LINE_REST.test(rest)) ok = false;
      each.push(...onLine);
      at += line.length + 1;
    }
    if (!ok) break;
    names.push(...each);
    last = [bounds[from]![0], b];
  }
  return { names, bounds: last };
}

// A pronoun joined to the list that follows it: « elle et son mari, A », "he and B", «она и В».
export const PRONOUN_AND =
  /(?:^|[,;:]\s*|\s)(?:he|she|il|elle|он|она)\s+(?:and|et|и)\s+(?:(?:his|her|son|sa|его|её|ее)\s+[\p{L}-]+\s*,?\s*)?$/iu;
// A group of people as the subject, with an article or a number: "the human rights activists", "Three members of the
// team", « les quatre principaux responsables », «эти журналисты».
export const GROUP_NOUN =
  /(?<![\p{L}\d])(?:(the|these|those|both|les|ces|эти|оба|обе|все|всех|всем)\s+)?(?:(\d{1,3}(?![\d.,:])|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|двое|трое|четверо|пятеро|двух|тр[её]х|четыр[её]х|пят[ьи]|шест[ьи]|сем[ьи]|восемь|восьми|девят[ьи]|десят[ьи])\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:journalists|activists|defenders|bloggers|lawyers|members|brothers|sisters|opponents|prisoners|men|women|people|persons|defendants|detainees|hommes|femmes|personnes|journalistes|activistes|militants|militantes|défenseurs|défenseuses|opposants|responsables|membres|avocats|blogueurs|frères|prévenus|détenus|журналист\p{L}*|активист\p{L}*|правозащитник\p{L}*|адвокат\p{L}*|блогер\p{L}*|оппозиционер\p{L}*|обвиняем(?:ых|ые|ым)|подсудим(?:ых|ые|ым)|фигурант(?:ов|ы|ам)|арестованн(?:ые|ых|ым)|задержанн(?:ые|ых|ым)|осужд[её]нн(?:ые|ых|ым)|мужчин(?:ы|ам)?|женщин(?:ы|ам)?|человек)(?![\p{L}])/iu;
// "The eleven are being held", « les trois ont été … »: a number with an article and a verb after it, no noun.
export const THE_COUNT =
  /(?<![\p{L}])(the|these|those|les|ces)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\s+(?:are|were|have|had|remain(?:s|ed)?|sont|ont|étaient|avaient|restent|demeurent)(?![\p{L}])/iu;
// "the defendants", «обвиняемых», « les prévenus »: the people of a trial, named before, with or without an article.
export const DEFENDANTS =
  /(?<![\p{L}])(?:defendants|detainees|prévenus|détenus|обвиняем\p{L}*|подсудим\p{L}*|фигурант\p{L}*|арестованн\p{L}*|задержанн\p{L}*|осужд[её]нн\p{L}*)$/iu;
// "all three were convicted", « tous les quatre », «все трое»: a number of people as the subject, with no noun.
export const GROUP_ALL =
  /(?<![\p{L}])(all|both|tous\s+les|toutes\s+les|все|всех|всем)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|двое|трое|четверо|пятеро|шестеро|двоих|троих|четверых|пятерых|шестерых|двоим|троим|четверым|пятерым|шестерым)(?![\p{L}])(?!\s+(?:of\s+)?(?:the\s+)?\p{L}+s(?![\p{L}]))/iu;
const COUNTS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  onze: 11,
  douze: 12,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  двое: 2,
  трое: 3,
  четверо: 4,
  пятеро: 5,
  шестеро: 6,
  двоих: 2,
  троих: 3,
  четверых: 4,
  пятерых: 5,
  шестерых: 6,
  двоим: 2,
  троим: 3,
  четверым: 4,
  пятерым: 5,
  шестерым: 6,
  двух: 2,
  трёх: 3,
  трех: 3,
  четырёх: 4,
  четырех: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
  семь: 7,
  семи: 7,
  восемь: 8,
  восьми: 8,
  девять: 9,
  девяти: 9,
  десять: 10,
  десяти: 10,
};
/** The number words `countOf` reads, as alternatives of a pattern. */
export const COUNT_WORDS = Object.keys(COUNTS).join('|');
/** The number a group gives ("three", «трое», "4"), if any. */
export function countOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  return /^\d+$/u.test(word) ? Number(word) : COUNTS[word.toLowerCase()];
}

// Words after which a name is the one speaking.
export const SPEAKER_BEFORE =
  /(?<![\p{L}])(?:said|says|told|stated|added|according\s+to|сказал\p{L}*|заявил\p{L}*|отметил\p{L}*|добавил\p{L}*|по\s+словам|a\s+déclaré|a\s+dit|a\s+indiqué|a\s+ajouté|selon|dénonce|déclare)\s*$/iu;
// « », a dénoncé M. X », « a écrit sur X le rédacteur en chef, Y », "said the group's director, Z": after a verb of
// speaking in lower case, an honorific, the network the words were posted on and a role of a few lower-case words may
// stand before the name (case-sensitive, so that a body's capitalised name is no role: « Selon l’agence Belta, A … »).
export const SPEAKER_ROLE_BEFORE =
  /(?<![\p{L}])(?:said|says|told|stated|added|wrote|tweeted|написал\p{L}*|заявил\p{L}*|a\s+(?:déclaré|dit|indiqué|ajouté|dénoncé|réagi|écrit|affirmé|souligné|estimé|expliqué|assuré|rappelé|précisé|déploré|commenté))(?:\s+(?:sur|on)\s+(?:X|Twitter|Facebook|Telegram|Instagram))?(?:\s+(?:the|le|la|l['’]|son|sa|its|his|her)\s*(?:[\p{Ll}-]+\s+){0,4}?[\p{Ll}-]+\s*,?)?(?:\s+(?:M|Mme|Mr|Mrs|Ms|Dr)\.?)?\s*$/u;

/**
 * The judge who gives the verdict ("Judge Z. Sulaimanov", «судья Ернар К.», «по словам судьи Ибрагима А.», « le juge X »,
 * «судья Гомельского областного суда Николай Д.») is never the victim of the sentence told beside the name.
 */
export const JUDGE_BEFORE =
  /(?<![\p{L}])(?:(?:judge|justice|судь[яиюе]|судьёй|судьей|председательствующ\p{L}*|juge|magistrat|présidente?\s+du\s+tribunal)|(?:судь[яиюе]|судьёй|судьей)\s+(?:[\p{L}-]+\s+){0,4}суда|judge\s+(?:of|at)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}court|juge\s+(?:du|de\s+la)\s+(?:[\p{L}-]+\s+){0,4}(?:tribunal|cour))\s*$/iu;

/** The last word of a name folded for comparing Russian forms: «Беляцкий» and «Беляцкого» give the same key. */
const surnameKey = (word: string) => ruStem(foldText(word)).replace(/и$/u, '');

/**
 * «Беляцкий арестован …» after «Алеся Беляцкого»: a Russian surname written alone, in another case than the full name's,
 * where the text names the person in full — when no other person of the text has that surname and no capitalised word stands beside it.
 */
export function surnameMentions(text: string, persons: readonly PersonProposal[]): { p: PersonProposal; s: Span }[] {
  const bySurname = new Map<string, PersonProposal[]>();
  for (const p of persons) {
    const words = p.name.split(/\s+/u);
    const last = words.at(-1)!;
    if (words.length < 2 || !/^[А-ЯЁ][а-яё]{3,}$/u.test(last)) continue;
    const key = surnameKey(last);
    bySurname.set(key, [...(bySurname.get(key) ?? []), p]);
  }
  const out: { p: PersonProposal; s: Span }[] = [];
  for (const m of text.matchAll(/(?<![\p{L}.-])[А-ЯЁ][а-яё]{3,}(?![\p{L}-])/gu)) {
    const ps = bySurname.get(surnameKey(m[0]));
    if (!ps || ps.length !== 1) continue;
    const p = ps[0]!;
    const end = m.index + m[0].length;
    if (p.spans.some((s) => m.index < s.end && end > s.start)) continue;
    if (
      /\p{Lu}\p{L}*\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index)) ||
      /^\s+\p{Lu}/u.test(text.slice(end, end + 3))
    )
      continue;
    out.push({ p, s: spanOf(text, m.index, end) });
  }
  return out;
}

/**
 * «Leyla et Arif restent en détention»: a known given name written alone, where the text names the person in full, is
 * that person — when no other person of the text has that given name and the word is not the start of a longer name.
 */
export function givenNameMentions(text: string, persons: readonly PersonProposal[]): { p: PersonProposal; s: Span }[] {
  const byGiven = new Map<string, PersonProposal[]>();
  // The word a name starts with, though the list of given names lacks it ("Temerat, who has been detained …" after
  // "Temerat Negara"), when it is written alone before a clause of its own: a comma, or a verb in lower case.
  const unknown = new Set<string>();
  for (const p of persons) {
    const words = p.name.split(/\s+/u);
    if (words.length < 2 || !/^\p{Lu}\p{Ll}{2,}$/u.test(words[0]!)) continue;
    if (!GIVEN_NAMES.has(foldText(words[0]!))) {
      if (!/^[A-Z][a-z]{3,}$/u.test(words[0]!) || words.length > 3) continue;
      unknown.add(words[0]!);
    }
    byGiven.set(words[0]!, [...(byGiven.get(words[0]!) ?? []), p]);
  }
  const out: { p: PersonProposal; s: Span }[] = [];
  for (const [given, ps] of byGiven) {
    if (ps.length !== 1) continue;
    const p = ps[0]!;
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${given}(?![\\p{L}])(?!\\s+\\p{Lu})`, 'gu'))) {
      // «(о. Николай)»: a given name in brackets is another name of someone else, not this person.
      if (/\([^()]*$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (p.spans.some((s) => m.index >= s.start && m.index < s.end)) continue;
      if (
        unknown.has(given) &&
        !/^(?:,\s*(?:who|a|an|the)\s|\s+(?:has|had|was|is|remains|and)\s)/u.test(text.slice(m.index + given.length))
      )
        continue;
      out.push({ p, s: spanOf(text, m.index, m.index + given.length) });
    }
  }
  return out;
}

/** One person's role, in the singular: "journalist", "editor", « avocate », «журналист». */
const ROLE =
  '(?:journalist|editor|activist|blogger|lawyer|poet|writer|reporter|correspondent|dissident|opposition\\s+(?:politician|figure|leader)|(?:human\\s+)?rights\\s+(?:defender|activist)|journaliste|rédact(?:eur|rice)|militante?|avocate?|blogueu(?:r|se)|opposante?|défenseu(?:r|se)|poète|écrivaine?|correspondante?|dissidente?|журналист\\p{L}*|активист\\p{L}*|блогер\\p{L}*|адвокат\\p{L}*|правозащитни\\p{L}*|оппозиционер\\p{L}*|редактор\\p{L}*|корреспондент\\p{L}*|поэт\\p{L}*|писател\\p{L}*)';

/**
 * "The activist was arrested …", « Le journaliste a été … », «Журналиста обвиняют …»: a role with a definite article
 * (a Russian one opening the sentence) as the subject, which names the one person the text spoke of before.
 */
export const ROLE_DEFINITE = new RegExp(
  `^[\\s\\p{P}]*(?:(?:the|this|le|la|l['’]|ce|cet|cette)\\s+(?:[\\p{L}-]+\\s+){0,2}?)?${ROLE}(?![\\p{L}])`,
  'iu',
);

/**
 * "The editor of the independent Khural daily has been jailed …", « Un journaliste … et une avocate … ont été
 * condamnés »: each role with an article in a subject naming nobody, counted to match the names of the next sentence.
 */
export const ROLE_WITH_ARTICLE = new RegExp(
  `(?<![\\p{L}])(?:the|an?|un|une|le|la|l['’])\\s+(?:[\\p{L}-]+\\s+){0,2}?${ROLE}(?![\\p{L}])`,
  'giu',
);
