import type { Script } from './vocabulary.ts';

/**
 * Folds text for matching: Unicode compatibility form, lower case, diacritics removed, ё→е and й→и kept apart
 * only where it matters (й keeps its breve removed, as search users type it both ways), spacing collapsed.
 * Both dialects compare these keys, so SQLite's ASCII-only lower() never decides a match.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

const SCRIPT_TESTS: ReadonlyArray<[Script, RegExp]> = [
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Latn', /\p{Script=Latin}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Geor', /\p{Script=Georgian}/u],
  ['Armn', /\p{Script=Armenian}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Hani', /\p{Script=Han}/u],
];

/** The script most of a name's letters are written in. */
export function detectScript(text: string): Script {
  let best: Script = 'Other';
  let bestCount = 0;
  for (const [script, re] of SCRIPT_TESTS) {
    let count = 0;
    for (const ch of text) if (re.test(ch)) count++;
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  return best;
}
