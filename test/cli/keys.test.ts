// The key file from the command line: created owner-only, refused when others may read it, rotated; exports with and
// without restricted values.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempDataDir, vigil } from '../support/cli.ts';

/** A Popolo person of an export document. */
function person(
  id: string,
  name: string,
  confidentiality: string,
  restricted?: Record<string, string>,
): Record<string, unknown> {
  return {
    id,
    name,
    other_names: [{ name, note: 'primary', script: 'Latn', kind: 'primary' }],
    given_name: null,
    family_name: null,
    patronymic_name: null,
    birth_date: null,
    gender: null,
    national_identity: 'KZ',
    summary: null,
    links: [],
    birth_date_approx: false,
    roles: ['activist'],
    slug: name.toLowerCase().replace(/ /g, '-'),
    confidentiality,
    created_at: '2024-01-01T00:00:00.000Z',
    updated_at: '2024-01-01T00:00:00.000Z',
    ...(restricted ? { restricted } : {}),
  };
}

describe('vigil keys and restricted exports (SQLite)', () => {
  it('creates the key file 0600, exports restricted values only in full, rotates, and refuses a readable key file', () => {
    const dir = tempDataDir();
    const env = { VIGIL_DATA_DIR: dir };
    const keyFile = path.join(dir, 'secret.key');
    const doc = {
      format: 'vigil-export',
      version: 1,
      persons: [
        person('01HZY7S0000000000000000000', 'Open Person', 'public', { whereabouts: 'CLI-SECRET-PLACE' }),
        person('01HZY7S0000000000000000001', 'Inside Person', 'internal'),
      ],
      organizations: [],
      memberships: [],
      events: [],
      cases: [],
      sources: [],
      citations: [],
    };
    const input = path.join(dir, 'in.json');
    fs.writeFileSync(input, JSON.stringify(doc));
    const imp = vigil(['import', input], env);
    assert.equal(imp.code, 0, imp.stderr);
    assert.equal(fs.statSync(keyFile).mode & 0o777, 0o600);

    const full = vigil(['export'], env);
    assert.equal(full.code, 0, full.stderr);
    assert.match(full.stdout, /"restricted":\{"whereabouts":"CLI-SECRET-PLACE"\}/);
    const pub = vigil(['export', '--public'], env);
    assert.equal(pub.code, 0, pub.stderr);
    assert.ok(!pub.stdout.includes('CLI-SECRET-PLACE') && !pub.stdout.includes('Inside Person'));
    assert.ok(pub.stdout.includes('Open Person'));
    assert.ok(
      !vigil(['export', '--format', 'csv', '--type', 'persons', '--public'], env).stdout.includes('Inside Person'),
    );

    const rotated = vigil(['keys', 'rotate'], env);
    assert.equal(rotated.code, 0, rotated.stderr);
    assert.match(
      rotated.stdout,
      /^key [\w-]+ is now current; 1 records re-encrypted\nolder keys kept in .*remove them later with --drop-old/,
    );
    assert.equal(vigil(['export'], env).stdout, full.stdout, 'the same register after rotation');
    const dropped = vigil(['keys', 'rotate', '--drop-old'], env);
    assert.equal(dropped.code, 0, dropped.stderr);
    assert.match(dropped.stdout, /removed older keys: /);
    assert.equal(Object.keys((JSON.parse(fs.readFileSync(keyFile, 'utf8')) as { keys: object }).keys).length, 1);
    assert.equal(fs.statSync(keyFile).mode & 0o777, 0o600);
    assert.equal(vigil(['audit', 'verify'], env).code, 0);

    fs.chmodSync(keyFile, 0o644);
    const refused = vigil(['export'], env);
    assert.equal(refused.code, 1);
    assert.match(
      refused.stderr,
      /^vigil: restricted fields: secret key file .* is readable or writable by others \(mode 644\); run: chmod 600 .*\n$/,
    );
    assert.equal(refused.stdout, '');
  });
});
