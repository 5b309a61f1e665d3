import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Case } from './case.ts';
import { monthsFrom, timeHeld } from './time-held.ts';

type Held = Pick<Case, 'status' | 'statusHistory' | 'acts' | 'timeline' | 'sentence'>;
const act = (kind: Case['acts'][number]['kind'], date: string, dateApprox = false): Case['acts'][number] => ({
  kind,
  date,
  dateApprox,
  perpetratorId: null,
  involvement: null,
  place: { country: null, locality: null, lat: null, lon: null },
  description: null,
  certainty: 'alleged',
});
const entry = (kind: Case['timeline'][number]['kind'], date: string): Case['timeline'][number] => ({
  kind,
  date,
  dateApprox: false,
  description: null,
});
const serving = (over: Partial<Held> = {}): Held => ({
  status: 'serving_sentence',
  statusHistory: [{ status: 'serving_sentence', since: '2012-10' }],
  acts: [act('arrest', '2012-01')],
  timeline: [],
  sentence: { kind: 'prison', months: 90, startDate: null },
  ...over,
});

describe('time held', () => {
  it('counts whole months from the earliest day a partial date may mean', () => {
    assert.equal(monthsFrom('2012-01', '2014-12-04'), 35);
    assert.equal(monthsFrom('2012', '2013-01-01'), 12);
    assert.equal(monthsFrom('2012-03-15', '2012-04-14'), 0);
    assert.equal(monthsFrom('2012-03-15', '2012-04-15'), 1);
  });

  it('keeps the precision of the arrest date and its approximation', () => {
    const h = timeHeld(serving({ acts: [act('arrest', '2012-01', true)] }), '2014-12-04');
    assert.equal(h.since, '2012-01');
    assert.equal(h.sinceApprox, true);
    assert.equal(h.months, 35);
    assert.equal(h.until, null);
    assert.equal(h.review, null);
    assert.equal(h.sentenceEnds, '2019-07', 'seven and a half years from January 2012');
  });

  it('takes the first of arrests, detentions and timeline arrests', () => {
    const h = timeHeld(
      serving({ acts: [act('detention', '2012-03')], timeline: [entry('arrest', '2011-11-20')] }),
      '2012-12-20',
    );
    assert.equal(h.since, '2011-11-20');
    assert.equal(h.months, 13);
  });

  it('stops at the end of the sentence and flags it when no release is recorded', () => {
    const h = timeHeld(serving(), '2026-12-04');
    assert.equal(h.until, '2019-07');
    assert.equal(h.months, 90);
    assert.equal(h.review, 'sentence_ended');
  });

  it('does not flag a sentence whose end month is not over yet', () => {
    const h = timeHeld(serving(), '2019-07-15');
    assert.equal(h.review, null);
    assert.equal(h.until, null);
    assert.equal(h.months, 90);
  });

  it('counts from the sentence start when one is given', () => {
    const h = timeHeld(serving({ sentence: { kind: 'prison', months: 24, startDate: '2013-05-10' } }), '2016-01-01');
    assert.equal(h.sentenceEnds, '2015-05-10');
    assert.equal(h.until, '2015-05-10');
    assert.equal(h.months, 40);
  });

  it('stops at a recorded release', () => {
    const released = serving({
      status: 'released',
      statusHistory: [
        { status: 'serving_sentence', since: '2012-10' },
        { status: 'released', since: '2016-08' },
      ],
      timeline: [entry('release', '2016-08-23')],
    });
    const h = timeHeld(released, '2026-12-04');
    assert.equal(h.until, '2016-08', 'the status change is known to the month and comes before the timeline day');
    assert.equal(h.months, 55);
    assert.equal(h.review, null);
  });

  it('gives no duration to a released case without a release date', () => {
    const h = timeHeld(serving({ status: 'released', statusHistory: [] }), '2026-12-04');
    assert.equal(h.months, null);
    assert.equal(h.since, '2012-01');
  });

  it('ignores a suspended sentence and acts dated after the day asked about', () => {
    const h = timeHeld(
      serving({ sentence: { kind: 'suspended', months: 12, startDate: null }, acts: [act('arrest', '2030-01')] }),
      '2026-12-04',
    );
    assert.equal(h.since, null);
    assert.equal(h.months, null);
    const s = timeHeld(serving({ sentence: { kind: 'suspended', months: 12, startDate: null } }), '2026-12-04');
    assert.equal(s.sentenceEnds, null);
    assert.equal(s.review, null);
    assert.equal(s.months, 179);
  });
});
