// A surname after a Latin initial ("journalists A. Vokhidov and S. Dostiev"), a surname in capitals after a given name
// (« Monsieur l’Ambassadeur / Mohamed GHOUALMI »), a salutation "Dear Mr. X, the President of …," running on into the
// letter, and the government building of an address block ("Dom Pravitelstva"), none of them a person. Every text is
// invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propose } from './propose.ts';

const names = (text: string) => propose({ text }).persons.map((p) => p.name);

describe('a surname after an initial', () => {
  it('reads "A. Vokhidov" and "S. Dostiev" as persons', () => {
    assert.deepEqual(
      names(
        'The court is to hear the case against journalists B. Rakhimov and T. Nazarov on Monday. They are editors.',
      ),
      ['B. Rakhimov', 'T. Nazarov'],
    );
  });
  it('gives "E. Rakhmonov" to the person the text names in full', () => {
    const p = propose({
      text: 'A letter to President Emomali Rakhmonov.\n\nJanuary 14, 1999\nE. Rakhmonov,\nPresident of the Republic of Tajikistan\nDear Sir,\nI urge you to stop the case against journalist B. Rakhimov.',
    });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Emomali Rakhmonov', 'B. Rakhimov'],
    );
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['Emomali Rakhmonov'],
    );
  });
  it('takes no « M. » (Monsieur) nor the end of "U.S." for an initial', () => {
    assert.deepEqual(names('Le président a reçu M. Aliev hier à Paris.'), []);
    assert.deepEqual(names('Two U.S. Senators wrote to the minister.'), []);
  });
});

describe('a surname in capitals', () => {
  it('reads « Mohamed GHOUALMI » under a form of address, in ordinary case, as the addressee', () => {
    const p = propose({
      text: 'Ambassade d’Algérie\nMonsieur l’Ambassadeur\nMohamed GHOUALMI\n50 rue de Lisbonne\n75 008 Paris\n\nParis, le 2 octobre 2003\n\nMonsieur l’Ambassadeur,\n\nNous sommes préoccupés par la situation du docteur Karim Benali, incarcéré à Alger.',
    });
    assert.ok(
      p.persons.some((x) => x.name === 'Mohamed Ghoualmi'),
      JSON.stringify(p.persons.map((x) => x.name)),
    );
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['Mohamed Ghoualmi'],
    );
  });
  it('does not read a body and its acronym as a person', () => {
    assert.deepEqual(names('Le directeur de la Banque BTA a été entendu par les enquêteurs.'), []);
  });
});

describe('a salutation that names the addressee and runs on', () => {
  it('reads "Dear Mr. George Bush, the President of the United States of America," over the first sentence', () => {
    const p = propose({
      text: 'Dear Mr. John Carter, the President of the United States of America,\non April 11, 2005 the authorities arrested the journalist Sobir Yakubov on false grounds.',
    });
    assert.deepEqual(
      p.addressees.map((a) => [a.name, a.title]),
      [['John Carter', 'the President of the United States of America']],
    );
  });
});

describe('the building of an address block', () => {
  it('reads "Dom Pravitelstva" under the addressee as an address, not a person', () => {
    const p = propose({
      text: 'H.E. Islam Karimov\nDom Pravitelstva\nTashkent 700000\nRepublic of Uzbekistan\n\nYour Excellency:\n\nWe are concerned about the journalist Nosir Rakhimov, sentenced to six months in prison.',
    });
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['Islam Karimov'],
    );
    assert.ok(!p.persons.some((x) => x.name === 'Dom Pravitelstva'));
  });
});
