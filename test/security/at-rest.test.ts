// Encryption at rest (SECURITY.md, property 2): a copy of the SQLite files alone reveals no restricted value; with the key
// file the app still shows them to an editor. (Records restricted as a whole are sealed too: sealed-records.test.ts; the
// markers here live in restricted fields only.)
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { generateKeyring, FieldCipherError } from '../../src/crypto/field-cipher.ts';
import { loadKeyring } from '../../src/crypto/key-file.ts';
import { openDatabase } from '../../src/db/database.ts';
import { FileStore } from '../../src/files.ts';
import { buildApp } from '../../src/server.ts';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { silentLog, testDb } from '../support/db.ts';
import { buildPerson } from '../support/factories.ts';

describe('restricted fields at rest (sqlite)', () => {
  it('leaves no restricted value in the database files, and only the key file opens them', async () => {
    const t = await testDb('sqlite');
    const suffix = randomBytes(5).toString('hex').toUpperCase();
    const onOpen = `MARKER-F-${suffix}-open`;
    const onHidden = `MARKER-F-${suffix}-hidden`;
    if (t.config.database.dialect !== 'sqlite') throw new Error('expected SQLite');
    const file = t.config.database.file;
    try {
      const app = await testApp(t);
      const editor = await tokenFor(t, 'editor');
      const post = async (payload: object) => {
        const res = await app.inject({ method: 'POST', url: '/api/v1/persons', headers: bearer(editor), payload });
        assert.equal(res.statusCode, 201, res.body);
        return res.json().data as { id: string };
      };
      const open = await post(
        buildPerson({
          names: [{ full: 'Open Person' }],
          restricted: { whereabouts: onOpen, contact: 'a second value' },
        }),
      );
      const hidden = await post(
        buildPerson({
          names: [{ full: 'Hidden Person' }],
          confidentiality: 'restricted',
          restricted: { contact: onHidden },
        }),
      );
      // An update and a read too: the audit log, the WAL and freed pages must not keep the values either.
      await app.inject({
        method: 'PATCH',
        url: `/api/v1/persons/${open.id}`,
        headers: bearer(editor),
        payload: { summary: 'updated' },
      });
      await app.inject({ url: `/api/v1/persons/${hidden.id}`, headers: bearer(editor) });
      const blob = (
        await t.handle.db
          .selectFrom('persons')
          .select('restricted_data')
          .where('id', '=', open.id)
          .executeTakeFirstOrThrow()
      ).restricted_data;
      await app.close();
      await t.handle.close();

      const files = [file, `${file}-wal`, `${file}-shm`, `${file}-journal`].filter((f) => fs.existsSync(f));
      assert.ok(files.includes(file));
      for (const f of files) {
        const bytes = fs.readFileSync(f);
        for (const marker of [onOpen, onHidden, 'MARKER-F-', suffix, suffix.toLowerCase(), 'a second value']) {
          assert.equal(bytes.indexOf(Buffer.from(marker, 'utf8')), -1, `${f} holds ${marker}`);
          assert.equal(
            bytes.indexOf(Buffer.from(marker.toLowerCase(), 'utf8')),
            -1,
            `${f} holds ${marker.toLowerCase()}`,
          );
        }
      }
      assert.match(blob ?? '', /^v1:[\w-]+:[A-Za-z0-9_-]+$/);
      assert.throws(() => generateKeyring().decrypt(blob!, open.id), FieldCipherError, 'another key cannot open it');

      // The same files with the key file, read afresh: the editor sees the values again.
      const handle = openDatabase(t.config.database);
      try {
        const again = await buildApp({
          config: t.config,
          db: handle.db,
          files: new FileStore(t.config.filesDir),
          log: silentLog,
          now: () => new Date(),
          keyring: loadKeyring(t.config.secretKeyFile),
        });
        for (const [id, marker] of [
          [open.id, onOpen],
          [hidden.id, onHidden],
        ] as const) {
          const res = await again.inject({ url: `/api/v1/persons/${id}`, headers: bearer(editor) });
          assert.equal(res.statusCode, 200, res.body);
          assert.ok(Object.values(res.json().data.restricted as Record<string, string>).includes(marker));
        }
        await again.close();
      } finally {
        await handle.close();
      }
    } finally {
      fs.rmSync(t.dir, { recursive: true, force: true });
    }
  });
});
