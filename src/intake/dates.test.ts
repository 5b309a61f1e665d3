import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PartialDate } from '../domain/partial-date.ts';
import { findDates, parseDocumentDate } from './dates.ts';

const doc: PartialDate = { year: 2014, month: 12 };
const one = (text: string, d: PartialDate = doc) => {
  const found = findDates(text, d);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found)}`);
  return found[0]!;
};

describe('dates in documents', () => {
  it('reads day ranges without a year against the document date', () => {
    for (const text of [
      'scheduled for 5–6 December, as',
      'scheduled for 5-6 December',
      'на 5–6 декабря',
      'les 5 et 6 décembre',
    ]) {
      const d = one(text);
      assert.deepEqual([d.start, d.end, d.yearInferred], ['2014-12-05', '2014-12-06', true], text);
    }
    assert.equal(one('5-6 December', { year: 2015 }).start, '2015-12-05');
  });
  it('drops a yearless date when the document date is unknown', () => {
    assert.deepEqual(findDates('on 5 December the court', undefined), []);
  });
  it('reads months with years, in three languages and in Russian case forms', () => {
    assert.equal(one('events in December 2011, when').start, '2011-12');
    assert.equal(one('в декабре 2011 года').start, '2011-12');
    assert.equal(one('en janvier 2012').start, '2012-01');
    assert.equal(one('в декабре 2011 года').span.text, 'декабре 2011 года');
  });
  it('reads full dates as written in each language, and ISO and numeric forms', () => {
    assert.equal(one('16 декабря 2011 года').start, '2011-12-16');
    assert.equal(one('le 16 décembre 2011').start, '2011-12-16');
    assert.equal(one('December 5, 2014').start, '2014-12-05');
    assert.equal(one('on 2014-12-05.').start, '2014-12-05');
    assert.equal(one('от 05.12.2014').start, '2014-12-05');
    assert.equal(one('16th of December 2011').start, '2011-12-16');
  });
  it('reads bare years only after a preposition or before "года"', () => {
    assert.equal(one('the elections of 2012 in').start, '2012');
    assert.equal(one('выборы 2012 года').start, '2012');
    assert.deepEqual(findDates('2012 people came', undefined), []);
  });
  it('refuses impossible days and reversed ranges, keeping what is certain', () => {
    assert.deepEqual(
      findDates('31 February 2014', undefined).map((d) => d.start),
      ['2014-02'],
    );
    assert.deepEqual(
      findDates('6-5 December 2014', undefined).map((d) => [d.start, d.end]),
      [['2014-12-05', null]],
    );
  });
  it('keeps each span exact', () => {
    const text = 'Visit on 5–6 December 2014.';
    const d = one(text);
    assert.equal(text.slice(d.span.start, d.span.end), '5–6 December 2014');
  });
  it('parses a document date given as a partial date or in words', () => {
    assert.deepEqual(parseDocumentDate('2014-12'), { year: 2014, month: 12 });
    assert.deepEqual(parseDocumentDate('3 December 2014'), { year: 2014, month: 12, day: 3 });
    assert.equal(parseDocumentDate('soon'), undefined);
  });
});
