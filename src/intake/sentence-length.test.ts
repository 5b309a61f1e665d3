import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findLengths, numberValue, parseLength } from './sentence-length.ts';

describe('sentence lengths', () => {
  it('reads the forms documents use, in whole months', () => {
    const cases: [string, number][] = [
      ['7.5 years', 90],
      ["5 years' imprisonment", 60],
      ['5 years’ imprisonment', 60],
      ['12 years in prison', 144],
      ['seven and a half years', 90],
      ['seven years and six months', 90],
      ['18 months', 18],
      ['a year and a half', 18],
      ['7,5 ans', 90],
      ['7½ years', 90],
      ['семь с половиной лет', 90],
      ['к пяти годам лишения свободы', 60],
      ['12 годам', 144],
      ['двенадцать лет', 144],
      ['полтора года', 18],
      ['три года и шесть месяцев', 42],
      ['12 ans', 144],
      ['sept ans et demi', 90],
      ['cinq ans de prison', 60],
      ['deux ans et six mois', 30],
    ];
    for (const [text, months] of cases) assert.equal(parseLength(text), months, text);
  });
  it('never reads a calendar year as a length', () => {
    assert.deepEqual(
      findLengths('журналиста, осуждённого в 2011 году, и блогера, осуждённой в 2019 году на пять лет').map(
        (l) => l.months,
      ),
      [60],
    );
    assert.deepEqual(
      findLengths('in 2015 years of pressure began; 1998 year').map((l) => l.months),
      [],
    );
  });
  it('gives the span of each length', () => {
    const text = 'sentenced in a show trial to 7.5 years imprisonment';
    const [l] = findLengths(text);
    assert.equal(l!.span.text, '7.5 years');
    assert.equal(text.slice(l!.span.start, l!.span.end), '7.5 years');
  });
  it('reads numbers as digits or words', () => {
    assert.equal(numberValue('7,5'), 7.5);
    assert.equal(numberValue('семи'), 7);
    assert.equal(numberValue('douze'), 12);
    assert.equal(numberValue('many'), undefined);
  });
  it('finds nothing where no length is written', () => {
    assert.deepEqual(findLengths('for many years the regime'), []);
    // A person's age is not a length.
    assert.deepEqual(
      findLengths("mort à l'âge de 57 ans; aged 35 years; 40 years old; в возрасте 57 лет; condamné à 5 ans").map(
        (l) => l.months,
      ),
      [60],
    );
    assert.equal(parseLength('a long time'), undefined);
  });
});
