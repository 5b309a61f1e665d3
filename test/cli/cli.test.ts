import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { startServer, tempDataDir, vigil } from '../support/cli.ts';

describe('vigil command line (SQLite)', () => {
  it('migrates, adds a user whose token is the last line, and the running server accepts that token', async () => {
    const dir = tempDataDir();
    const env = { VIGIL_DATA_DIR: dir };
    const m = vigil(['migrate'], env);
    assert.equal(m.code, 0, m.stderr);
    assert.match(m.stdout, /applied: 2026_11_27_0001_register/);
    assert.match(vigil(['migrate'], env).stdout, /up to date/);
    const u = vigil(['user', 'add', '--email', 'Editor@Example.org', '--role', 'editor', '--token'], env);
    assert.equal(u.code, 0, u.stderr);
    const token = u.stdout.trim().split('\n').pop()!;
    assert.match(token, /^vgl_[A-Za-z0-9_-]{43}$/);
    const dup = vigil(['user', 'add', '--email', 'editor@example.org', '--role', 'viewer'], env);
    assert.equal(dup.code, 1);
    assert.match(dup.stderr, /^vigil: email: a user with this address already exists\n$/);
    assert.equal(vigil(['user', 'add', '--email', 'x@example.org', '--role', 'king'], env).code, 2);

    const server = await startServer(env);
    try {
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
      const res = await fetch(`${server.url}/api/v1/organisations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          names: [{ full: 'Moscow Helsinki Group' }, { full: 'Московская Хельсинкская группа' }],
          kind: 'ngo',
          country: 'RU',
        }),
      });
      assert.equal(res.status, 201, await res.clone().text());
      assert.equal(((await res.json()) as { data: { slug: string } }).data.slug, 'moscow-helsinki-group');
    } finally {
      assert.equal(await server.stop(), 0);
    }
  });

  it('stops with a one-line reason on bad configuration', () => {
    const r = vigil(['migrate'], { VIGIL_DATA_DIR: tempDataDir(), VIGIL_LOG_LEVEL: 'chatty' });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^vigil: configuration: VIGIL_LOG_LEVEL: .+\n$/);
  });

  it('loads the demo once, verifies and detects a tampered audit chain', () => {
    const dir = tempDataDir();
    const env = { VIGIL_DATA_DIR: dir };
    const first = vigil(['demo'], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /demo register: [1-9]\d* records created, 0 already present/);
    assert.match(vigil(['demo'], env).stdout, /demo register: 0 records created/);
    const ok = vigil(['audit', 'verify'], env);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /audit chain intact: \d+ entries/);
    const raw = new SqliteDatabase(path.join(dir, 'vigil.db'));
    raw.prepare("update audit_log set actor = 'system:forger' where seq = 5").run();
    raw.close();
    const bad = vigil(['audit', 'verify'], env);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /^vigil: audit chain broken at entry 5: /);
  });

  it('exports, imports into an empty database and exports the same bytes; CSV too', () => {
    const a = tempDataDir();
    const b = tempDataDir();
    assert.equal(vigil(['demo'], { VIGIL_DATA_DIR: a }).code, 0);
    const out1 = path.join(a, 'export.json');
    const e1 = vigil(['export', '--format', 'json', '--out', out1], { VIGIL_DATA_DIR: a });
    assert.equal(e1.code, 0, e1.stderr);
    const imp = vigil(['import', out1], { VIGIL_DATA_DIR: b });
    assert.equal(imp.code, 0, imp.stderr);
    assert.match(imp.stdout, /imported: /);
    const e2 = vigil(['export'], { VIGIL_DATA_DIR: b });
    assert.equal(e2.code, 0, e2.stderr);
    assert.equal(e2.stdout, fs.readFileSync(out1, 'utf8'));
    const doc = JSON.parse(e2.stdout) as { persons: { name: string; other_names: { name: string }[] }[] };
    assert.ok(doc.persons.some((p) => p.other_names.some((n) => n.name === 'Роза Тулетаева')));
    const csv = vigil(['export', '--format', 'csv', '--type', 'cases'], { VIGIL_DATA_DIR: b });
    assert.equal(csv.code, 0, csv.stderr);
    assert.match(csv.stdout.split('\n')[0]!, /^id,slug,title/);
    assert.match(csv.stdout, /,90,/);
    assert.equal(vigil(['export', '--format', 'csv'], { VIGIL_DATA_DIR: b }).code, 1);
  });

  it('refuses a malformed import, names the record and leaves the database unchanged', () => {
    const a = tempDataDir();
    assert.equal(vigil(['demo'], { VIGIL_DATA_DIR: a }).code, 0);
    const good = vigil(['export'], { VIGIL_DATA_DIR: a }).stdout;
    const target = tempDataDir();
    const bad = path.join(target, 'bad.json');
    fs.writeFileSync(bad, good.replace('"status":"extradition_pending"', '"status":"vanished"'));
    const r = vigil(['import', bad], { VIGIL_DATA_DIR: target });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^vigil: cases\[\d+\] \(id [0-9A-Z]{26}\): status: .+\n$/);
    const truncated = path.join(target, 'truncated.json');
    fs.writeFileSync(truncated, good.slice(0, Math.floor(good.length / 2)));
    assert.equal(vigil(['import', truncated], { VIGIL_DATA_DIR: target }).code, 1);
    assert.equal(vigil(['import', path.join(target, 'missing.json')], { VIGIL_DATA_DIR: target }).code, 1);
    const raw = new SqliteDatabase(path.join(target, 'vigil.db'));
    const n = raw
      .prepare(
        'select (select count(*) from persons) + (select count(*) from cases) + (select count(*) from audit_log) as n',
      )
      .get() as { n: number };
    raw.close();
    assert.equal(n.n, 0);
  });

  it('backs up online and restores the backup', () => {
    const dir = tempDataDir();
    const env = { VIGIL_DATA_DIR: dir };
    assert.equal(vigil(['demo'], env).code, 0);
    const file = path.join(dir, 'backup.db');
    const b = vigil(['backup', file], env);
    assert.equal(b.code, 0, b.stderr);
    assert.equal(vigil(['backup', file], env).code, 1, 'an existing backup is not overwritten without --force');
    const before = vigil(['export'], env).stdout;
    const other = tempDataDir();
    assert.equal(vigil(['restore', file], { VIGIL_DATA_DIR: other }).code, 0);
    // The backup holds data sealed with the key: without the key file beside it, nothing runs on it (and no key is made).
    const keyless = vigil(['export'], { VIGIL_DATA_DIR: other });
    assert.equal(keyless.code, 1);
    assert.match(keyless.stderr, /VIGIL_SECRET_KEY_FILE\) is missing/);
    assert.equal(fs.existsSync(path.join(other, 'secret.key')), false);
    // A restore comes with the key file: with it, restricted values open and the keyed audit chain verifies.
    fs.copyFileSync(path.join(dir, 'secret.key'), path.join(other, 'secret.key'));
    fs.chmodSync(path.join(other, 'secret.key'), 0o600);
    assert.equal(vigil(['export'], { VIGIL_DATA_DIR: other }).stdout, before);
    assert.equal(vigil(['restore', file], { VIGIL_DATA_DIR: other }).code, 1, 'an existing database needs --force');
    const junk = path.join(dir, 'junk.db');
    fs.writeFileSync(junk, 'not a database');
    const r = vigil(['restore', junk, '--force'], { VIGIL_DATA_DIR: other });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^vigil: restore: /);
    assert.match(vigil(['audit', 'verify'], { VIGIL_DATA_DIR: other }).stdout, /intact/);
    // Another installation's key file can neither open the data nor vouch for the chain.
    const elsewhere = tempDataDir();
    assert.equal(vigil(['migrate'], { VIGIL_DATA_DIR: elsewhere }).code, 0);
    const stranger = tempDataDir();
    assert.equal(vigil(['restore', file], { VIGIL_DATA_DIR: stranger }).code, 0);
    fs.copyFileSync(path.join(elsewhere, 'secret.key'), path.join(stranger, 'secret.key'));
    fs.chmodSync(path.join(stranger, 'secret.key'), 0o600);
    const unkeyed = vigil(['audit', 'verify'], { VIGIL_DATA_DIR: stranger });
    assert.equal(unkeyed.code, 1, 'another key file cannot vouch for the chain');
    assert.match(unkeyed.stderr, /^vigil: the key file .* is not this database's/);
  });
});
