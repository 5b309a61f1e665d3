// Acts beyond one person and one figure: a sentence range shared by a list of names is proposed for each of them with
// the range, death in custody is an act of its own, and counts of detentions or cases stay facts of the source.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findLengths } from './sentence-length.ts';
import { propose } from './propose.ts';

const acts = (text: string) =>
  propose({ text }).acts.map((a) => [a.kind, a.person, a.sentenceMonths, a.sentenceMonthsMax ?? null]);

describe('shared sentences, deaths in custody and counts', () => {
  it('reads ranges of years in the three languages', () => {
    assert.deepEqual(
      ['each got 3 to 6 years', 'от трёх до шести лет', 'de 3 à 6 ans', '2–4 years'].map((t) =>
        findLengths(t).map((l) => [l.months, l.maxMonths]),
      ),
      [[[36, 72]], [[36, 72]], [[36, 72]], [[24, 48]]],
    );
    assert.deepEqual(
      findLengths('sentenced to 7 years').map((l) => l.maxMonths),
      [undefined],
    );
  });
  it('gives every name of a list its own sentence with the range, not the last name alone', () => {
    const text =
      'Four activists, Anna Berikova, Timur Sadykov, Olga Nemirova and Daniyar Ospanov, were each sentenced to 3 to 6 years in prison in Kazakhstan.';
    assert.deepEqual(acts(text), [
      ['sentence', 'Anna Berikova', 36, 72],
      ['sentence', 'Timur Sadykov', 36, 72],
      ['sentence', 'Olga Nemirova', 36, 72],
      ['sentence', 'Daniyar Ospanov', 36, 72],
    ]);
    const p = propose({ text });
    for (const a of p.acts) assert.equal(a.lengthSpan?.text, '3 to 6 years');
  });
  it('shares a figure between names when the sentence says "each" / «каждый» / « chacun »', () => {
    assert.deepEqual(
      acts('Anna Berikova and Timur Sadykov were each sentenced to five years in prison.').map((a) => a.slice(1, 3)),
      [
        ['Anna Berikova', 60],
        ['Timur Sadykov', 60],
      ],
    );
    assert.deepEqual(
      acts('Активисты Анна Берикова и Тимур Садыков приговорены к срокам от трёх до шести лет лишения свободы.').map(
        (a) => a.slice(1),
      ),
      [
        ['Анна Берикова', 36, 72],
        ['Тимур Садыков', 36, 72],
      ],
    );
    assert.deepEqual(
      acts('Anna Berikova et Timur Sadykov ont été condamnés chacun à des peines de 3 à 6 ans de prison.').map((a) =>
        a.slice(1),
      ),
      [
        ['Anna Berikova', 36, 72],
        ['Timur Sadykov', 36, 72],
      ],
    );
    assert.deepEqual(
      acts('Anna Berikova was sentenced to 5 years and Timur Sadykov to 7 years in prison.').map((a) => a.slice(1, 3)),
      [
        ['Anna Berikova', 60],
        ['Timur Sadykov', 84],
      ],
      'two figures stay two',
    );
  });
  it('reads a death in custody in the three languages', () => {
    for (const text of [
      'The blogger Ruslan Akhmetov died in custody in Almaty on 4 May 2024.',
      'Блогер Руслан Ахметов скончался в СИЗО 4 мая 2024 года.',
      'Le blogueur Ruslan Akhmetov est mort en détention le 4 mai 2024.',
    ]) {
      const p = propose({ text });
      assert.deepEqual(
        p.acts.map((a) => [a.kind, a.person, a.date]),
        [
          [
            'death_in_custody',
            'Ruslan Akhmetov'.replace(/.*/, (s) => (/[а-я]/i.test(text) ? 'Руслан Ахметов' : s)),
            '2024-05-04',
          ],
        ],
        text,
      );
    }
    assert.deepEqual(propose({ text: 'Ruslan Akhmetov spoke of the death penalty.' }).acts, []);
  });
  it('keeps counts as facts of the source, approximate when written so', () => {
    const counts = (text: string) =>
      propose({ text }).counts!.map((c) => [c.number, c.approximate, c.what, c.spans[0]!.text]);
    assert.deepEqual(counts('In 2023 the police made more than 150 detentions, including 12 criminal cases.'), [
      [150, true, 'detentions', 'more than 150 detentions'],
      [12, false, 'criminal cases', '12 criminal cases'],
    ]);
    assert.deepEqual(counts('За год было более 150 задержаний, в том числе 12 уголовных дел.'), [
      [150, true, 'задержаний', 'более 150 задержаний'],
      [12, false, 'уголовных дел', '12 уголовных дел'],
    ]);
    assert.deepEqual(counts('Plus de 150 interpellations ont eu lieu, dont 12 poursuites pénales.'), [
      [150, true, 'interpellations', 'Plus de 150 interpellations'],
      [12, false, 'poursuites pénales', '12 poursuites pénales'],
    ]);
    assert.deepEqual(
      propose({ text: 'Four activists, Anna Berikova and others, were each sentenced to 3 to 6 years.' }).acts.length,
      1,
      'a count is never a case',
    );
  });
});
