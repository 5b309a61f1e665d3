// `vigil export` / `vigil import` as an operator runs them on a whole installation: users, deny rules, appeals and a
// sealed signature come back byte for byte under the same key file; another key file is refused with one line, unless
// the export left the addresses out.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { tempDataDir, vigil } from '../support/cli.ts';

const PASSWORD = 'a long and careful passphrase 7';

describe('vigil export and import of a whole installation', () => {
  it('round-trips under the same key file, refuses another, and leaves addresses out on request', () => {
    const a = tempDataDir();
    assert.equal(vigil(['demo'], { VIGIL_DATA_DIR: a }).code, 0);
    assert.equal(
      vigil(
        ['user', 'add', '--email', 'coordinator@example.org', '--role', 'admin', '--password-stdin'],
        { VIGIL_DATA_DIR: a },
        `${PASSWORD}\n`,
      ).code,
      0,
    );
    assert.equal(
      vigil(['signatures', 'deny', 'add', '--domain', 'throwaway.example', '--note', 'bulk'], { VIGIL_DATA_DIR: a })
        .code,
      0,
    );
    // A signature as the sign-on path stores it: the address sealed under the installation's current key.
    const keyFile = path.join(a, 'secret.key');
    const keyId = (JSON.parse(fs.readFileSync(keyFile, 'utf8')) as { current: string }).current;
    const raw = new SqliteDatabase(path.join(a, 'vigil.db'));
    const appeal = raw.prepare("select id from appeals where status = 'published'").get() as { id: string };
    raw
      .prepare(
        `insert into signatures (id, appeal_id, status, name, country, comment, show_name, email_sealed, email_hash, email_domain, network_hint,
      token_hash, created_at, confirmed_at, invalidated_at, invalidated_reason, anonymised_at)
      values ('01JZZZZZZZZZZZZZZZZZZZZZZZ', ?, 'confirmed', 'Ivan', 'KZ', null, 1, ?, 'digest-of-address', 'example.net', null, null,
      '2026-12-01T10:00:00.000Z', '2026-12-01T10:05:00.000Z', null, null, null)`,
      )
      .run(appeal.id, `v1:${keyId}:c2VhbGVkLWJ5LXRoZS10ZXN0`);
    raw.close();

    const file = path.join(a, 'all.json');
    const e1 = vigil(['export', '--out', file], { VIGIL_DATA_DIR: a });
    assert.equal(e1.code, 0, e1.stderr);
    const text = fs.readFileSync(file, 'utf8');
    assert.equal(text.includes(PASSWORD), false);
    assert.equal(text.includes('$argon2'), false, 'no password hash');
    const doc = JSON.parse(text) as Record<string, unknown[]>;
    assert.equal(doc.users!.length, 1);
    assert.equal(doc.denyRules!.length, 1);
    assert.equal(doc.signatures!.length, 1);

    const b = tempDataDir();
    const imp = vigil(['import', file], { VIGIL_DATA_DIR: b, VIGIL_SECRET_KEY_FILE: keyFile });
    assert.equal(imp.code, 0, imp.stderr);
    assert.match(imp.stdout, /1 users, .*1 signatures/);
    const e2 = vigil(['export'], { VIGIL_DATA_DIR: b, VIGIL_SECRET_KEY_FILE: keyFile });
    assert.equal(e2.stdout, text);

    const c = tempDataDir();
    const refused = vigil(['import', file], { VIGIL_DATA_DIR: c });
    assert.equal(refused.code, 1);
    assert.match(
      refused.stderr,
      /^vigil: signatures\[0\] \(id 01JZZZZZZZZZZZZZZZZZZZZZZZ\): sealed under key ".+", which this installation's key file does not hold: .+\n$/,
    );
    const empty = new SqliteDatabase(path.join(c, 'vigil.db'));
    assert.deepEqual(empty.prepare('select (select count(*) from users) + (select count(*) from persons) as n').get(), {
      n: 0,
    });
    empty.close();

    const bare = path.join(a, 'bare.json');
    assert.equal(vigil(['export', '--without-signer-addresses', '--out', bare], { VIGIL_DATA_DIR: a }).code, 0);
    const ok = vigil(['import', bare], { VIGIL_DATA_DIR: c });
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(
      vigil(['export', '--without-signer-addresses'], { VIGIL_DATA_DIR: c }).stdout,
      fs.readFileSync(bare, 'utf8'),
    );
  });
});
