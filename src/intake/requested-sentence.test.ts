import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propose } from './propose.ts';
import { handedDownLengths } from './requested-sentence.ts';
import { findLengths } from './sentence-length.ts';
import { sentences } from './tokens.ts';

/** The months of the lengths in the text that may be sentences handed down. */
const handed = (text: string, lang: string) =>
  handedDownLengths(text, sentences(text, lang), findLengths(text)).map((l) => l.months);
const sentencesOf = (text: string) =>
  propose({ text })
    .acts.filter((a) => a.kind === 'sentence')
    .map((a) => [a.person, a.sentenceMonths]);

describe('a length asked for or risked is not a sentence handed down', () => {
  it('drops what the prosecution asked for, in English, Russian and French, before or after the length', () => {
    assert.deepEqual(handed('The prosecutor asked for 9 years for the blogger Timur Esenov.', 'en'), []);
    assert.deepEqual(handed('The prosecution sought 12 years; the verdict is due in May.', 'en'), []);
    assert.deepEqual(handed('Прокурор запросил 7 лет колонии для журналистки Дарьи Ломовой.', 'ru'), []);
    assert.deepEqual(handed('Обвинение потребовало для него восемь лет лишения свободы.', 'ru'), []);
    assert.deepEqual(handed('Seize ans de prison requis contre le syndicaliste Arman Kasenov.', 'fr'), []);
    assert.deepEqual(handed('Le parquet a requis 16 ans contre lui.', 'fr'), []);
  });

  it('drops what a person faces or risks', () => {
    assert.deepEqual(handed('The poet Aliya Duisen is facing 12 years in prison on charges of extremism.', 'en'), []);
    assert.deepEqual(handed('Ему грозит до пяти лет лишения свободы.', 'ru'), []);
    assert.deepEqual(handed('Elle risque 10 ans de réclusion.', 'fr'), []);
  });

  it('keeps the sentence the court gave, also after a request in the same sentence', () => {
    assert.deepEqual(handed('The prosecutor asked for 9 years, but the court sentenced him to 7 years.', 'en'), [84]);
    assert.deepEqual(handed('Прокурор запросил 9 лет, суд приговорил его к 6 годам.', 'ru'), [72]);
    assert.deepEqual(handed('Le parquet avait requis 10 ans ; il a été condamné à 8 ans.', 'fr'), [96]);
    assert.deepEqual(
      handed('We demand the release of the journalist Marat Serikov, who is serving 7 years in a colony.', 'en'),
      [84],
    );
    assert.deepEqual(handed('Timur Esenov was sentenced to 5 years.', 'en'), [60]);
  });

  it("gives a case no sentence from a request, and the court's sentence where there is one", () => {
    assert.deepEqual(sentencesOf('The prosecutor asked for 9 years for the blogger Timur Esenov.'), []);
    assert.deepEqual(
      sentencesOf(
        'On 4 May 2024 the blogger Timur Esenov was sentenced to 7 years; the prosecutor had asked for 9 years.',
      ).map((s) => s[1]),
      [84],
    );
  });
});
