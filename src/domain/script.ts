// Which writing system a name is in, by counting its letters per script.
import type { Script } from './vocabulary.ts';

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
