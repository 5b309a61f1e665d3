// The shapes of organisation names in documents: words that join or start them, quoted names after a head noun, names
// after a media noun or a role, web domains, and the words a bracketed abbreviation spells.
import { foldText } from '../text/fold.ts';

export const CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'and',
  'on',
  'to',
  'with',
  'in',
  'de',
  'du',
  'des',
  'la',
  'le',
  'pour',
  'et',
  'по',
  'за',
  'и',
]);
const HEAD_WORDS = [
  'party',
  'movement',
  'group',
  'newspaper',
  'organisation',
  'organization',
  'foundation',
  'fund',
  'union',
  'association',
  'партия',
  'партии',
  'движение',
  'движения',
  'организация',
  'газета',
  'газеты',
  'фонд',
  'фонда',
  'союз',
  'союза',
  'центр',
  'центра',
  'ассоциация',
  'ассоциации',
  'parti',
  'mouvement',
  'groupe',
  'journal',
  'association',
];
// No i flag: it would let \p{Lu} match lower case too; head words are listed with and without their capital instead.
export const QUOTED = new RegExp(
  `(?:^|[^\\p{L}])((?:\\p{Lu}[\\p{L}-]*\\s+)*)(?:(${HEAD_WORDS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).join('|')})((?:\\s+\\p{Ll}[\\p{L}’'-]*){0,2}))?\\s*(?:«\\s*([^»\\n]{2,80}?)\\s*»|[‘“"„]\\s*([^’”»"\\n]{2,80}?)\\s*[’”»"]|(?<=\\s)'(\\p{Lu}[^'\\n]{1,60}?)'(?![\\p{L}]))`,
  'gu',
);
// "Union of Independent Journalists of Kazakhstan (UIJK)": capitals in brackets right after a name abbreviate it.
export const ABBREVIATION = /^\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/u;
export const UNQUOTED =
  /(?<![\p{L}])(party|parti|партия|партии|movement|mouvement|движение|движения)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})/gu;
// "the newspaper Azadlyg", "news websites Xeberman and Press-az", «организации Article 19»: a media or organisation noun
// before a name in Latin letters, without quotes (one or two names joined by "and").
// Each word starts with a Latin capital and ends the word: «газеты Мамедова» gives no name «М».
const LATIN_NAME = String.raw`(?=\p{Script=Latin})\p{Lu}[\p{Script=Latin}\p{N}.-]*(?![\p{L}])(?:\s+(?:(?=\p{Script=Latin})\p{Lu}[\p{Script=Latin}.-]*(?![\p{L}])|\d+)){0,3}`;
export const MEDIA_UNQUOTED = new RegExp(
  String.raw`(?<![\p{L}])(newspapers?|weekly|magazines?|websites?|news\s+sites?|sites?|outlets?|channels?|agency|газет\p{L}*|журнал\p{L}*|сайт\p{L}*|издани\p{L}*|организаци\p{L}*|agence|hebdomadaire|quotidien|site)\s+(${LATIN_NAME})(?:\s+(?:and|и|et)\s+(${LATIN_NAME}))?`,
  'gu',
);
// A role in an organisation right before a quoted name or a capitalised one: «глава "Вымпелкома"», "founder of Ulys",
// « anciens dirigeants de Ioukos ».
const ROLE_WORDS_ORG = String.raw`(?:глав[аеуы]|руководител\p{L}*|директор\p{L}*|председател\p{L}*|основател\p{L}*|владел\p{L}*|редактор\p{L}*|сотрудни\p{L}*|head|director|leader|founder|editor|chair(?:man|woman|person)?|owner|executives?|employees?|dirigeante?s?|directeur|directrice|fondat\p{L}*|propriétaire|rédact\p{L}*|employée?s?)`;
// «Правозащитники из «Бир Дуйно»», "activists of ‘Oyan, Qazaqstan’": people of a body, the quoted name after "of" or «из».
export const MEMBER_WORDS = String.raw`(?:правозащитник\p{L}*|активист\p{L}*|юрист\p{L}*|член(?:ы|ов|ам)?|members?|activists?|lawyers?|membres?|militante?s?)`;
export const ROLE_BEFORE_QUOTE = new RegExp(
  String.raw`(?<![\p{L}])(?:${ROLE_WORDS_ORG}(?:\s+(?:of|of\s+the|de|du|de\s+la|des|d['’]))?|${MEMBER_WORDS}\s+(?:of|of\s+the|from|de|du|de\s+la|des|d['’]|из))\s*[‘“«"„']$`,
  'iu',
);
export const ROLE_OF_NAME = new RegExp(
  String.raw`(?<![\p{L}])${ROLE_WORDS_ORG}\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’])?|du\s+|d['’])?(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,2})`,
  'gu',
);
// "Kasparov.ru", «Каспаров.Ru»: a capitalised name with a web domain is a media outlet.
export const DOMAIN_NAME =
  /(?<![\p{L}\p{N}@/.])(\p{Lu}[\p{L}\p{N}-]*\.(?:[rR][uU]|[kK][zZ]|[bB][yY]|[aA][zZ]|[uU][aA]|[kK][gG]|[uU][zZ]|[cC]om|[oO]rg|[nN]et|[iI]nfo|[iI][oO]))(?![\p{L}\p{N}])/gu;
// Words between the capitalised words of one name, and the joins that end it ("X and the Y" are two names).
export const ARTICLES = new Set(['the', 'la', 'le', 'les']);
export const JOINS = new Set(['and', 'et', 'и']);
// A role before "of" at the start of a run of capitals: the person's, not the name's ("Head of the … Group").
export const ROLE_LEAD = new RegExp(
  String.raw`^(?:${ROLE_WORDS_ORG.slice(3, -1)}|members?|coordinators?|president|secretary|spokes(?:man|woman|person)|membres?|coordinat\p{L}*|président\p{L}*|secrétaire|член\p{L}*|координатор\p{L}*|президент\p{L}*|секретар\p{L}*)$`,
  'iu',
);
// Words at the start of a run of capitals that are not part of a name: a sentence's first conjunction, a salutation.
export const LEAD_STOP = new Set([
  'dear',
  'but',
  'and',
  'however',
  'но',
  'и',
  'а',
  'однако',
  'mais',
  'et',
  'cher',
  'chere',
]);
// Words a bracketed abbreviation skips when its letters are matched to the name before it.
const ABBREVIATION_SKIPS = new Set([
  ...CONNECTORS,
  'a',
  'an',
  'at',
  'sur',
  'les',
  'en',
  'aux',
  'au',
  'в',
  'на',
  'при',
  'о',
  'об',
  'против',
]);
// "Institut pour la paix et la démocratie (IPD)", «Балтийского авангарда русского сопротивления» (БАРС): an abbreviation
// in brackets whose letters start the words before it names an organisation of those words.
export const BRACKETED = /\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/gu;

/** The name a bracketed abbreviation stands for: the words before it whose first letters spell it, or null. */
export function abbreviatedName(text: string, at: number, abbreviation: string): [number, number] | null {
  const letters = [...abbreviation.replace(/[^\p{L}]/gu, '').toLowerCase()];
  if (letters.length < 2) return null;
  // The words before it, on its line and in its sentence, quotes aside.
  const from = Math.max(0, at - 220);
  const before = text.slice(from, at);
  const cut = Math.max(before.lastIndexOf('\n'), ...['. ', '; ', '! ', '? ', ': '].map((p) => before.lastIndexOf(p)));
  const words = [...before.slice(cut + 1).matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu)].map((m) => ({
    start: from + cut + 1 + m.index,
    end: from + cut + 1 + m.index + m[0].length,
    raw: m[0],
  }));
  // Matched from the end; a small word may be skipped or give its letter ("Fund for Freedom (FFF)", "droits de l’Homme (DH)").
  const match = (w: number, i: number): number | null => {
    if (i < 0) return null;
    if (w < 0 || words.length - w > letters.length * 3) return null;
    const word = words[w]!;
    if (text.slice(word.end, w === words.length - 1 ? at : words[w + 1]!.start).replace(/[\s«»"“”„‘’]/gu, ''))
      return null;
    // « l’Homme », "d’opposition": the letter after the elided article counts.
    const bare = word.raw.replace(/^[ld][’']/iu, '');
    if (foldText(bare[0]!) === foldText(letters[i]!)) {
      if (i === 0 && /^\p{Lu}/u.test(bare)) return word.start + word.raw.length - bare.length;
      const on = match(w - 1, i - 1);
      if (on !== null) return on;
    }
    return ABBREVIATION_SKIPS.has(foldText(bare)) && i < letters.length - 1 ? match(w - 1, i) : null;
  };
  const start = match(words.length - 1, letters.length - 1);
  return start === null ? null : [start, at];
}
// French adjectives and Russian head nouns that end a capitalised name («Parlement européen», «… группа»).
export const FR_ADJ =
  /^(?:européen|européenne|international|internationale|national|nationale|suprême|constitutionnel(?:le)?)$/iu;
export const RU_HEAD =
  /^(?:групп\p{L}*|парти\p{L}*|движени\p{L}*|комитет\p{L}*|комисси\p{L}*|парламент\p{L}*|фонд\p{L}*|центр\p{L}*|союз\p{L}*|суд|суда|судом|суде|организаци\p{L}*|ассоциаци\p{L}*|служб\p{L}*|министерств\p{L}*|прокуратур\p{L}*)$/u;

// Capitalised words that head titles and places, not organisations ("head of State", "leader of the Opposition").
export const COMMON_CAPITALS =
  /^(?:state|government|republic|opposition|country|nation|board|department|etat|republique|государств\p{L}*|республик\p{L}*|правительств\p{L}*)$/u;

// Courts named by their place and level, which the runs of capitals miss for their lower-case words: «Медеуский районный
// суд № 2 города Алматы», «Суд № 2 Сарыаркинского района», "the Yangiyar city court", « tribunal du district de
// Pervomaïski », « cour d’appel de Bakou ». The first group is the name.
const RU_COURT_LEVEL = String.raw`(?:районн|городск|областн|межрайонн|военн|специализированн|апелляционн|гарнизонн|краев)\p{Ll}*`;
const RU_TOWN = String.raw`(?:\s+(?:города|г\.)\s*\p{Lu}[\p{L}-]+)?`;
export const COURT_NAMES: readonly RegExp[] = [
  new RegExp(
    String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+(?:ск|цк)\p{Ll}{2,3}\s+(?:${RU_COURT_LEVEL}\s+)+суд\p{Ll}*(?:\s*№\s*\d+)?${RU_TOWN})`,
    'gu',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])((?:Суд|суд)\p{Ll}*\s*№\s*\d+\s+\p{Lu}\p{Ll}+(?:ск|цк)\p{Ll}{2,3}\s+район\p{Ll}*${RU_TOWN})`,
    'gu',
  ),
  /(?<![\p{L}])((?!The\s)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:city|district|regional|military|appeals?|provincial|municipal|inter-?district|oblast)\s+[Cc]ourt)(?![\p{L}])/gu,
  /(?<![\p{L}])([Tt]ribunal\s+(?:(?:du|de)\s+district\s+|régional\s+|militaire\s+|municipal\s+|de\s+première\s+instance\s+)?(?:de\s+|d['’]|du\s+)\p{Lu}[\p{L}-]+|[Cc]our\s+d['’]appel\s+(?:de\s+|d['’])\p{Lu}[\p{L}-]+)/gu,
];
