// Address blocks of two recipients, each with a "c/o" channel and a fax line, under a misspelt "Your Execellencies,";
// Spanish names of four words in a bracketed list a count announces; "freed and exiled to Spain". Every text is
// invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasAct, namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';

describe('two recipients, each through an embassy', () => {
  it('reads both names, the channel of the first ending at the blank line', () => {
    const p = propose({
      text: 'July 27, 2010\n\nRaúl Castro Ruz\nc/o Cuban Interests Section\n2639 16th St, NW\nWashington, DC 20009\nFax: (202) 797-8521\n\nGeneral Abelardo Colomer Ibarra\n\nMinistro del Interior y Prisiones\nc/o Cuban Interests Section\n2639 16th St, NW\nWashington, DC 20009\n\nYour Execellencies,\n\nWe are writing to welcome the release of the journalist Normando Hernández.',
      language: 'en',
    });
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['Raúl Castro Ruz', 'Abelardo Colomer Ibarra'],
    );
  });
});

describe('names of four words in a counted list', () => {
  it('reads each name of the list "six colleagues who … (A, B, C, D, E and F)"', () => {
    const p = propose({
      text: 'They joined six colleagues who had been freed and exiled to Spain the day before (Julio César Gálvez Rodas, José Luis García Pena, Ricardo Severino González Alba, Léster Luis González Pardo, Pablo Pacheco Ávila and Omar Moisés Ruíz Hernán).',
      language: 'en',
    });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      [
        'Julio César Gálvez Rodas',
        'José Luis García Pena',
        'Ricardo Severino González Alba',
        'Léster Luis González Pardo',
        'Pablo Pacheco Ávila',
        'Omar Moisés Ruíz Hernán',
      ],
    );
  });

  it('still reads no four capitalised words in running prose as a name', () => {
    const p = propose({ text: 'The Human Rights Watch Report was published on Monday.', language: 'en' });
    assert.deepEqual(p.persons, []);
  });
});

describe('exile', () => {
  it('reads "freed and exiled to Spain" as a deportation, not "the exiled leader"', () => {
    const acts = namedActs(
      'The journalist Ivan Petrov was freed and exiled to Spain on July 13, 2010. The exiled leader Oleg Sidorov spoke in Madrid.',
      { language: 'en' },
    );
    assert.ok(hasAct(acts, 'deportation', 'Ivan Petrov'), JSON.stringify(acts));
    assert.ok(!hasAct(acts, 'deportation', 'Oleg Sidorov'), JSON.stringify(acts));
  });
});
