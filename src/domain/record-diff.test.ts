import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffRecords } from './record-diff.ts';

describe('record diff', () => {
  it('lists changed, added and removed fields, ignoring timestamps and key order', () => {
    const before = {
      title: 'A',
      status: 'detained_pre_trial',
      sentence: null,
      acts: [{ kind: 'arrest' }],
      updatedAt: '1',
    };
    const after = {
      status: 'serving_sentence',
      title: 'A',
      sentence: { months: 90, kind: 'prison' },
      acts: [{ kind: 'arrest' }],
      summary: 'x',
      updatedAt: '2',
    };
    assert.deepEqual(diffRecords(before, after), [
      { field: 'sentence', before: 'null', after: '{"kind":"prison","months":90}' },
      { field: 'status', before: '"detained_pre_trial"', after: '"serving_sentence"' },
      { field: 'summary', before: null, after: '"x"' },
    ]);
  });

  it('shows every field of a creation as new, and nothing for an unchanged state', () => {
    assert.deepEqual(diffRecords(undefined, { title: 'A', updatedAt: '1' }), [
      { field: 'title', before: null, after: '"A"' },
    ]);
    assert.deepEqual(diffRecords({ a: [1, 2] }, { a: [1, 2] }), []);
  });
});
