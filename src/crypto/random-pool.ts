// Randomness for the busiest writes (public signing and the mail job it queues), drawn from a buffer refilled from the
// operating system's generator 8 KiB at a time. ulid's default source makes one system call per character (16 per id),
// and a fresh randomBytes() per token adds another: under a signing flood that was a tenth of the server's CPU. The
// bytes are the same cryptographic randomness, each handed out once; a token's bytes are wiped from the buffer as soon
// as they are taken, so the buffer never holds a token already issued.
import { randomFillSync } from 'node:crypto';
import { ulid } from 'ulid';

const POOL_BYTES = 8192;
const pool = Buffer.alloc(POOL_BYTES);
let at = POOL_BYTES;

/** `n` fresh random bytes (n ≤ the pool's size), copied out of the pool and wiped in it. */
export function pooledBytes(n: number): Buffer {
  if (n > POOL_BYTES) throw new RangeError(`at most ${POOL_BYTES} pooled bytes at a time`);
  if (at + n > POOL_BYTES) {
    randomFillSync(pool);
    at = 0;
  }
  const out = Buffer.from(pool.subarray(at, at + n));
  pool.fill(0, at, at + n);
  at += n;
  return out;
}

/** A random number in [0, 1) with 32 random bits, the shape ulid asks of its source. */
export function pooledRandom(): number {
  if (at + 4 > POOL_BYTES) {
    randomFillSync(pool);
    at = 0;
  }
  const x = pool.readUInt32LE(at) / 0x1_0000_0000;
  at += 4;
  return x;
}

/** A new ULID for `time` (ms since the epoch), its 80 random bits from the pool. */
export function pooledUlid(time: number): string {
  return ulid(time, pooledRandom);
}

/** A secret token of `bytes` random bytes, base64url (32 bytes: 256 bits, as the confirmation links use). */
export function pooledToken(bytes = 32): string {
  return pooledBytes(bytes).toString('base64url');
}
