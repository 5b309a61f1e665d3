// Dates kept to the clause of their act, the charges an act rests on, pronouns carried over several sentences and a
// surname spelt two ways. Every sentence here is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';

describe('dates kept to the clause of their act', () => {
  it('gives "detained in X in May 2014" its date and the sentence "on charges of … on August 25, 2015" its own', () => {
    const acts = namedActs(
      'Oleg Lindqvist was detained in the north in May 2014 and sentenced to 20 years in prison on charges of terrorism on August 25, 2015.',
    );
    assert.deepEqual(
      acts.filter((a) => a[0] === 'arrest' || a[0] === 'sentence'),
      [
        ['arrest', 'Oleg Lindqvist', '2014-05', null],
        ['sentence', 'Oleg Lindqvist', '2015-08-25', 240],
      ],
    );
  });
});

describe('a pronoun carried over several sentences', () => {
  it('reads « elle » two sentences after the name as that person', () => {
    const acts = namedActs(
      'Son nom est Anna Lindqvist. Aujourd’hui, elle est malade. Elle est connue de tous. Le 18 mai 2022, elle a été arrêtée à Oslo.',
      { language: 'fr' },
    );
    assert.ok(acts.some((a) => a[0] === 'arrest' && a[1] === 'Anna Lindqvist' && a[2] === '2022-05-18'));
  });

  it('does not carry it past a sentence that names someone else', () => {
    const acts = namedActs(
      'Son nom est Anna Lindqvist. Paul Martin est son avocat. Elle est connue de tous. Le 18 mai 2022, elle a été arrêtée à Oslo.',
      { language: 'fr' },
    );
    assert.ok(!acts.some((a) => a[0] === 'arrest' && a[1] === 'Anna Lindqvist'));
  });
});

describe('a surname spelt two ways', () => {
  it('ties « M. Lindqvist » to « M. Peter Lindqvit » and names the person as the text mostly writes it', () => {
    const p = propose({
      text: 'Nous appelons à la libération de M. Peter Lindqvit. M. Lindqvist a été condamné hier. M. Lindqvist est détenu depuis le 4 août 2011.',
      language: 'fr',
    });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Peter Lindqvist'],
    );
    assert.ok(p.acts.every((a) => a.personRef === p.persons[0]!.ref));
  });
});

describe('a custody told with a time and no figure', () => {
  it('reads "spent several months in prison" and « sont restés plusieurs mois en prison » as detentions, not a length', () => {
    assert.deepEqual(namedActs('Anna Lindqvist spent several months in prison.'), [
      ['detention', 'Anna Lindqvist', null, null],
    ]);
    const acts = namedActs(
      'Oleg Lindqvist, Anna Berg : ceci est loin d’être une liste exhaustive. Ces hommes et ces femmes sont restés plusieurs mois en prison.',
      { language: 'fr' },
    );
    assert.deepEqual(
      acts.map((a) => [a[0], a[1]]),
      [
        ['detention', 'Oleg Lindqvist'],
        ['detention', 'Anna Berg'],
      ],
    );
    assert.ok(!namedActs('Anna Lindqvist faces five years in prison.').some((a) => a[0] === 'detention'));
  });
});

describe('names from beyond the former Soviet Union, and titles before them', () => {
  it('reads Turkish, Arabic, Chinese and Georgian names, and no "Archbishop" or "Chinese" in a name', () => {
    const p = propose({
      text: 'Today, 134 Nobel laureates wrote to incoming Chinese President Xi Jinping about Liu Bowen. A petition was launched by Archbishop Tutu. The editors Can Ekinci and Erdem Tosun were charged, and Alaa Nasser and Gigi Beridze were detained.',
    });
    const names = p.persons.map((x) => x.name);
    for (const n of ['Xi Jinping', 'Liu Bowen', 'Can Ekinci', 'Erdem Tosun', 'Alaa Nasser', 'Gigi Beridze'])
      assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
    assert.ok(!names.some((n) => /Archbishop|Chinese/u.test(n)));
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['Xi Jinping'],
    );
  });
});

describe('who is no victim, and what is no detention of its own', () => {
  it('takes "the release of X" as the prison of the sentence of known length the text gives X', () => {
    const acts = namedActs(
      'The members urged the release of Gigi Lomidze. Gigi Lomidze was found guilty of embezzlement and sent to prison for three years and two months.',
    );
    assert.ok(acts.some((a) => a[0] === 'sentence' && a[3] === 38));
    assert.ok(!acts.some((a) => a[0] === 'detention'));
  });

  it('gives no act to the addressee named in the list of an appeal', () => {
    const acts = namedActs(
      'We call on the government, specifically the President of Norland, Viktor Halden, to release Anna Lindqvist and acquit her of all charges.',
    );
    assert.ok(!acts.some((a) => a[1] === 'Viktor Halden'));
  });

  it('reads the addressee of "Mr. X, the Committee … is concerned" under an open letter heading', () => {
    const p = propose({
      text: 'An Open letter to the European Court of Human Rights, Robert Lindqvist.\n\nMr. Robert Lindqvist, the Civil Committee for Prisoners of Norland, which monitors torture of prisoners in Norland, is deeply concerned about the situation.',
    });
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['Robert Lindqvist'],
    );
    assert.ok(!p.acts.some((a) => a.person === 'Robert Lindqvist'));
  });
});
