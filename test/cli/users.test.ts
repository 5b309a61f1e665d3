// `vigil user add --password-stdin`, `vigil user passwd` and `vigil user invite`, run as a user would.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempDataDir, vigil } from '../support/cli.ts';

describe('vigil user (SQLite)', () => {
  it('adds users with a password read from stdin, refuses weak ones, sets passwords and writes invitations to the outbox', () => {
    const env = { VIGIL_DATA_DIR: tempDataDir() };
    const weak = vigil(
      ['user', 'add', '--email', 'a@example.org', '--role', 'viewer', '--password-stdin'],
      env,
      'short\n',
    );
    assert.equal(weak.code, 1);
    assert.equal(weak.stderr, 'vigil: password: must have at least 12 characters\n');
    const common = vigil(
      ['user', 'add', '--email', 'a@example.org', '--role', 'viewer', '--password-stdin'],
      env,
      'Password1234\n',
    );
    assert.match(common.stderr, /too common/);
    const added = vigil(
      ['user', 'add', '--email', 'a@example.org', '--role', 'editor', '--password-stdin', '--token'],
      env,
      'a fine long pass phrase\n',
    );
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /added with a password/);
    assert.match(added.stdout.trim().split('\n').pop()!, /^vgl_[A-Za-z0-9_-]{43}$/, 'the token is still the last line');
    assert.doesNotMatch(added.stdout + added.stderr, /fine long pass/);

    const passwd = vigil(
      ['user', 'passwd', '--email', 'A@example.org', '--password-stdin'],
      env,
      'another fine pass phrase',
    );
    assert.equal(passwd.code, 0, passwd.stderr);
    assert.match(passwd.stdout, /password of a@example\.org set; 0 session\(s\) ended/);
    assert.equal(
      vigil(['user', 'passwd', '--email', 'nobody@example.org', '--password-stdin'], env, 'another fine pass phrase')
        .code,
      1,
    );
    assert.equal(vigil(['user', 'passwd', '--email', 'a@example.org'], env).code, 2, '--password-stdin is required');

    const invite = vigil(['user', 'invite', '--email', 'b@example.org', '--role', 'researcher'], env);
    assert.equal(invite.code, 0, invite.stderr);
    const file = /written to (\S+\.eml);/.exec(invite.stdout)![1]!;
    assert.equal(path.dirname(file), path.join(env.VIGIL_DATA_DIR, 'outbox'));
    assert.equal(fs.statSync(file).mode & 0o777, 0o600, 'readable by the operator only');
    assert.match(fs.readFileSync(file, 'utf8'), /^To: b@example\.org$/m);
    assert.equal(
      vigil(['user', 'invite', '--email', 'a@example.org', '--role', 'viewer'], env).code,
      1,
      'an existing account',
    );
  });
});
