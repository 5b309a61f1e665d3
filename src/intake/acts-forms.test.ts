// Forms of acts: figures with a decimal comma given "respectively", held "since" a date, charges told with the
// sentence they led to, and the French forms « condamné à », « arrêté », « placé en détention », « mort en détention ».
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';

const acts = (text: string, language: 'en' | 'fr' = 'en') => namedActs(text, { language });

describe('acts in more forms', () => {
  it('gives each name its figure when the figures have a decimal comma ("6,5 and 7,5 years respectively")', () => {
    assert.deepEqual(acts('Anna Berikova and Timur Sadykov were sentenced to 6,5 and 7,5 years respectively.'), [
      ['sentence', 'Anna Berikova', null, 78],
      ['sentence', 'Timur Sadykov', null, 90],
    ]);
  });
  it('reads "held since" and "detained since" as a detention dated from then, not an arrest', () => {
    assert.deepEqual(acts('The journalist Timur Sadykov has been held since March 2024.'), [
      ['detention', 'Timur Sadykov', '2024-03', null],
    ]);
    assert.deepEqual(acts('Olga Nemirova was detained since June 2023.'), [
      ['detention', 'Olga Nemirova', '2023-06', null],
    ]);
    assert.deepEqual(acts('Olga Nemirova was detained on 4 June 2023.'), [
      ['arrest', 'Olga Nemirova', '2023-06-04', null],
    ]);
  });
  it('takes the charges a sentence was passed on as part of that sentence', () => {
    assert.deepEqual(
      acts('In May 2021 Timur Sadykov was sentenced to two years in prison on fabricated charges of fraud.'),
      [['sentence', 'Timur Sadykov', '2021-05', 24]],
    );
    // Held on charges, with no sentence: the charge is an act of its own.
    assert.deepEqual(acts('Timur Sadykov has been imprisoned since 2020 on charges of fraud.'), [
      ['detention', 'Timur Sadykov', '2020', null],
      ['charge', 'Timur Sadykov', null, null],
    ]);
  });
  it('finds the victim by a common Azerbaijani given name when the surname has no ending the rules know', () => {
    assert.deepEqual(acts('Aujourd’hui, Leyla Mammadli se trouve en détention préventive.', 'fr'), [
      ['detention', 'Leyla Mammadli', null, null],
    ]);
    assert.deepEqual(acts('Her husband, Arif Mammadli, was arrested on 5 August 2024.'), [
      ['arrest', 'Arif Mammadli', '2024-08-05', null],
    ]);
  });
  it('knows a name at every mention once one mention vouches for it, so an act told before that one is found', () => {
    assert.deepEqual(
      acts(
        'We think of Dauren Agabek, the activist who died in a pre-trial detention facility on 25 February 2020. His family is helped by friends of the civil activist Dauren Agabek.',
      ),
      [['death_in_custody', 'Dauren Agabek', '2020-02-25', null]],
    );
  });
  it('gives a pronoun of a sentence that names one person to that person, not to the one of the sentence before', () => {
    assert.deepEqual(
      acts(
        'Leyla Mammadli a fondé un institut de la paix. Son frère, Arif Mammadli est un historien reconnu qui a travaillé avec elle sur tous ces projets de paix et se trouve lui aussi en détention préventive.',
        'fr',
      ),
      [['detention', 'Arif Mammadli', null, null]],
    );
  });
  it('reads the French forms of sentence, arrest, detention and death in custody', () => {
    assert.deepEqual(acts('Le journaliste Elnur Kasimov a été condamné à sept ans de prison le 12 mars 2024.', 'fr'), [
      ['sentence', 'Elnur Kasimov', '2024-03-12', 84],
    ]);
    assert.deepEqual(acts('Elnur Kasimov a été arrêté le 5 janvier 2024 à Bakou.', 'fr'), [
      ['arrest', 'Elnur Kasimov', '2024-01-05', null],
    ]);
    assert.deepEqual(acts('Le militant Elnur Kasimov a été placé en détention provisoire le 3 février 2023.', 'fr'), [
      ['detention', 'Elnur Kasimov', '2023-02-03', null],
    ]);
    assert.deepEqual(acts('Le blogueur Elnur Kasimov est mort en détention le 4 avril 2022.', 'fr'), [
      ['death_in_custody', 'Elnur Kasimov', '2022-04-04', null],
    ]);
  });
});
