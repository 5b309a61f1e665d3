// SQLite's checkpoints off the web app's thread, and a batch of signings that never sleeps on the event loop for the
// write lock: the main connection makes no checkpoint while the thread runs and makes them again once it stops; the
// thread copies the log back once it holds its page count; a batch that finds the lock taken by another connection
// commits once it is free, and the event loop keeps turning meanwhile.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { batchedWrite, lockRetryDelayMs } from '../../src/commands/signatures/write-batcher.ts';
import { isLockBusy, writeTransactionFlushedLater } from '../../src/db/database.ts';
import { startCheckpointThread, type FromCheckpointThread } from '../../src/db/dialects/sqlite-checkpoint.ts';
import { insertJobs, listJobs } from '../../src/db/repos/job.repo.ts';
import { testDb, type TestDb } from '../support/db.ts';

const iso = () => new Date().toISOString();
const job = (id: string) => ({
  id,
  kind: 'test.ckpt',
  payload: { pad: 'x'.repeat(3000) },
  runAt: iso(),
  createdAt: iso(),
});
const audit = (id: string) => ({
  at: iso(),
  actor: 'system:test',
  action: 'test.ckpt',
  recordType: 'test',
  recordId: id,
  before: null,
  after: null,
});

describe('checkpoints in a thread of their own (sqlite)', () => {
  let t: TestDb;
  before(async () => {
    t = await testDb('sqlite');
  });
  after(async () => {
    await t.cleanup();
  });

  it('the main connection stops checkpointing while the thread runs, and the thread copies the log back', async () => {
    const raw = t.handle.rawSqlite!;
    const messages: FromCheckpointThread[] = [];
    const thread = startCheckpointThread(raw, { everyMs: 10, pages: 50, onMessage: (m) => messages.push(m) });
    try {
      assert.equal(await thread.ready, true);
      assert.equal(raw.pragma('wal_autocheckpoint', { simple: true }), 0, 'the main connection makes no checkpoint');
      // About 60 pages of log: past the thread's mark of 50.
      for (let i = 0; i < 60; i++)
        await writeTransactionFlushedLater(t.handle.db, (trx) => insertJobs(trx, [job(`C${i}`)]));
      const deadline = Date.now() + 5000;
      while (thread.checkpoints === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      assert.ok(thread.checkpoints > 0, 'the thread made a checkpoint');
      const made = messages.find((m) => m.type === 'checkpoint');
      assert.ok(made && made.type === 'checkpoint' && made.copied >= 50, JSON.stringify(made));
    } finally {
      await thread.stop();
    }
    assert.equal(
      raw.pragma('wal_autocheckpoint', { simple: true }),
      1000,
      'stopped, the main connection checkpoints again',
    );
    assert.equal((await listJobs(t.handle.db, 'test.ckpt')).length, 60);
  });

  it('a batch that finds the write lock taken commits once it is free, without stopping the event loop', async () => {
    // Another connection to the same file holds the write lock for 150 ms, as the job thread or a CLI command may.
    const other = new SqliteDatabase(t.handle.rawSqlite!.name);
    other.pragma('busy_timeout = 0');
    other.exec('begin immediate');
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 5);
    const started = Date.now();
    const release = setTimeout(() => other.exec('commit'), 150);
    try {
      await assert.rejects(
        writeTransactionFlushedLater(t.handle.db, (trx) => insertJobs(trx, [job('BUSY0')]), { noWait: true }),
        (err) => isLockBusy(err),
        'without waiting, the write fails at once as busy',
      );
      await Promise.all(
        ['BUSY1', 'BUSY2', 'BUSY3'].map((id) =>
          batchedWrite(t.handle.db, t.keyring, async (trx) => {
            await insertJobs(trx, [job(id)]);
            return [audit(id)];
          }),
        ),
      );
    } finally {
      clearInterval(ticker);
      clearTimeout(release);
      other.close();
    }
    const waited = Date.now() - started;
    assert.ok(waited >= 140, `the signings waited for the lock (${waited} ms)`);
    // A sleep in SQLite's busy handler would have held the event loop: the 5 ms ticker would not have run.
    assert.ok(ticks >= 10, `the event loop kept turning while the lock was taken (${ticks} ticks in ${waited} ms)`);
    const ids = (await listJobs(t.handle.db, 'test.ckpt')).map((j) => j.id);
    for (const id of ['BUSY1', 'BUSY2', 'BUSY3']) assert.ok(ids.includes(id), `${id} was written`);
    assert.ok(!ids.includes('BUSY0'));
  });

  it('tries again at once a few times, then backs off up to 50 ms', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 9, 10, 20].map(lockRetryDelayMs), [0, 0, 0, 0, 1, 2, 4, 32, 50, 50]);
  });

  it('an in-memory database has no thread', () => {
    const mem = new SqliteDatabase(':memory:');
    try {
      assert.throws(() => startCheckpointThread(mem), /in-memory/);
    } finally {
      mem.close();
    }
  });
});
