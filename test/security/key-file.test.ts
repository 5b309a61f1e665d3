// The key file is never silently replaced (SECURITY.md, property 2): the first `vigil migrate` on a new data folder makes
// it (mode 0600, under umask 022); once the database holds data, `vigil serve`, `vigil audit verify` and `vigil migrate`
// refuse to run without it, or with another database's key file, with one line naming VIGIL_SECRET_KEY_FILE, and create
// no key file.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createKeyFile } from '../../src/crypto/key-file.ts';
import { startServer, tempDataDir, vigil } from '../support/cli.ts';

describe('the key file from the command line (sqlite)', () => {
  let dir = '';
  let env: Record<string, string> = {};
  let keyFile = '';
  let oldUmask = 0;
  before(() => {
    oldUmask = process.umask(0o022);
    dir = tempDataDir();
    // The key lives apart from the data, as the README advises.
    keyFile = path.join(dir, 'keys', 'vigil.key');
    env = { VIGIL_DATA_DIR: path.join(dir, 'data'), VIGIL_SECRET_KEY_FILE: keyFile };
  });
  after(() => {
    process.umask(oldUmask);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates the key (0600, its folder 0700) on the first migrate of a new data folder, and the database owner-only', () => {
    const run = vigil(['migrate'], env);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(fs.statSync(keyFile).mode & 0o777, 0o600);
    assert.equal(fs.statSync(path.dirname(keyFile)).mode & 0o777, 0o700);
    assert.equal(fs.statSync(path.join(dir, 'data', 'vigil.db')).mode & 0o777, 0o600);
    const again = vigil(['audit', 'verify'], env);
    assert.equal(again.code, 0, again.stderr);
  });

  it('creates the key on the first start of `vigil serve` on a new data folder', async () => {
    const fresh = path.join(dir, 'fresh');
    const server = await startServer({ VIGIL_DATA_DIR: fresh });
    try {
      const health = await fetch(`${server.url}/healthz`);
      assert.equal(health.status, 200);
    } finally {
      await server.stop();
    }
    assert.equal(fs.statSync(path.join(fresh, 'secret.key')).mode & 0o777, 0o600);
    for (const f of fs.readdirSync(fresh).filter((n) => n.startsWith('vigil.db')))
      assert.equal(fs.statSync(path.join(fresh, f)).mode & 0o777, 0o600, f);
  });

  it('refuses serve, audit verify and migrate without the key file, and writes none', () => {
    const saved = fs.readFileSync(keyFile);
    fs.rmSync(keyFile);
    for (const args of [['serve'], ['audit', 'verify'], ['migrate']]) {
      const run = vigil(args, { ...env, PORT: '0' });
      assert.equal(run.code, 1, `${args.join(' ')} must fail at once: ${run.stderr}`);
      const lines = run.stderr.trim().split('\n');
      assert.equal(lines.length, 1, run.stderr);
      assert.match(
        lines[0]!,
        new RegExp(
          `^vigil: the key file ${keyFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(VIGIL_SECRET_KEY_FILE\\) is missing.*restore .* from your backup`,
        ),
      );
      assert.equal(fs.existsSync(keyFile), false, `${args.join(' ')} created no key`);
    }
    fs.writeFileSync(keyFile, saved, { mode: 0o600 });
    const back = vigil(['audit', 'verify'], env);
    assert.equal(back.code, 0, back.stderr);
  });

  it('refuses another database’s key file', () => {
    fs.renameSync(keyFile, `${keyFile}.right`);
    try {
      createKeyFile(keyFile);
      const run = vigil(['audit', 'verify'], env);
      assert.equal(run.code, 1);
      assert.match(
        run.stderr,
        /^vigil: the key file .* \(VIGIL_SECRET_KEY_FILE\) is not this database's: .*restore this database's key file from your backup/,
      );
    } finally {
      fs.renameSync(`${keyFile}.right`, keyFile);
    }
  });
});
