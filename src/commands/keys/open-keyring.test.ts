import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { Keyring } from '../../crypto/field-cipher.ts';
import { createKeyFile, writeKeyFile } from '../../crypto/key-file.ts';
import { readKeyState } from '../../db/repos/key.repo.ts';
import { createRecord } from '../records/create-record.ts';
import { personDef } from '../../records/registry.ts';
import { KeyFileRefused, openKeyring, rememberKeyring } from './open-keyring.ts';
import { rotateKeys } from './rotate-keys.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../../../test/support/db.ts';
import { buildPerson } from '../../../test/support/factories.ts';

const mode = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);

for (const dialect of DIALECTS) {
  describe(`the key file a database starts with (${dialect})`, () => {
    let t: TestDb;
    let oldUmask = 0;
    beforeEach(async () => {
      oldUmask = process.umask(0o022);
      t = await testDb(dialect);
    });
    afterEach(async () => {
      process.umask(oldUmask);
      await t.cleanup();
    });
    const file = () => t.config.secretKeyFile;

    it('creates a key (0600) for an empty database, records its fingerprint, and accepts it afterwards', async () => {
      fs.rmSync(file());
      assert.equal((await readKeyState(t.handle.db)).hasData, false);
      const keyring = await openKeyring(t.handle.db, file());
      assert.equal(mode(file()), '600');
      assert.deepEqual(await rememberKeyring({ ...testCtx(t), keyring }), [keyring.current]);
      const state = await readKeyState(t.handle.db);
      assert.equal(state.fingerprints.get(keyring.current), keyring.fingerprints().get(keyring.current));
      assert.ok(
        !state.fingerprints.get(keyring.current)!.includes(Keyring.keyFileOf(keyring).keys[keyring.current]!),
        'a fingerprint, not the key',
      );
      assert.deepEqual(await rememberKeyring({ ...testCtx(t), keyring }), [], 'recorded once');
      assert.equal((await readKeyState(t.handle.db)).hasData, true, 'a database that has a key is not empty any more');
      assert.equal((await openKeyring(t.handle.db, file())).current, keyring.current);
    });

    it('refuses a missing key file once the database holds data, naming the file, and creates none', async () => {
      await createRecord(testCtx(t), personDef, buildPerson({ restricted: { contact: 'sealed' } }));
      fs.rmSync(file());
      await assert.rejects(openKeyring(t.handle.db, file()), (err: Error) => {
        assert.ok(err instanceof KeyFileRefused);
        assert.match(
          err.message,
          /key file .*secret\.key \(VIGIL_SECRET_KEY_FILE\) is missing.*restore .*from your backup/,
        );
        assert.doesNotMatch(err.message, /\n/);
        return true;
      });
      assert.equal(fs.existsSync(file()), false);
    });

    it('adopts the key file of a database written before fingerprints, then refuses another key file', async () => {
      await createRecord(testCtx(t), personDef, buildPerson({ restricted: { contact: 'sealed' } }));
      assert.equal((await readKeyState(t.handle.db)).fingerprints.size, 0);
      const keyring = await openKeyring(t.handle.db, file());
      await rememberKeyring({ ...testCtx(t), keyring });
      fs.renameSync(file(), `${file()}.right`);
      createKeyFile(file());
      await assert.rejects(
        openKeyring(t.handle.db, file()),
        /is not this database's: none of its keys .* is one the database was written with.*restore/,
      );
      // The same key id with other bytes is refused too.
      fs.rmSync(file());
      writeKeyFile(file(), new Keyring(keyring.current, new Map([[keyring.current, randomBytes(32)]])));
      await assert.rejects(openKeyring(t.handle.db, file()), new RegExp(`its key "${keyring.current}" differs`));
      fs.renameSync(`${file()}.right`, file());
      assert.equal((await openKeyring(t.handle.db, file())).current, keyring.current);
    });

    it('accepts the key file after a rotation that dropped the old key', async () => {
      const keyring = await openKeyring(t.handle.db, file());
      const ctx = { ...testCtx(t), keyring };
      await rememberKeyring(ctx);
      await createRecord(ctx, personDef, buildPerson({ restricted: { contact: 'sealed' } }));
      const rotated = await rotateKeys(ctx, file(), { dropOld: true });
      assert.deepEqual(rotated.keyring.ids, [rotated.keyId]);
      assert.equal((await openKeyring(t.handle.db, file())).current, rotated.keyId);
    });
  });
}
