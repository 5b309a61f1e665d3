import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addMonths,
  daysInMonth,
  formatPartialDate,
  isPossibleInterval,
  parsePartialDate,
  partialDateRange,
  type PartialDate,
} from './partial-date.ts';

const partialDate: fc.Arbitrary<PartialDate> = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    day: fc.integer({ min: 1, max: 31 }),
    withDay: fc.boolean(),
  })
  .map(({ year, month, day, withDay }) => {
    if (month === undefined) return { year };
    if (!withDay) return { year, month };
    return { year, month, day: Math.min(day, daysInMonth(year, month)) };
  });

describe('partial dates', () => {
  it('format and parse are inverse', () => {
    fc.assert(fc.property(partialDate, (d) => assert.deepEqual(parsePartialDate(formatPartialDate(d)), d)));
  });

  it('a range starts no later than it ends and contains every more precise date inside it', () => {
    fc.assert(
      fc.property(partialDate, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (d, m, dd) => {
        const { earliest, latest } = partialDateRange(d);
        assert.ok(earliest <= latest);
        const month = d.month ?? m;
        const inner = formatPartialDate({
          year: d.year,
          month,
          day: d.day ?? Math.min(dd, daysInMonth(d.year, month)),
        });
        assert.ok(earliest <= inner && inner <= latest, `${inner} not in ${earliest}..${latest}`);
      }),
    );
  });

  it('an interval is possible from a date to itself and to any later date', () => {
    fc.assert(
      fc.property(
        partialDate.filter((d) => d.year < 9000),
        fc.integer({ min: 0, max: 1200 }),
        (d, months) => {
          const s = formatPartialDate(d);
          assert.ok(isPossibleInterval(s, s));
          if (d.month !== undefined) assert.ok(isPossibleInterval(s, formatPartialDate(addMonths(d, months))));
        },
      ),
    );
  });

  it('adding months keeps precision and moves by whole months', () => {
    fc.assert(
      fc.property(
        partialDate.filter((d) => d.month !== undefined && d.year < 9000),
        fc.integer({ min: 0, max: 1200 }),
        (d, months) => {
          const r = addMonths(d, months);
          assert.equal(r.day === undefined, d.day === undefined);
          assert.equal(r.year * 12 + r.month! - (d.year * 12 + d.month!), months);
        },
      ),
    );
  });

  it('refuses impossible and malformed dates', () => {
    for (const bad of [
      '2011-13',
      '2011-00',
      '2011-02-30',
      '2013-02-29',
      '0000',
      '11-12',
      '2011-1',
      '2011/12',
      '2011-12-16T00:00',
      ' 2011',
      '',
    ]) {
      assert.equal(parsePartialDate(bad), undefined, bad);
    }
    assert.deepEqual(parsePartialDate('2012-02-29'), { year: 2012, month: 2, day: 29 });
  });

  it('knows December 2011 spans the whole month', () => {
    assert.deepEqual(partialDateRange(parsePartialDate('2011-12')!), { earliest: '2011-12-01', latest: '2011-12-31' });
    assert.ok(!isPossibleInterval('2011-12-16', '2011-11'));
    assert.ok(isPossibleInterval('2011-12-16', '2011-12'));
  });
});
