import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { backup, openRaw } from './sqlite.ts';

const mode = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);

describe('SQLite files at rest', () => {
  let dir = '';
  let oldUmask = 0;
  beforeEach(() => {
    oldUmask = process.umask(0o022);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-sqlite-'));
  });
  afterEach(() => {
    process.umask(oldUmask);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('overwrites deleted rows, so freed pages keep nothing of them', () => {
    const file = path.join(dir, 'data', 'v.db');
    const raw = openRaw(file);
    const marker = 'DELETED-MARKER-7f3a9c';
    raw.exec('create table t (id integer primary key, v text)');
    const insert = raw.prepare('insert into t (v) values (?)');
    // Enough rows to fill several pages, so deleting them frees whole pages as well as cells.
    for (let i = 0; i < 400; i++) insert.run(`${marker}-${i}-${'x'.repeat(200)}`);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    assert.notEqual(fs.readFileSync(file).indexOf(marker), -1, 'the rows reached the file');
    raw.exec('delete from t');
    raw.pragma('wal_checkpoint(TRUNCATE)');
    assert.ok((raw.pragma('freelist_count', { simple: true }) as number) > 0, 'pages were freed');
    raw.close();
    assert.equal(fs.readFileSync(file).indexOf(marker), -1);
  });

  it('creates the file, WAL and shared memory owner-only whatever the umask, and tightens an existing file', () => {
    const file = path.join(dir, 'v.db');
    const raw = openRaw(file);
    raw.exec('create table t (v text); insert into t values (1)');
    for (const f of [file, `${file}-wal`, `${file}-shm`]) assert.equal(mode(f), '600', f);
    raw.close();
    fs.chmodSync(file, 0o644);
    openRaw(file).close();
    assert.equal(mode(file), '600');
  });

  it('backs up with VACUUM INTO: an owner-only copy without free pages, refusing to overwrite a file', async () => {
    const file = path.join(dir, 'v.db');
    const raw = openRaw(file);
    raw.exec("create table t (v text); insert into t values ('kept')");
    raw.exec(
      `insert into t select '${'y'.repeat(500)}' from (select 1 union all select 2 union all select 3) a, (select 1 union all select 2) b`,
    );
    raw.exec("delete from t where v <> 'kept'");
    const target = path.join(dir, 'out', 'copy.db');
    await backup(raw, target);
    assert.equal(mode(target), '600');
    const copy = openRaw(target);
    assert.deepEqual(copy.prepare('select v from t').all(), [{ v: 'kept' }]);
    assert.equal(copy.pragma('freelist_count', { simple: true }), 0);
    copy.close();
    await assert.rejects(backup(raw, target), /EEXIST/);
    raw.close();
  });
});
