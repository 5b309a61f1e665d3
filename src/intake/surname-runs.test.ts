// A surname alone stands for the person named in full before it, but not when it runs on into another capitalised
// word: "Addis Ababa" after "Yidnekachewu Addis". Initials after a surname («Путину В.В.») still make it the person's.
// Every text is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { hasAct, namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

describe('a surname inside a place name', () => {
  it('leaves "Addis Ababa" to the city, so "The eleven" reach back to the whole list', () => {
    const acts = namedActs(
      'On 25 March 2018, police arrested journalists Eskinder Kassa and Temesgen Alemu, bloggers Mahlet Tadesse, Befekadu Girma and political activists Andualem Bekele and Yidnekachewu Addis. The six are currently being held at a police station in Addis Ababa.',
      { language: 'en' },
    );
    for (const name of ['Eskinder Kassa', 'Temesgen Alemu', 'Mahlet Tadesse', 'Befekadu Girma', 'Andualem Bekele'])
      assert.ok(hasAct(acts, 'detention', name), `${name}: ${JSON.stringify(acts)}`);
    const p = propose({
      text: 'Police arrested the activist Yidnekachewu Addis on 25 March. He is held in Addis Ababa.',
      language: 'en',
    });
    const addis = p.persons.find((x) => x.name === 'Yidnekachewu Addis');
    assert.equal(addis?.spans.length, 1, JSON.stringify(addis?.spans));
  });

  it('still reads a surname with initials after it as the person', () => {
    const p = propose({
      text: 'Накануне визита Владимира Путина родственники политзаключённых обратились к премьер-министру.\n\nПремьер-министру Российской Федерации\n\nПутину В.В.\n\nУважаемый Владимир Владимирович!',
      language: 'ru',
      morph,
    });
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['Владимир Путин'],
    );
  });
});
