import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeTime } from 'ulid';
import { pooledBytes, pooledRandom, pooledToken, pooledUlid } from './random-pool.ts';

test('pooled tokens are 32 random bytes in base64url, never repeated across pool refills', () => {
  const seen = new Set<string>();
  // 2,000 tokens of 32 bytes run through the 8 KiB pool about eight times.
  for (let i = 0; i < 2000; i++) {
    const t = pooledToken();
    assert.match(t, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(Buffer.from(t, 'base64url').length, 32);
    assert.ok(!seen.has(t), 'a token came out twice');
    seen.add(t);
  }
});

test('pooled bytes look uniform and are copies, not views of the pool', () => {
  const counts = new Array<number>(256).fill(0);
  const chunks: Buffer[] = [];
  for (let i = 0; i < 400; i++) chunks.push(pooledBytes(64));
  for (const c of chunks) for (const b of c) counts[b]!++;
  // 25,600 bytes: about 100 per value; a stuck or zeroed pool would pile them on a few values.
  assert.ok(
    Math.max(...counts) < 180 && Math.min(...counts) > 40,
    `skewed byte counts ${Math.min(...counts)}..${Math.max(...counts)}`,
  );
  // Wiping the pool after a draw must not wipe what was handed out.
  assert.ok(chunks[0]!.some((b) => b !== 0));
  assert.throws(() => pooledBytes(8193), RangeError);
});

test('pooled ulids carry the given time and distinct random parts; pooledRandom stays in [0, 1)', () => {
  const time = Date.UTC(2026, 11, 4, 12);
  const ids = new Set<string>();
  for (let i = 0; i < 5000; i++) {
    const id = pooledUlid(time);
    assert.match(id, /^[0-9A-HJKMNP-TV-Z]{26}$/);
    assert.equal(decodeTime(id), time);
    ids.add(id);
  }
  assert.equal(ids.size, 5000);
  for (let i = 0; i < 10_000; i++) {
    const x = pooledRandom();
    assert.ok(x >= 0 && x < 1);
  }
});
