// The one text-folding function of Vigil: the search index and its queries, list filters, duplicate and intake matching
// and pattern rules all compare text through foldText, so two spellings that one of them treats as equal, all of them
// do, slugs included (the slug library then writes the folded text in Latin letters).
// A change here changes stored keys: raise FOLD_VERSION, and the upgrade re-keys every stored key (db/migrations).

/**
 * Kazakh letters folded to the Russian letters that Russified spellings use (Қайратұлы → Кайратулы), plus ё → е and the
 * Ukrainian/Belarusian letters to their nearest Russian ones. Keys are lower-case letters.
 */
export const CYRILLIC_FOLD: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
  ї: 'и',
  є: 'е',
  ґ: 'г',
  ў: 'у',
  ӑ: 'а',
  ӗ: 'е',
};

/**
 * Latin letters that look like Cyrillic ones, and back. Names copied from scans, PDFs or hurried typing mix them inside
 * one word (a Latin «C» in «Cерік»); read letter by letter such a word is two scripts and matches nothing.
 */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
};
const CYRILLIC_TO_LATIN_LOOK: Record<string, string> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([l, c]) => [c, l]),
);
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const LATIN_RE = /\p{Script=Latin}/u;

/** Each word written in one script: look-alike letters of the other script are replaced by the word's own (Cерік → Серік). */
export function fixLookAlikes(text: string): string {
  if (!CYRILLIC_RE.test(text) || !LATIN_RE.test(text)) return text;
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    let cyr = 0,
      lat = 0;
    for (const ch of word) {
      if (CYRILLIC_RE.test(ch)) cyr++;
      else if (LATIN_RE.test(ch)) lat++;
    }
    if (cyr === 0 || lat === 0) return word;
    // Only look-alikes are replaced: a Kazakh қ inside a Latin word (Asangazyқyzy) is read as the letter it is.
    const table = cyr >= lat ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN_LOOK;
    let out = '';
    for (const ch of word) out += table[ch] ?? ch;
    return out;
  });
}

const FOLD_ANY_CASE_RE = new RegExp(`[${Object.keys(CYRILLIC_FOLD).join('')}]`, 'giu');

// The Belarusian ў after a vowel is the в of the Russian form of a name (Агееў, Агеев; Базанаў, Базанов; Яўген, Евгений).
// Only there: at the start of a word, or after a consonant as in Uzbek Cyrillic (Тўхтаев), it stays a vowel, у.
const U_AFTER_VOWEL_RE = /(?<=[аеёиоуыэюяіїєaeiou])ў/giu;

/**
 * The letter stage of foldText, case and punctuation kept: look-alike letters of the other script replaced (Cерік →
 * Серік), the Belarusian ў after a vowel written в, then Kazakh, Ukrainian and Belarusian letters written as the
 * Russian letters Russified spellings use (Қайратұлы → Кайратулы, ӘБДІ → АБДИ, Агееў → Агеев). The name keys
 * (transliterate.ts) read Cyrillic through it too.
 */
export function foldLetters(text: string): string {
  const fixed = fixLookAlikes(text).replace(U_AFTER_VOWEL_RE, (ch) => (ch === 'ў' ? 'в' : 'В'));
  return fixed.replace(FOLD_ANY_CASE_RE, (ch) => {
    const lower = ch.toLowerCase();
    const folded = CYRILLIC_FOLD[lower]!;
    return ch === lower ? folded : folded.toUpperCase();
  });
}

/** Bumped whenever foldText gives a different key for some text; the upgrade then re-keys what is stored. */
export const FOLD_VERSION = 3;

/**
 * Text folded for matching, the same on both databases (SQLite's ASCII-only lower() never decides a match): the letter
 * stage (foldLetters), then compatibility forms, accents and case removed (ё → е, й → и, ü → u), apostrophes dropped
 * inside words (O'Brien → obrien), and words of letters and digits separated by single spaces.
 */
export function foldText(text: string): string {
  return foldLetters(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
// The apostrophes written inside words; a ‘ or ´ stays a word break, as the search index has always had it.
const APOSTROPHES = /[’'ʼ`ʹ]/g;
