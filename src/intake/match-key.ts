// Cross-script keys for names, so that Аблязов, Ablyazov and Abliazov meet. This is the one place intake turns a name
// into a comparable key: when the register's own names module lands, this function switches to it.
import anyAscii from 'any-ascii';
import { searchKey } from '../domain/text.ts';
import { ruStem } from './tokens.ts';

/**
 * A loose key of a name in any script: Cyrillic is stemmed (case endings go: Козлова → Козлов) and transliterated,
 * then the spellings transliteration systems disagree on are folded (y/i/j, kh/h, ks/x, shch/sch/sh, ou/u, doubled letters).
 * Word order is ignored ("Kozlov Vladimir" = "Vladimir Kozlov").
 */
export function nameMatchKey(name: string): string {
  return searchKey(name)
    .split(' ')
    .filter(Boolean)
    .map((word) => fold(anyAscii(ruStem(word))))
    .filter(Boolean)
    .sort()
    .join(' ');
}

function fold(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/shch|sch/g, 'sh')
    .replace(/kh/g, 'h')
    .replace(/ks/g, 'x')
    .replace(/ou/g, 'u')
    .replace(/ts|tz/g, 'c')
    .replace(/w/g, 'v')
    .replace(/[yij]/g, '')
    .replace(/(.)\1+/g, '$1')
    // Latin spellings keep a feminine or case ending the Cyrillic stem lost: compare without a final vowel.
    .replace(/[aeu]$/, '');
}
