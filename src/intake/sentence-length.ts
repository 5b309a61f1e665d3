// Lengths of sentences as written in English, Russian and French, in whole months:
// "7.5 years" → 90, "5 years' imprisonment" → 60, "семь с половиной лет" → 90, "12 ans" → 144, "полтора года" → 18.
import { yearsToMonths } from '../domain/sentence.ts';
import { spanOf, type Span } from './types.ts';

// Number words in every form a sentence length takes (Russian numerals change with case: пять, пяти, пятью).
const WORDS: Record<string, number> = {};
const add = (n: number, ...forms: string[]) => forms.forEach((f) => (WORDS[f] = n));
add(1, 'one', 'a', 'an', 'un', 'une', 'один', 'одного', 'одному', 'одним', 'одна', 'одной', 'год');
add(2, 'two', 'deux', 'два', 'двух', 'двум', 'двумя');
add(3, 'three', 'trois', 'три', 'трёх', 'трех', 'трём', 'трем', 'тремя');
add(4, 'four', 'quatre', 'четыре', 'четырёх', 'четырех', 'четырём', 'четырем', 'четырьмя');
const RU_STEMS: [number, string][] = [
  [5, 'пят'],
  [6, 'шест'],
  [7, 'сем'],
  [8, 'восем'],
  [9, 'девят'],
  [10, 'десят'],
  [11, 'одиннадцат'],
  [12, 'двенадцат'],
  [13, 'тринадцат'],
  [14, 'четырнадцат'],
  [15, 'пятнадцат'],
  [16, 'шестнадцат'],
  [17, 'семнадцат'],
  [18, 'восемнадцат'],
  [19, 'девятнадцат'],
  [20, 'двадцат'],
  [30, 'тридцат'],
];
for (const [n, stem] of RU_STEMS) add(n, `${stem}ь`, `${stem}и`, `${stem}ью`);
add(8, 'восьми', 'восемью');
add(5, 'five', 'cinq');
add(6, 'six');
add(7, 'seven', 'sept');
add(8, 'eight', 'huit');
add(9, 'nine', 'neuf');
add(10, 'ten', 'dix');
add(11, 'eleven', 'onze');
add(12, 'twelve', 'douze');
add(13, 'thirteen', 'treize');
add(14, 'fourteen', 'quatorze');
add(15, 'fifteen', 'quinze');
add(16, 'sixteen', 'seize');
add(17, 'seventeen', 'dix-sept');
add(18, 'eighteen', 'dix-huit');
add(19, 'nineteen', 'dix-neuf');
add(20, 'twenty', 'vingt');
add(25, 'twenty-five', 'vingt-cinq');
add(30, 'thirty', 'trente');

const NUMBER_WORDS = Object.keys(WORDS)
  .filter((w) => w !== 'год')
  .sort((a, b) => b.length - a.length)
  .join('|');
const NUM = `(\\d+(?:[.,]\\d+)?(?:\\s*½|\\s+1/2)?|${NUMBER_WORDS})`;
const HALF_BEFORE = '(?:\\s+(?:and\\s+a\\s+half|с\\s+половиной))?';
const YEARS = "(years?|yrs?|год(?:а|у|ом|ам|ами)?|лет|ans?|année?s?)(?:['’]|s['’])?";
const HALF_AFTER = '(?:\\s+et\\s+demi(?:e)?)?';
// "5 years and 9 months", «10 годам 1 месяцу» (no «и»), "7 ans et 6 mois".
const MONTHS_TAIL = `(?:,?\\s+(?:(?:and|и|et)\\s+)?${NUM.replace('(', '(?:')}\\s+(?:months?|месяц(?:а|ев|ам|у|ем)?|mois))?`;
// « il y a six mois », like "six months ago": a time past, not a length.
const L = '(?<![\\p{L}\\d.,])(?<!il\\s+y\\s+a\\s+)';
// "three years ago", «три года назад»: a time past, not a length.
const R = '(?![\\p{L}\\d])(?!\\s+(?:ago|earlier|назад|тому\\s+назад|auparavant|plus\\s+tôt)(?![\\p{L}]))';

// "to over 2 years", «более двух лет», « plus de deux ans »: a bound, not the length; the length itself is often told
// beside it ("2 years, 9 months, 22 days").
const BOUND = '(?<!(?:over|more\\s+than|at\\s+least|plus\\s+de|au\\s+moins|более|свыше|больше)\\s+)';
const YEARS_RE = new RegExp(
  `${L}${BOUND}${NUM}${HALF_BEFORE}\\s*(?:-\\s*)?${YEARS}${HALF_AFTER}${MONTHS_TAIL}${R}`,
  'giu',
);
const MONTHS_RE = new RegExp(`${L}${NUM}\\s*(?:-\\s*)?(months?|месяц(?:а|ев|ам)?|mois)${R}`, 'giu');
// "3 to 6 years", «от трёх до шести лет», "de 3 à 6 ans", "3–6 years": a range shared by several people.
const RANGE_RE = new RegExp(`${L}(?:(?:from|от|de)\\s+)?${NUM}\\s*(?:to|-|–|—|до|à)\\s*${NUM}\\s*${YEARS}${R}`, 'giu');
const ONE_AND_HALF_RE =
  /(?<![\p{L}])(полтора\s+года|полутора\s+лет|полутора\s+годам|a\s+year\s+and\s+a\s+half|one\s+and\s+a\s+half\s+years|un\s+an\s+et\s+demi)(?![\p{L}])/giu;

/** A length found in the text. */
export interface LengthMention {
  span: Span;
  /** The length, or the shortest of a range. */
  months: number;
  /** The longest of a range ("3 to 6 years" → 72), absent for one length. */
  maxMonths?: number;
  /** For a court's answer to a request ("The court gave eight."): where the request was, which names the person. */
  about?: number;
}

// « mort à l'âge de 57 ans », "aged 57", "57 years old", «в возрасте 57 лет»: a person's age, not a length.
const AGE_BEFORE = /(?:âge\s+de|âgée?s?\s+de|aged|age\s+of|в\s+возрасте)\s*$/iu;
const AGE_AFTER = /^\s*(?:-\s*)?old(?![\p{L}])/iu;

// « Roberto P., 38 ans, à … », «Иван П., 35 лет,», « … Roberto P., 38 ans. »: a figure set off by a comma right after a
// name, closed by a comma, a bracket or the sentence's end, is the person's age.
const AFTER_NAME = /\p{Lu}\p{Ll}+\s*,\s*$/u;

function isAge(text: string, start: number, end: number): boolean {
  return (
    AGE_BEFORE.test(text.slice(Math.max(0, start - 20), start)) ||
    AGE_AFTER.test(text.slice(end, end + 8)) ||
    (AFTER_NAME.test(text.slice(Math.max(0, start - 30), start)) &&
      /^\s*(?:[,);]|\.(?:\s|$))/u.test(text.slice(end, end + 3)))
  );
}

/** The value of a number as written: digits (7.5, 7,5), "7½", "7 1/2" or a word in any of the three languages. */
export function numberValue(text: string): number | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/(?<=\d)1\/2$/u, '½');
  if (/^\d+(?:[.,]\d+)?½?$/.test(t)) return Number(t.replace('½', '').replace(',', '.')) + (t.endsWith('½') ? 0.5 : 0);
  return WORDS[t];
}

/** Reads one length ("7.5 years", "семь с половиной лет", "douze ans", "18 months") into whole months. */
export function parseLength(text: string): number | undefined {
  return findLengths(text)[0]?.months;
}

/** Every length of time counted in years or months in the text, with its months. */
export function findLengths(text: string): LengthMention[] {
  const out: LengthMention[] = [];
  const taken: [number, number][] = [];
  const push = (start: number, end: number, months: number | undefined, maxMonths?: number) => {
    if (months === undefined || taken.some(([a, b]) => start < b && end > a)) return;
    taken.push([start, end]);
    out.push({
      span: spanOf(text, start, end),
      months,
      ...(maxMonths !== undefined && maxMonths > months ? { maxMonths } : {}),
    });
  };
  for (const m of text.matchAll(RANGE_RE)) {
    const [low, high] = [numberValue(m[1]!), numberValue(m[2]!)].map((n) =>
      n === undefined ? undefined : yearsToMonths(n),
    );
    if (low !== undefined && high !== undefined && high > low) push(m.index, m.index + m[0].length, low, high);
  }
  for (const m of text.matchAll(ONE_AND_HALF_RE)) push(m.index, m.index + m[0].length, 18);
  for (const m of text.matchAll(YEARS_RE)) {
    const whole = m[0].toLowerCase();
    let years = numberValue(m[1]!);
    // «осуждённого в 2006 году», "in 2019": a calendar year is not a length (no sentence runs to a hundred years).
    if (years === undefined || years >= 100 || isAge(text, m.index, m.index + m[0].length)) continue;
    if (/and\s+a\s+half|с\s+половиной|et\s+demi/.test(whole)) years += 0.5;
    let months = yearsToMonths(years);
    // "5 years and 9 months", «10 годам 1 месяцу», "2 years, 9 months, 22 days".
    const tail = /(?:(?:and|и|et)\s+|(?<=\p{L}),?\s+)(\S+)\s+(?:months?|месяц|mois)/u.exec(whole);
    if (months !== undefined && tail) {
      const extra = numberValue(tail[1]!);
      months = extra === undefined ? undefined : months + extra;
    }
    push(m.index, m.index + m[0].length, months);
  }
  for (const m of text.matchAll(MONTHS_RE)) {
    const n = numberValue(m[1]!);
    push(m.index, m.index + m[0].length, n !== undefined && Number.isInteger(n) ? n : undefined);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
