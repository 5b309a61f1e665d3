// The project's own letter of the 2014 kind carries the real letter's facts in other words.
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { assertOwnWords, CORPUS_LETTER, corpusPresent, FIXTURE_LETTER } from '../support/letters.ts';

// The signature block is names, titles and organisations, one after the other: facts, not wording.
const SIGNATORY_LINES = [
  [
    'Lyudmila Alexeeva, Head of the Moscow Helsinki Group',
    'Valery Borschev, Member of the Moscow Helsinki Group',
    'Svetlana Gannushkina, Civic Assistance',
    'Lev Ponomarev, All-Russian movement For Human Rights Coordinator of the International Committee for Solidarity with political prisoners in Kazakhstan',
  ].join(' '),
];

describe('the fixture letter', () => {
  it(
    'repeats no wording of the real letter',
    { skip: !corpusPresent() && 'the shared corpus is not beside the project' },
    () => {
      assertOwnWords(fs.readFileSync(FIXTURE_LETTER, 'utf8'), fs.readFileSync(CORPUS_LETTER, 'utf8'), SIGNATORY_LINES);
    },
  );
});
