// A sentence opening on "His arrest" recalls the act already told of him, not one of the name after it; a verb whose
// object is someone described ("arrested a young journalist") is not told of the name before it; "The Saudi student"
// stands for the one student the text names; a prosecutors' office's demand («Прокуратура требовала … — семь лет») is
// no sentence; stabbing, « l’agression dont a été victime X » and "his disappearance" are acts. Every text is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';
import { loadRussianMorph } from './russian-morph.ts';

before(async () => {
  await loadRussianMorph();
});

const acts = (text: string) => namedActs(text);

describe('possessives and described objects', () => {
  it('gives "His arrest was followed by a meeting of B" to no one new', () => {
    assert.deepEqual(
      acts(
        'On April 11, 2005 the authorities arrested the journalist Sobir Yakubov. His arrest was followed by a meeting of the deputy minister, Anvar Tursunov, on April 15.',
      ),
      [['arrest', 'Sobir Yakubov', '2005-04-11', null]],
    );
  });
  it('does not give "had arrested a young journalist" to the name before the verb', () => {
    assert.deepEqual(
      acts('Anvar Tursunov knew that a few days earlier his agency had already arrested a young journalist.'),
      [],
    );
  });
  it('reads "The Saudi student" as the one student the text names', () => {
    assert.deepEqual(
      acts(
        'Noura Haddad, 34, a PhD student at Leeds University, was questioned in January.\n\nThe Saudi student was sentenced to three years.',
      ).filter((a) => a[0] === 'sentence'),
      [['sentence', 'Noura Haddad', null, 36]],
    );
  });
});

describe('demands, stabbings, assaults and disappearances', () => {
  it('does not read the prosecutors’ office’s demand as a sentence', () => {
    assert.deepEqual(
      acts(
        'Суд приговорил активиста Сергея Петрова к шести годам колонии.\n\nПрокуратура требовала для Петрова максимально возможное наказание по этой статье — семь лет.',
      ).filter((a) => a[0] === 'sentence'),
      [['sentence', 'Сергей Петров', null, 72]],
    );
  });
  it('reads a stabbing, « l’agression dont a été victime X » and "his disappearance"', () => {
    assert.deepEqual(acts('Bakhtiyor Rasulov, an editor, was stabbed in his office on September 13, 2006.'), [
      ['ill_treatment', 'Bakhtiyor Rasulov', '2006-09-13', null],
    ]);
    assert.deepEqual(acts('Nous dénonçons l’agression dont a été victime Mme Salma Ben Amor le 5 janvier 2004.'), [
      ['ill_treatment', 'Salma Ben Amor', '2004-01-05', null],
    ]);
    assert.deepEqual(acts('Timur Karimov has not been heard from since his disappearance on September 12, 2006.'), [
      ['disappearance', 'Timur Karimov', '2006-09-12', null],
    ]);
  });
});

describe('a noun said again, a judge before the court, a group named two sentences before', () => {
  it('gives « et celle du militant B » the act of the noun before A', () => {
    const got = acts(
      'Il est arrêté après l’arrestation fin mai de Tran Van Long, 49 ans, auteur d’un blog, et celle du militant Le Quoc Binh.',
    );
    assert.ok(
      got.some((a) => a[0] === 'arrest' && a[1] === 'Tran Van Long'),
      JSON.stringify(got),
    );
    assert.ok(
      got.some((a) => a[0] === 'arrest' && a[1] === 'Le Quoc Binh'),
      JSON.stringify(got),
    );
  });
  it('reads «Его обвинили» as told of the one sentenced, not of the judge of a named court', () => {
    assert.deepEqual(
      acts(
        'Судья Минского областного суда Николай Петров присудил блогеру Игорю Сидорову 15 лет колонии. Его обвинили в организации массовых беспорядков.',
      )
        .map((a) => [a[0], a[1]])
        .sort(),
      [
        ['charge', 'Игорь Сидоров'],
        ['sentence', 'Игорь Сидоров'],
      ],
    );
  });
  it('gives "a case has been initiated against them" to the pair named before a sentence opening on "They"', () => {
    assert.deepEqual(
      acts(
        'I urge you to stop the actions against journalists B. Rakhimov and T. Nazarov. They are former editors of two newspapers. In violation of the law, they are to be brought to a district court where a criminal case has been initiated against them.',
      ).map((a) => [a[0], a[1]]),
      [
        ['charge', 'B. Rakhimov'],
        ['charge', 'T. Nazarov'],
      ],
    );
  });
  it('reads "on a charge of extortion" as a charge, "in charge of the investigation" as none', () => {
    assert.deepEqual(
      acts('Timur Aliev, an independent journalist, was arrested on a bogus charge of extortion.').map((a) => [
        a[0],
        a[1],
      ]),
      [
        ['arrest', 'Timur Aliev'],
        ['charge', 'Timur Aliev'],
      ],
    );
    assert.deepEqual(acts('Colonel Ivan Petrov, in charge of the investigation, met Anna Smirnova.'), []);
  });
  it('gives "Ms Hathloul" to "Loujain al-Hathloul"', () => {
    assert.deepEqual(
      acts(
        'Her tweets supported Nouf al-Qahtani, a feminist activist. Ms Qahtani is currently living under a travel ban in the kingdom.',
      ).map((a) => [a[0], a[1]]),
      [['travel_ban', 'Nouf al-Qahtani']],
    );
  });
});
