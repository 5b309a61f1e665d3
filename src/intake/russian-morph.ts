// The Russian morphological analyser (Az.js on the OpenCorpora dictionaries) behind a small typed interface. Its
// dictionaries take seconds and ~50 MB to load, so they are read once, on the first Russian document, never at start-up.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AzMorph, AzParse } from 'az';

/** One reading of a word: its grammemes, how likely it is, whether the dictionary knows the word, and its other forms. */
export interface WordReading {
  grammemes: ReadonlySet<string>;
  score: number;
  /** True when the word is in the dictionary; false for a reading guessed from its ending. */
  known: boolean;
  /** The word in the form with all these grammemes ("nomn", "femn", "sing"), or null when it has none. */
  inflect(grammemes: readonly string[]): string | null;
}

/** Reads a Russian word (capitalised as a name whatever its case) into its possible readings, likeliest first. */
export type RussianMorph = (word: string) => WordReading[];

let loaded: RussianMorph | null = null;
let loading: Promise<RussianMorph> | null = null;

function reading(p: AzParse): WordReading {
  const grammemes = new Set(String(p.tag).split(/[ ,]/).filter(Boolean));
  return {
    grammemes,
    score: p.score,
    known: p.parser === 'Dictionary',
    inflect: (g) => {
      const form = p.inflect(g);
      return form ? form.word : null;
    },
  };
}

/** Loads the dictionaries on the first call and resolves to the analyser; later calls share the same one. */
export function loadRussianMorph(): Promise<RussianMorph> {
  loading ??= new Promise<RussianMorph>((resolve, reject) => {
    // az is CommonJS and finds its dictionaries by path: both from where the package is installed.
    const require = createRequire(import.meta.url);
    const az = require('az') as { Morph: AzMorph };
    const dicts = path.join(path.dirname(require.resolve('az/package.json')), 'dicts');
    az.Morph.init(dicts, (err) => {
      if (err) {
        loading = null;
        reject(err instanceof Error ? err : new Error(String(err)));
        return;
      }
      // Names are told apart by their capital (Роза the name, роза the flower): a word in capitals is read as a name.
      loaded = (word) => az.Morph(word.slice(0, 1).toUpperCase() + word.slice(1).toLowerCase()).map(reading);
      resolve(loaded);
    });
  });
  return loading;
}

/** The analyser if its dictionaries are already loaded, else null (the rules then fall back to suffixes). */
export function loadedRussianMorph(): RussianMorph | null {
  return loaded;
}

/**
 * Whether a Russian name is written in a case other than the nominative: the dictionary knows its first word as a given
 * name and none of its readings as one is a nominative singular («Виктора», «Марии»). Without the analyser, nothing is.
 */
export function obliqueName(name: string, morph: RussianMorph | null = loadedRussianMorph()): boolean {
  const given = givenReadings(name, morph);
  return given.length > 0 && !given.some((r) => r.grammemes.has('nomn') && r.grammemes.has('sing'));
}

/** The dictionary's readings of a Cyrillic name's first word as a given name; none without the analyser. */
function givenReadings(name: string, morph: RussianMorph | null): WordReading[] {
  const first = name.split(/\s+/)[0]!;
  if (!morph || !/^[\p{Script=Cyrillic}-]+$/u.test(first)) return [];
  return morph(first).filter((r) => r.known && r.grammemes.has('Name'));
}

/** Whether a name opens on a man's given name in the nominative («Сергей Ланской»): its surname in «-ой» is then the
 * nominative too (Ланской, Толстой), not a woman's name in another case. */
export function masculineNominativeGiven(name: string, morph: RussianMorph | null = loadedRussianMorph()): boolean {
  return givenReadings(name, morph).some(
    (r) => r.grammemes.has('nomn') && r.grammemes.has('sing') && r.grammemes.has('masc'),
  );
}
