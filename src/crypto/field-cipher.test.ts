import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { FieldCipherError, generateKeyring, Keyring, parseKeyFile } from './field-cipher.ts';
import { loadKeyring, loadOrCreateKeyring, writeKeyFile } from './key-file.ts';

const ID = '01HZY7S0000000000000000000';
const OTHER = '01HZY7S0000000000000000001';
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-keys-'));
  dirs.push(dir);
  return dir;
};
const mode = (file: string) => fs.statSync(file).mode & 0o777;

/** The blob with one byte of its binary part changed at `at` (counted from the start of iv | tag | ciphertext). */
function flip(blob: string, at: number): string {
  const [v, id, data] = blob.split(':');
  const bytes = Buffer.from(data!, 'base64url');
  bytes[at] = bytes[at]! ^ 0x01;
  return `${v}:${id}:${bytes.toString('base64url')}`;
}

describe('field cipher', () => {
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('round-trips text (any script, empty too) under a fresh random IV each time', () => {
    const k = generateKeyring();
    for (const text of ['', 'Алматы, ул. Абая 1', '{"contact":"+7 701 000 00 00"}', 'x'.repeat(5000)]) {
      const a = k.encrypt(text, ID);
      assert.equal(k.decrypt(a, ID), text);
      assert.notEqual(k.encrypt(text, ID), a, 'two encryptions of the same text differ');
      assert.match(a, new RegExp(`^v1:${k.current}:[A-Za-z0-9_-]+$`));
      if (text.length > 0) assert.ok(!a.includes(text));
    }
  });

  it('refuses a blob moved to another record (the record id is authenticated)', () => {
    const k = generateKeyring();
    assert.throws(() => k.decrypt(k.encrypt('whereabouts', ID), OTHER), FieldCipherError);
  });

  it('refuses a changed tag, IV or ciphertext, a truncated blob and an unknown key', () => {
    const k = generateKeyring();
    const blob = k.encrypt('whereabouts', ID);
    for (const at of [0, 12, 20, 28])
      assert.throws(() => k.decrypt(flip(blob, at), ID), FieldCipherError, `byte ${at}`);
    assert.throws(() => k.decrypt(blob.slice(0, 20), ID), FieldCipherError);
    assert.throws(() => k.decrypt(blob.replace(/^v1/, 'v9'), ID), FieldCipherError);
    assert.throws(() => generateKeyring().decrypt(blob, ID), /not in the key file/);
  });

  it('keeps old keys for decryption after a new key becomes current, and never prints key bytes', () => {
    const k = generateKeyring();
    const old = k.encrypt('old', ID);
    const next = k.withNewKey('next-key');
    assert.equal(next.current, 'next-key');
    assert.equal(next.decrypt(old, ID), 'old');
    assert.equal(Keyring.keyIdOf(next.encrypt('new', ID)), 'next-key');
    assert.throws(() => next.withoutOldKeys().decrypt(old, ID), FieldCipherError);
    const secret = Keyring.keyFileOf(k).keys[k.current]!;
    assert.ok(!JSON.stringify(next).includes(secret));
    assert.ok(!String(next).includes(secret));
    assert.equal(next.mac('a'), next.mac('a'));
    assert.notEqual(next.mac('a'), k.mac('a'), 'the audit digest key follows the current key');
  });

  it('keeps the audit chain key through rotations, also for a key file written before it had one', () => {
    const k = generateKeyring();
    const rotated = k.withNewKey('next-key').withoutOldKeys();
    assert.equal(rotated.chainMac('entry'), k.chainMac('entry'));
    assert.notEqual(k.chainMac('entry'), generateKeyring().chainMac('entry'));
    const file = Keyring.keyFileOf(k);
    const older = parseKeyFile(JSON.stringify({ current: file.current, keys: file.keys }));
    assert.equal(
      parseKeyFile(JSON.stringify({ current: file.current, keys: file.keys })).chainMac('x'),
      older.chainMac('x'),
      'derived the same way by every process',
    );
    const written = parseKeyFile(JSON.stringify(Keyring.keyFileOf(older.withNewKey('later').withoutOldKeys())));
    assert.equal(
      written.chainMac('x'),
      older.chainMac('x'),
      'a rotation writes the derived key out, so dropping the old key loses nothing',
    );
    assert.ok(!JSON.stringify(k).includes(file.audit!));
    assert.throws(() => parseKeyFile(JSON.stringify({ ...file, audit: 'not base64!' })), /audit key is not base64/);
  });

  it('parses a key file and refuses malformed ones with a clear reason', () => {
    const k = generateKeyring();
    assert.equal(parseKeyFile(JSON.stringify(Keyring.keyFileOf(k))).current, k.current);
    assert.throws(() => parseKeyFile('not json'), /not JSON/);
    assert.throws(() => parseKeyFile('{"current":"a","keys":{}}'), /not among the keys/);
    assert.throws(
      () => parseKeyFile(`{"current":"a","keys":{"a":"${Buffer.alloc(16).toString('base64')}"}}`),
      /32 bytes/,
    );
    assert.throws(
      () => parseKeyFile(`{"current":"a:b","keys":{"a:b":"${Buffer.alloc(32).toString('base64')}"}}`),
      /key id/,
    );
  });

  it('creates a missing key file 0600 (and its folder 0700), then reads the same keys back', () => {
    const file = path.join(tempDir(), 'keys', 'secret.key');
    const created = loadOrCreateKeyring(file);
    assert.equal(mode(file), 0o600);
    assert.equal(mode(path.dirname(file)), 0o700);
    const again = loadOrCreateKeyring(file);
    assert.equal(again.current, created.current);
    assert.equal(again.decrypt(created.encrypt('same key', ID), ID), 'same key');
  });

  it('refuses to start with a group- or world-readable key file, or a malformed one', () => {
    const file = path.join(tempDir(), 'secret.key');
    loadOrCreateKeyring(file);
    for (const m of [0o644, 0o640, 0o604, 0o660]) {
      fs.chmodSync(file, m);
      assert.throws(() => loadOrCreateKeyring(file), /readable or writable by others.*chmod 600/, m.toString(8));
    }
    fs.chmodSync(file, 0o600);
    fs.writeFileSync(file, '{"current": 1}');
    assert.throws(() => loadKeyring(file), /secret key file .*expected/);
  });

  it('replaces the key file atomically, owner-only, with no temporary file left behind', () => {
    const dir = tempDir();
    const file = path.join(dir, 'secret.key');
    const k = loadOrCreateKeyring(file);
    const next = k.withNewKey();
    writeKeyFile(file, next);
    assert.equal(mode(file), 0o600);
    assert.deepEqual(fs.readdirSync(dir), ['secret.key']);
    assert.deepEqual(loadKeyring(file).ids.sort(), next.ids.sort());
  });
});
