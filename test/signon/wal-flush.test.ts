// The group commit's flush to disk off the event loop: a signing is acknowledged only after a flush that began after its
// commit; flushes are shared; the connection is back to synchronous=FULL for every other write; a failed flush fails
// the signings of its batch. PostgreSQL commits flush themselves, and the same calls behave as plain transactions there.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { batchedWrite } from '../../src/commands/signatures/write-batcher.ts';
import { writeBookkeeping, writeTransactionFlushedLater } from '../../src/db/database.ts';
import { registerWalSync, walSyncOf, WalSync } from '../../src/db/dialects/sqlite-wal-sync.ts';
import { insertJobs, listJobs } from '../../src/db/repos/job.repo.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';

const iso = () => new Date().toISOString();
const job = (id: string) => ({ id, kind: 'test.flush', payload: {}, runAt: iso(), createdAt: iso() });
const audit = (id: string) => ({
  at: iso(),
  actor: 'system:test',
  action: 'test.flush',
  recordType: 'test',
  recordId: id,
  before: null,
  after: null,
});

describe('WalSync', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-wal-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('shares one flush among the callers that arrive while a flush runs, and never reuses one begun before a call', async () => {
    const file = path.join(dir, 'x.db');
    fs.writeFileSync(`${file}-wal`, 'frames');
    const s = new WalSync(file);
    const first = s.durable();
    // These arrive while the first flush runs: it may have begun before their commits, so they wait for the next one.
    const later = [s.durable(), s.durable(), s.durable()];
    await first;
    assert.equal(s.flushes, 1);
    await Promise.all(later);
    assert.equal(s.flushes, 2, 'the three later callers shared one second flush');
    await s.durable();
    assert.equal(s.flushes, 3);
  });

  it('rejects when the log cannot be flushed', async () => {
    await assert.rejects(new WalSync(path.join(dir, 'missing', 'y.db')).durable(), { code: 'ENOENT' });
  });
});

for (const dialect of DIALECTS) {
  describe(`commits flushed off the event loop (${dialect})`, () => {
    let t: TestDb;
    before(async () => {
      t = await testDb(dialect);
    });
    after(async () => {
      await t.cleanup();
    });

    it('a flushed-later transaction commits, resolves `durable` after a flush, and leaves the connection at FULL', async () => {
      const wal = walSyncOf(t.handle.db);
      assert.equal(wal !== undefined, dialect === 'sqlite', 'only an SQLite file has a log to flush');
      const before = wal?.flushes ?? 0;
      const { value, durable } = await writeTransactionFlushedLater(t.handle.db, async (trx) => {
        await insertJobs(trx, [job('FLUSH1')]);
        return 'done';
      });
      assert.equal(value, 'done');
      await durable;
      if (wal) {
        assert.ok(wal.flushes > before);
        const [row] = (await sql<{ synchronous: number }>`pragma synchronous`.execute(t.handle.db)).rows;
        assert.equal(row!.synchronous, 2, 'synchronous is FULL (2) again for every other write');
      }
      assert.equal((await listJobs(t.handle.db, 'test.flush')).length, 1);
    });

    it('bookkeeping writes commit and leave the connection at FULL', async () => {
      await writeBookkeeping(t.handle.db, (db) => db.transaction().execute((trx) => insertJobs(trx, [job('FLUSH2')])));
      assert.equal((await listJobs(t.handle.db, 'test.flush')).length, 2);
      if (dialect === 'sqlite') {
        const [row] = (await sql<{ synchronous: number }>`pragma synchronous`.execute(t.handle.db)).rows;
        assert.equal(row!.synchronous, 2);
      }
    });

    it('forty signings at once are all committed and share a few flushes', async () => {
      const wal = walSyncOf(t.handle.db);
      const before = wal?.flushes ?? 0;
      await Promise.all(
        Array.from({ length: 40 }, (_, k) =>
          batchedWrite(t.handle.db, t.keyring, async (trx) => {
            await insertJobs(trx, [job(`MANY${String(k).padStart(2, '0')}`)]);
            return [audit(String(k))];
          }),
        ),
      );
      assert.equal((await listJobs(t.handle.db, 'test.flush')).length, 42);
      if (wal) assert.ok(wal.flushes - before < 40, `${wal.flushes - before} flushes for 40 signings`);
    });

    if (dialect === 'sqlite') {
      it('a signing whose flush fails is not acknowledged, though its batch committed', async () => {
        registerWalSync(t.handle.db, path.join(t.dir, 'nowhere', 'gone.db'));
        try {
          await assert.rejects(
            batchedWrite(t.handle.db, t.keyring, async (trx) => {
              await insertJobs(trx, [job('UNFLUSHED')]);
              return [audit('unflushed')];
            }),
            { code: 'ENOENT' },
          );
        } finally {
          if (t.config.database.dialect === 'sqlite') registerWalSync(t.handle.db, t.config.database.file);
        }
        // Once the log can be flushed again, signings are acknowledged again.
        await batchedWrite(t.handle.db, t.keyring, async (trx) => {
          await insertJobs(trx, [job('FLUSHED')]);
          return [audit('flushed')];
        });
      });
    }
  });
}
