// Crash safety, short form (the long form with at least 20 kills: `npm run test:crash`, test/crash/long.ts): a few
// SIGKILLs of `vigil serve` under signings and record writes, and of `vigil import` midway, on each dialect.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DIALECTS } from '../support/db.ts';
import {
  crashDb,
  crashOnce,
  importCrashes,
  seed,
  seededRandom,
  verifyAfterCrashes,
  type Acknowledged,
} from './harness.ts';

const SEED = Number(process.env.VIGIL_CRASH_SEED ?? Date.now() % 100_000);

for (const dialect of DIALECTS) {
  describe(`crash safety (${dialect}, seed ${SEED})`, () => {
    it('keeps every acknowledged signing and record through SIGKILLs, and an import killed midway leaves none or all', async () => {
      const db = await crashDb(dialect);
      try {
        const token = seed(db);
        const rnd = seededRandom(SEED);
        const ack: Acknowledged = { emails: [], records: [], sent: 0 };
        for (let i = 0; i < 2; i++) await crashOnce(db, token, 500 + rnd() * 1000, `${i}`, ack);
        assert.ok(
          ack.emails.length > 0 && ack.records.length > 0,
          `the load got no answers before the kills (${ack.sent} sent)`,
        );
        const stored = await verifyAfterCrashes(db, ack);
        assert.ok(stored.signatures >= ack.emails.length);
        const r = await importCrashes(db, 1, 1000, seededRandom(SEED + 1));
        assert.equal(r.unchanged + r.complete, 1);
      } finally {
        await db.cleanup();
      }
    });
  });
}
