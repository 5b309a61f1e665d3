// A date of history recalled beside an act («не дать повториться событиям 1937 года», "on the anniversary of …") is
// not the act's date. Every sentence here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

describe('dates of history recalled', () => {
  it('does not date «отец арестованного адвоката A … событиям 1937 года» in 1937', () => {
    const acts = namedActs(
      'Поэт Равиль Каримов, отец арестованного адвоката Тимура Каримова, попросил президента не дать повториться событиям 1937 года.',
      { morph },
    );
    const arrest = acts.find((a) => a[0] === 'arrest' && a[1] === 'Тимур Каримов');
    assert.ok(arrest, JSON.stringify(acts));
    assert.equal(arrest[2], null);
  });
});
