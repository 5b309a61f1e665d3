// The letters of the 2014 kind the tests read: the project's own fixture always, and the real letter from the shared
// corpus beside the project when it is there (a clone of the repository alone has no corpus; CI requires it).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REQUIRE_CORPUS } from './env.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The real open letter of December 2014, outside the repository. */
export const CORPUS_LETTER = path.resolve(ROOT, '../shared/corpus/open-letter-2014-kazakhstan-visit.txt');
/** A letter in the same form carrying the same facts, written for the tests in the project's own words. */
export const FIXTURE_LETTER = path.resolve(ROOT, 'test/fixtures/intake/letter-en.txt');

/** One letter to test against: where it comes from, its path and its text. */
export interface SeedLetter {
  readonly origin: 'fixture' | 'corpus';
  readonly file: string;
  readonly text: string;
}

/** Whether the corpus letter is there; throws when VIGIL_REQUIRE_CORPUS=1 and it is not, so CI cannot skip it. */
export function corpusPresent(): boolean {
  if (fs.existsSync(CORPUS_LETTER)) return true;
  if (REQUIRE_CORPUS) throw new Error(`VIGIL_REQUIRE_CORPUS=1 but ${CORPUS_LETTER} does not exist`);
  return false;
}

/** The fixture letter, then the corpus letter when present. */
export function seedLetters(): SeedLetter[] {
  const files: [SeedLetter['origin'], string][] = [['fixture', FIXTURE_LETTER]];
  if (corpusPresent()) files.push(['corpus', CORPUS_LETTER]);
  return files.map(([origin, file]) => ({ origin, file, text: fs.readFileSync(file, 'utf8') }));
}

/** Lower case, one kind of quote, single spaces: a copy must not escape the check by typography. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function words(text: string): string[] {
  return normalise(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Fails when `ours` repeats a sentence of `letter` longer than 40 characters, or a run of eight of its words that is not
 * inside one of `names` (names are facts any text about the same people shares; wording is the letter's own).
 */
export function assertOwnWords(ours: string, letter: string, names: readonly string[]): void {
  const data = normalise(ours);
  const sentences = letter.split(/(?<=[.!?])\s+|\n+/).map((s) => normalise(s).replace(/[.,;:!?'"]+$/, ''));
  const long = sentences.filter((s) => s.length > 40);
  assert.ok(long.length > 10, 'the letter was split into sentences');
  const nameRuns = names.map((n) => ` ${words(n).join(' ')} `);
  for (const s of long) {
    if (nameRuns.some((n) => n.includes(` ${words(s).join(' ')} `))) continue;
    assert.ok(!data.includes(s), `repeats a sentence of the letter: "${s}"`);
  }

  const ourWords = ` ${words(ours).join(' ')} `;
  const theirs = words(letter);
  assert.ok(theirs.length > 500, 'the letter was split into words');
  for (let i = 0; i + 8 <= theirs.length; i++) {
    const run = ` ${theirs.slice(i, i + 8).join(' ')} `;
    if (nameRuns.some((n) => n.includes(run))) continue;
    assert.ok(!ourWords.includes(run), `repeats eight words of the letter:${run}`);
  }
}
