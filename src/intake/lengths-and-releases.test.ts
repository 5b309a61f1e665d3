// A length told down to the day ("2 years, 9 months, 22 days") and a bound beside it ("to over 2 years"), a release's
// date beside an arrest, and a person who vanished («исчез», « a disparu »). Every sentence is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { hasAct, namedActs } from './act-test-helpers.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';
import { findLengths } from './sentence-length.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

describe('lengths', () => {
  it('counts the months after a comma: "2 years, 9 months, 22 days" is 33 months', () => {
    assert.deepEqual(
      findLengths('sentenced to 2 years, 9 months, 22 days in prison').map((l) => l.months),
      [33],
    );
    assert.deepEqual(
      findLengths('5 years and 9 months; к 10 годам 1 месяцу; 7 ans et 6 mois').map((l) => l.months),
      [69, 121, 90],
    );
  });

  it('reads no length in a bound: "over 2 years", «более двух лет», « plus de deux ans »', () => {
    for (const text of ['to over 2 years prison', 'more than five years', 'более двух лет', 'plus de deux ans'])
      assert.deepEqual(findLengths(text), [], text);
  });

  it('gives one sentence of 33 months when a headline gives its bound and the report its length', () => {
    const acts = namedActs(
      'Court sentences journalist Ivan Petrov to over 2 years prison\n\nThe court has sentenced the journalist Ivan Petrov to 2 years, 9 months, 22 days in prison for his articles.',
      { language: 'en' },
    );
    const sentences = acts.filter((a) => a[0] === 'sentence');
    assert.deepEqual(
      sentences.map((a) => a[3]),
      [33],
      JSON.stringify(acts),
    );
  });
});

describe("a release's date", () => {
  it('is not the date of the arrest told in the same sentence', () => {
    const acts = namedActs(
      'The journalist Ivan Petrov was detained in Istanbul. His arrest triggered a diplomatic crisis that lasted until his release on February 16, 2018 and his return to Germany.',
      { language: 'en' },
    );
    assert.ok(hasAct(acts, 'arrest', 'Ivan Petrov'), JSON.stringify(acts));
    assert.ok(!acts.some((a) => a[0] === 'arrest' && a[2] === '2018-02-16'), JSON.stringify(acts));
  });
});

describe('a person who vanished', () => {
  it('reads «исчез» and « a disparu » as a disappearance', () => {
    const ru = namedActs('Активист Эхсон Одинаев исчез в Санкт-Петербурге 19 мая 2015 года.', {
      language: 'ru',
      morph,
    });
    assert.ok(hasAct(ru, 'disappearance', 'Эхсон Одинаев'), JSON.stringify(ru));
    const fr = namedActs('Le militant Ivan Petrov a disparu à Moscou le 19 mai 2015.', { language: 'fr' });
    assert.ok(hasAct(fr, 'disappearance', 'Ivan Petrov'), JSON.stringify(fr));
  });

  it('not when the sentence says he turned out to be held', () => {
    const ru = namedActs(
      'Близкие Гилала Мамедова рассказали, что утром Мамедов ушел из дома и исчез, позднее выяснилось, что его задержала полиция.',
      { language: 'ru', morph },
    );
    assert.ok(!ru.some((a) => a[0] === 'disappearance'), JSON.stringify(ru));
  });
});
