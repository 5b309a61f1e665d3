// Names no list knows, vouched for by where they stand: after an honorific or a role word, next to a known name in a
// list, or with the surname used again alone; and the capitalised words that stay out (countries, headings).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propose } from './propose.ts';

const names = (text: string) => propose({ text }).persons.map((p) => p.name);

describe('names vouched for by their place', () => {
  it('takes a name after an honorific, and says why with low confidence when it is named once', () => {
    const p = propose({ text: 'The court heard Ms Wanjiru Kamau on Monday.' });
    assert.deepEqual(
      p.persons.map((x) => [x.name, x.confidence, x.confidenceReason]),
      [['Wanjiru Kamau', 'low', 'after an honorific, named once']],
    );
  });
  it('takes a name listed with a known one', () => {
    assert.deepEqual(names('They protested the detention of two prisoners: Timur Sadykov and Wanjiru Kamau.'), [
      'Timur Sadykov',
      'Wanjiru Kamau',
    ]);
  });
  it('takes a name whose surname is used again alone, tied to that person', () => {
    const p = propose({ text: 'Among them is Tiago Mbeki. Mbeki was taken from his home at night.' });
    assert.deepEqual(
      p.persons.map((x) => [x.name, x.spans.length]),
      [['Tiago Mbeki', 2]],
    );
  });
  it('leaves out countries, headings and words written in lower case elsewhere', () => {
    assert.deepEqual(
      names('Ms Ingrid Laakso, United Kingdom, SOC. Urgent Action: the action continues until Action Day.'),
      ['Ingrid Laakso'],
    );
    assert.deepEqual(names('Open Letter to the Minister. We send this letter today about Freedom Square.'), []);
    assert.deepEqual(names('Письмо Президенту Казахстана. Власти Казахстана молчат.'), []);
  });
  it('takes a name with an Azerbaijani surname ending no list knows, named once', () => {
    assert.deepEqual(names('Avaz Zeynally was accused of extortion.'), ['Avaz Zeynally']);
    assert.deepEqual(names('Police held Sakhavat Mammadzada and Gunel Ibadoghlu overnight.'), [
      'Sakhavat Mammadzada',
      'Gunel Ibadoghlu',
    ]);
  });
  it('takes a Tajik -zoda and a Kazakh name in French spelling (-aï after a consonant)', () => {
    assert.deepEqual(names('Abduhalim Nazarzoda was killed.'), ['Abduhalim Nazarzoda']);
    assert.deepEqual(names('L’arrestation de Janbolat Mamaï vise à faire taire le journal.'), ['Janbolat Mamaï']);
  });
  it('does not take a place or a word ending in -ai without the diaeresis or after a vowel', () => {
    assert.deepEqual(names('Le vol pour Dubaï part à midi. Hong Kong Shanghai Bank a fermé.'), []);
    assert.deepEqual(names('Le Grand Hawaï a voté.'), []);
  });
  it('does not take title-case words that only look like such a surname', () => {
    assert.deepEqual(names('The General Assembly met. Kazakh Weekly and Eurasia Monthly reported it.'), []);
    assert.deepEqual(names('Annual Rally held today; the rally was calm.'), []);
    assert.deepEqual(names('The Party of Hashimli called a meeting.'), []);
  });
});
