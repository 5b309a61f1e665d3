// Cross-script keys for names, so that Аблязов, Ablyazov and Abliazov meet. This is the one place intake turns a name
// into a comparable key; the transliteration and spelling folds are the register's own (domain/names.ts).
import { nameKey } from '../domain/names.ts';
import { foldText } from '../text/fold.ts';
import { ruStem } from './tokens.ts';

/**
 * A loose key of a name in any script, word order ignored: the register's name key (word skeletons across scripts and
 * transliteration systems), after Russian case endings are cut (Козлова → Козлов, as letters inflect names) and without
 * a final vowel (a Latin spelling keeps the feminine ending the Cyrillic stem lost: Alexeeva / Алексеева).
 */
export function nameMatchKey(name: string): string {
  const stemmed = foldText(name).split(' ').filter(Boolean).map(ruStem).join(' ');
  return nameKey(stemmed)
    .split(' ')
    .map((w) => w.replace(/[aeiouy]+$/, ''))
    .filter(Boolean)
    .sort()
    .join(' ');
}
