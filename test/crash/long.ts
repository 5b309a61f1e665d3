// Crash safety, long form: `npm run test:crash [-- --kills N --import-kills N --seed S]`. At least 20 SIGKILLs of
// `vigil serve` at random moments under signings and record writes, then the checks of harness.ts; then `vigil import`
// killed midway until it completes. Runs on SQLite, and on PostgreSQL as well when VIGIL_TEST_PG_URL is set.
import { parseArgs } from 'node:util';
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

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '20' },
    'import-kills': { type: 'string', default: '8' },
    seed: { type: 'string' },
  },
});
const kills = Math.max(20, Number(values.kills));
const seedValue = Number(values.seed ?? Date.now() % 100_000);
const say = (s: string): void => void process.stdout.write(`${s}\n`);

for (const dialect of DIALECTS) {
  say(`crash test on ${dialect}: ${kills} kills of vigil serve, seed ${seedValue}`);
  const db = await crashDb(dialect);
  try {
    const token = seed(db);
    const rnd = seededRandom(seedValue);
    const ack: Acknowledged = { emails: [], records: [], sent: 0 };
    for (let i = 0; i < kills; i++) {
      const after = 200 + rnd() * 2000;
      await crashOnce(db, token, after, `${i}`, ack);
      say(
        `  kill ${i + 1}/${kills} after ${Math.round(after)} ms: ${ack.emails.length} signings and ${ack.records.length} records acknowledged so far (${ack.sent} sent)`,
      );
    }
    const stored = await verifyAfterCrashes(db, ack);
    say(
      `  ok: all acknowledged writes present (${stored.signatures} signatures, ${stored.records} persons stored), nothing half-written, integrity and audit chain verified`,
    );
    const imp = await importCrashes(db, Number(values['import-kills']), 5000, seededRandom(seedValue + 1));
    say(
      `  import killed: ${imp.unchanged} times unchanged, ${imp.complete} complete${imp.complete === 0 ? ' (then run to the end: complete)' : ''}; never partial`,
    );
  } finally {
    await db.cleanup();
  }
}
say('crash test passed');
