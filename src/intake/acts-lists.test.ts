// Acts told of several people at once, held without a word of arrest, charges, travel bans and threats, the victim
// of the sentence before ("his arrest"), the date right after the cue, and one act told twice kept once.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';
import { loadRussianMorph } from './russian-morph.ts';

// Russian names are read as the application reads a Cyrillic document: with the analyser loaded.
before(async () => {
  await loadRussianMorph();
});

const acts = (text: string) => namedActs(text);

describe('acts of lists, detention, charges and pronouns', () => {
  it('gives every name of a list the act the sentence tells', () => {
    assert.deepEqual(acts('Journalists Anna Berikova, Timur Sadykov and Olga Nemirova remain in pretrial detention.'), [
      ['detention', 'Anna Berikova', null, null],
      ['detention', 'Timur Sadykov', null, null],
      ['detention', 'Olga Nemirova', null, null],
    ]);
    assert.deepEqual(
      acts(
        'We protest the detention of the editor of Ulys, Anna Berikova, the lawyer of the paper, Timur Sadykov, and Olga Nemirova.',
      ).map((a) => a[1]),
      ['Anna Berikova', 'Timur Sadykov', 'Olga Nemirova'],
    );
  });
  it('reads a list whose last name has its role before it, and a subject far from its verb', () => {
    assert.deepEqual(
      acts(
        'We condemn the detention of the editor Anna Berikova, the poet Timur Sadykov, and the paper’s lawyer Olga Nemirova.',
      ).map((a) => a[1]),
      ['Anna Berikova', 'Timur Sadykov', 'Olga Nemirova'],
    );
    assert.deepEqual(
      acts(
        'In 2019 Timur Sadykov, a reporter for a regional weekly and the founder of a press club in the north, was sentenced to three years in prison.',
      ),
      [['sentence', 'Timur Sadykov', '2019', 36]],
    );
  });
  it('keeps names outside the list out of the act', () => {
    assert.deepEqual(
      acts('Anna Berikova was charged with treason after a meeting with Timur Sadykov.').map((a) => [a[0], a[1]]),
      [['charge', 'Anna Berikova']],
    );
  });
  it('reads detention without arrest, with the date that follows the cue', () => {
    assert.deepEqual(acts('Timur Sadykov has been imprisoned since March 2020 on charges of fraud.'), [
      ['detention', 'Timur Sadykov', '2020-03', null],
      ['charge', 'Timur Sadykov', null, null],
    ]);
    assert.deepEqual(acts('Тимур Садыков находится под стражей.'), [['detention', 'Тимур Садыков', null, null]]);
    assert.deepEqual(acts('Anna Berikova est toujours en détention.'), [['detention', 'Anna Berikova', null, null]]);
  });
  it('does not make the prison of a sentence a detention of its own', () => {
    assert.deepEqual(acts('Timur Sadykov was sentenced to 9 years in prison.'), [
      ['sentence', 'Timur Sadykov', null, 108],
    ]);
  });
  it('gives a pronoun’s act to the one person of the sentence before', () => {
    assert.deepEqual(acts('Журналист Игорь Петров писал о коррупции. Считаем его арест незаконным.'), [
      ['arrest', 'Игорь Петров', null, null],
    ]);
    assert.deepEqual(
      acts('Anna Berikova and Timur Sadykov wrote the report. His arrest followed.'),
      [],
      'two people before: nobody is guessed',
    );
    assert.deepEqual(
      acts(
        'Президенту Казахстана Сергею Жумабаеву. Комитет обеспокоен судьбой журналиста Игоря Петрова. Считаем его арест незаконным.',
      ).map((a) => a[1]),
      ['Игорь Петров'],
      'the addressee is not the victim',
    );
  });
  it('keeps one act told twice, with its date', () => {
    const text =
      'Olga Nemirova remains in detention. On 5 May 2021 the court ordered the detention of Olga Nemirova for two months.';
    assert.deepEqual(acts(text), [['detention', 'Olga Nemirova', '2021-05-05', null]]);
  });
  it('shares a length written after «по»', () => {
    assert.deepEqual(
      acts('Анна Берикова и Олег Садыков получили по 6 лет колонии.').map((a) => [a[1], a[3]]),
      [
        ['Анна Берикова', 72],
        ['Олег Садыков', 72],
      ],
    );
  });
  it('reads a length in a sentence about prison without a verb of sentencing', () => {
    assert.deepEqual(
      acts('Тимур Садыков за хранение оружия — 4 года колонии.').map((a) => [a[0], a[3]]),
      [['sentence', 48]],
    );
  });
  it('reads travel bans, disappearances and threats, not a threat to an idea', () => {
    assert.deepEqual(acts('Olga Nemirova has been under a travel ban since 2015.'), [
      ['travel_ban', 'Olga Nemirova', '2015', null],
    ]);
    assert.deepEqual(
      acts('Timur Sadykov was abducted in Tbilisi on 2 June 2018.').map((a) => [a[0], a[2]]),
      [['disappearance', '2018-06-02']],
    );
    assert.deepEqual(
      acts('Anna Berikova has been threatened with prosecution.').map((a) => a[0]),
      ['threats'],
    );
    assert.deepEqual(acts('Freedom, wherever it is threatened, needs Anna Berikova and Timur Sadykov.'), []);
  });
});
