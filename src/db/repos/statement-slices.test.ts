import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paddedList, statementSlices } from './shared.ts';

describe('multi-row statement sizes', () => {
  it('covers every row once, in order, with power-of-two slices under the limit', () => {
    for (const [count, max] of [
      [0, 100],
      [1, 100],
      [1000, 100],
      [2431, 2000],
      [7, 3],
      [300, 1],
    ] as const) {
      const slices = statementSlices(count, max);
      let next = 0;
      for (const [from, to] of slices) {
        assert.equal(from, next);
        const size = to - from;
        assert.ok(size >= 1 && size <= Math.max(1, max) && size <= 256, `size ${size} for ${count}/${max}`);
        assert.equal(size & (size - 1), 0, `size ${size} is a power of two`);
        next = to;
      }
      assert.equal(next, count);
    }
    assert.deepEqual(
      statementSlices(1000, 100),
      [[0, 64], ...Array.from({ length: 14 }, (_, i) => [64 + i * 64, 128 + i * 64]), [960, 992], [992, 1000]].map(
        ([a, b]) => [a, b],
      ),
    );
  });

  it('pads IN lists to a power of two with a value already in them', () => {
    assert.deepEqual(paddedList([]), []);
    assert.deepEqual(paddedList(['a']), ['a']);
    assert.deepEqual(paddedList(['a', 'b', 'c']), ['a', 'b', 'c', 'c']);
    assert.equal(paddedList(Array.from({ length: 1025 }, (_, i) => i)).length, 2048);
  });
});
