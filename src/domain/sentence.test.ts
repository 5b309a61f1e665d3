import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { describeMonths, joinMonths, splitMonths, yearsToMonths } from './sentence.ts';

describe('sentence arithmetic', () => {
  it('split and join are inverse, with months below 12', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2400 }), (m) => {
        const ym = splitMonths(m);
        assert.ok(ym.months >= 0 && ym.months < 12);
        assert.equal(joinMonths(ym), m);
      }),
    );
  });

  it('whole and half years convert exactly; other fractions only when they are whole months', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 11 }), (y, m) => {
        assert.equal(yearsToMonths(y + m / 12), y * 12 + m);
      }),
    );
    assert.equal(yearsToMonths(7.5), 90);
    assert.equal(yearsToMonths(5), 60);
    assert.equal(yearsToMonths(12), 144);
    assert.equal(yearsToMonths(7.3), undefined);
    assert.equal(yearsToMonths(-1), undefined);
    assert.equal(yearsToMonths(Number.NaN), undefined);
  });

  it('describes lengths in words', () => {
    assert.equal(describeMonths(90), '7 years 6 months');
    assert.equal(describeMonths(60), '5 years');
    assert.equal(describeMonths(13), '1 year 1 month');
    assert.equal(describeMonths(0), '0 months');
    assert.throws(() => describeMonths(1.5));
  });
});
