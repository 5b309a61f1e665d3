// What the acts tests read of a proposal: one helper for every acts test file, so they compare the same fields.
import { propose } from './propose.ts';
import type { RussianMorph } from './russian-morph.ts';

/** Options of a test reading: the language to assume and the Russian analyser, when the test loads it. */
export interface ReadOptions {
  language?: 'en' | 'fr' | 'ru';
  morph?: RussianMorph;
}

const read = (text: string, o: ReadOptions) =>
  propose({ text, ...(o.language ? { language: o.language } : {}), ...(o.morph ? { morph: o.morph } : {}) }).acts;

/** The acts with a named victim, as [kind, person, date, sentence months]. */
export function namedActs(text: string, options: ReadOptions = {}): (string | number | null)[][] {
  return read(text, options)
    .filter((a) => a.person)
    .map((a) => [a.kind, a.person, a.date, a.sentenceMonths]);
}

/** Every act, named victim or not, as [kind, person, sentence months]. */
export function actLengths(text: string, options: ReadOptions = {}): (string | number | null)[][] {
  return read(text, options).map((a) => [a.kind, a.person, a.sentenceMonths]);
}

/** Whether `acts` (from `namedActs`) hold an act of that kind told of that person, of that length when one is given. */
export function hasAct(acts: (string | number | null)[][], kind: string, person: string, months?: number): boolean {
  return acts.some((a) => a[0] === kind && a[1] === person && (months === undefined || a[3] === months));
}
