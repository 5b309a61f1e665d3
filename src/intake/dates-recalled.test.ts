// A date of history recalled beside an act («не дать повториться событиям 1937 года», "on the anniversary of …") is
// not the act's date; « retenus par les autorités depuis … » is custody; "a raid on her home" a search. Every sentence
// here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
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

describe('custody words', () => {
  it('reads « A et B sont retenus injustement par les autorités depuis le 6 août » as detentions', () => {
    const acts = namedActs(
      'Comme vous le savez, Valentine Martin et Thomas Durand sont retenus injustement par les autorités indonésiennes depuis le 6 août dernier.',
      { language: 'fr' },
    );
    for (const p of ['Valentine Martin', 'Thomas Durand'])
      assert.ok(
        acts.some((a) => a[0] === 'detention' && a[1] === p),
        JSON.stringify(acts),
      );
  });
});

describe('a raid and a party chair', () => {
  it('reads "during a raid on her home" as a search, and "Party Chair A" as A', () => {
    const p = propose({
      text: 'Ayse Demir was detained on Wednesday during a raid on her home. Party Chair Mehmet Yalcin had called her a traitor.',
      language: 'en',
    });
    assert.ok(
      p.acts.some((a) => a.kind === 'search' && a.person === 'Ayse Demir'),
      JSON.stringify(p.acts),
    );
    assert.ok(
      p.persons.some((x) => x.name === 'Mehmet Yalcin'),
      JSON.stringify(p.persons.map((x) => x.name)),
    );
  });
});
