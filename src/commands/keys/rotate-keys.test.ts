import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import type { Ctx } from '../../context.ts';
import { FieldCipherError, Keyring } from '../../crypto/field-cipher.ts';
import { loadKeyring } from '../../crypto/key-file.ts';
import { RESTRICTED_TABLES } from '../../db/repos/restricted.repo.ts';
import { AppError } from '../../errors.ts';
import { verifyAudit } from '../../queries/audit/verify-audit.ts';
import { getRecord } from '../../queries/records/get-record.ts';
import { createRecord } from '../records/create-record.ts';
import { caseDef, personDef } from '../../records/registry.ts';
import { rotateKeys } from './rotate-keys.ts';
import { createAppeal } from '../appeals/create-appeal.ts';
import { inviteCoSignatory } from '../appeals/invite-co-signatory.ts';
import { addUser } from '../users/add-user.ts';
import { openTotpSecret, sealTotpSecret } from '../users/totp.ts';
import { writeTransaction } from '../../db/database.ts';
import { enableTotp } from '../../db/repos/user.repo.ts';
import { listJobs } from '../../db/repos/job.repo.ts';
import { MAIL_JOB, openMailPayload } from '../../mail/mail-job.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../../../test/support/db.ts';
import { buildCase, buildPerson } from '../../../test/support/factories.ts';

/** Every stored restricted blob, by record id. */
async function blobs(t: TestDb): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const table of RESTRICTED_TABLES) {
    const rows = await t.handle.db
      .selectFrom(table as 'persons')
      .select(['id', 'restricted_data'])
      .where('restricted_data', 'is not', null)
      .execute();
    for (const r of rows) out.set(r.id, r.restricted_data!);
  }
  return out;
}

/** A system context using the keys now in the key file, as the next start of the CLI or server would. */
const fromFile = (t: TestDb): Ctx => ({ ...testCtx(t), keyring: loadKeyring(t.config.secretKeyFile) });

for (const dialect of DIALECTS) {
  describe(`vigil keys rotate (${dialect})`, () => {
    it('re-encrypts every restricted value under a new current key, keeps old keys until --drop-old, and audits it', async () => {
      const t = await testDb(dialect);
      try {
        const ctx = testCtx(t);
        const p = await createRecord(
          ctx,
          personDef,
          buildPerson({ restricted: { contact: 'Signal +7 700 000', whereabouts: 'Aktau' } }),
        );
        const c = await createRecord(ctx, caseDef, buildCase(p.id, { restricted: { lawyer: 'Ms Lawyer' } }));
        await createRecord(ctx, personDef, buildPerson({ names: [{ full: 'No Restricted' }] }));
        const first = t.keyring.current;
        const old = await blobs(t);

        const r = await rotateKeys(ctx, t.config.secretKeyFile);
        assert.equal(r.reencrypted, 2);
        assert.notEqual(r.keyId, first);
        assert.deepEqual(r.kept, [first]);
        const file = loadKeyring(t.config.secretKeyFile);
        assert.equal(file.current, r.keyId);
        assert.deepEqual(file.ids.sort(), [first, r.keyId].sort());
        assert.equal(fs.statSync(t.config.secretKeyFile).mode & 0o777, 0o600);
        const now = await blobs(t);
        assert.deepEqual([...now.keys()].sort(), [...old.keys()].sort());
        for (const [id, blob] of now) {
          assert.equal(Keyring.keyIdOf(blob), r.keyId);
          assert.notEqual(blob, old.get(id));
          assert.throws(() => t.keyring.decrypt(blob, id), FieldCipherError, 'the old key alone no longer opens it');
        }
        const after = fromFile(t);
        assert.deepEqual((await getRecord(after, personDef, p.id)).restricted, {
          contact: 'Signal +7 700 000',
          whereabouts: 'Aktau',
        });
        assert.deepEqual((await getRecord(after, caseDef, c.id)).restricted, { lawyer: 'Ms Lawyer' });

        const dropped = await rotateKeys(after, t.config.secretKeyFile, { dropOld: true });
        assert.deepEqual(dropped.dropped.sort(), [first, r.keyId].sort());
        assert.deepEqual(loadKeyring(t.config.secretKeyFile).ids, [dropped.keyId]);
        assert.deepEqual((await getRecord(fromFile(t), personDef, p.id)).restricted.whereabouts, 'Aktau');

        const audit = await t.handle.db
          .selectFrom('audit_log')
          .select(['action', 'record_type'])
          .where('action', '=', 'keys.rotate')
          .execute();
        assert.equal(audit.length, 2);
        assert.ok(
          (await verifyAudit(t.handle.db, loadKeyring(t.config.secretKeyFile))).ok,
          'the rotated key file still verifies the chain',
        );
      } finally {
        await t.cleanup();
      }
    });

    it('changes nothing in the database when a value cannot be decrypted, and the key file still opens every value', async () => {
      const t = await testDb(dialect);
      try {
        const ctx = testCtx(t);
        const a = await createRecord(ctx, personDef, buildPerson({ restricted: { contact: 'first' } }));
        const b = await createRecord(
          ctx,
          personDef,
          buildPerson({ names: [{ full: 'Second' }], restricted: { contact: 'second' } }),
        );
        // A blob moved onto another record no longer authenticates: the rotation must stop and roll back.
        const moved = (await blobs(t)).get(a.id)!;
        await t.handle.db.updateTable('persons').set({ restricted_data: moved }).where('id', '=', b.id).execute();
        const before = await blobs(t);
        await assert.rejects(rotateKeys(ctx, t.config.secretKeyFile), FieldCipherError);
        assert.deepEqual(await blobs(t), before);
        const file = loadKeyring(t.config.secretKeyFile);
        assert.equal(file.current, t.keyring.current, 'the old key stays current');
        assert.equal(file.ids.length, 2, 'the new key was saved first, as an extra key');
        assert.equal((await getRecord(fromFile(t), personDef, a.id)).restricted.contact, 'first');
      } finally {
        await t.cleanup();
      }
    });

    it('is refused to anyone but the system actor', async () => {
      const t = await testDb(dialect);
      try {
        const editor = testCtx(t, { kind: 'user', id: '01ARZ3NDEKTSV4RRFFQ69G5FAV', role: 'admin' });
        await assert.rejects(
          rotateKeys(editor, t.config.secretKeyFile),
          (err: unknown) => err instanceof AppError && err.code === 'forbidden',
        );
        assert.deepEqual(loadKeyring(t.config.secretKeyFile).ids, [t.keyring.current]);
      } finally {
        await t.cleanup();
      }
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`vigil keys rotate and TOTP secrets (${dialect})`, () => {
    it('re-encrypts sealed TOTP secrets too, so old keys can be dropped without locking anyone out', async () => {
      const t = await testDb(dialect);
      try {
        const ctx = testCtx(t);
        const { user } = await addUser(ctx, { email: 'totp@example.org', role: 'editor' }, false);
        await writeTransaction(t.handle.db, (trx) =>
          enableTotp(
            trx,
            user.id,
            sealTotpSecret(ctx.keyring, user.id, 'JBSWY3DPEHPK3PXP'),
            1,
            new Date().toISOString(),
          ),
        );
        const result = await rotateKeys(ctx, t.config.secretKeyFile, { dropOld: true });
        assert.ok(result.dropped.length >= 1, 'the old key could go');
        const row = await t.handle.db
          .selectFrom('users')
          .select('totp_secret')
          .where('id', '=', user.id)
          .executeTakeFirstOrThrow();
        assert.match(row.totp_secret!, new RegExp(`^v1:${result.keyId}:`));
        assert.equal(
          openTotpSecret(loadKeyring(t.config.secretKeyFile), user.id, row.totp_secret!),
          'JBSWY3DPEHPK3PXP',
        );
      } finally {
        await t.cleanup();
      }
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`vigil keys rotate and addresses (${dialect})`, () => {
    it('re-encrypts co-signatories’ addresses too, so dropping old keys never loses one', async () => {
      const t = await testDb(dialect);
      try {
        const ctx = testCtx(t);
        const appeal = await createAppeal(ctx, {
          title: 'An appeal',
          texts: [{ lang: 'en', title: 'Letter', body: 'Text' }],
        });
        const invited = await inviteCoSignatory(ctx, appeal.id, {
          kind: 'person',
          email: 'cosigner@example.org',
          name: 'A Co-signer',
        });
        const result = await rotateKeys(ctx, t.config.secretKeyFile, { dropOld: true });
        assert.ok(result.dropped.length >= 1, 'the old key could go');
        const row = await t.handle.db
          .selectFrom('co_signatories')
          .select('email_sealed')
          .where('id', '=', invited.id)
          .executeTakeFirstOrThrow();
        assert.match(row.email_sealed!, new RegExp(`^v1:${result.keyId}:`));
        assert.equal(
          loadKeyring(t.config.secretKeyFile).decrypt(row.email_sealed!, invited.id),
          'cosigner@example.org',
        );
        // The invitation still queued is sealed under the new key too: the worker sends it with the new key file alone.
        const [job] = await listJobs(t.handle.db, MAIL_JOB);
        assert.match((job!.payload as { sealed: string }).sealed, new RegExp(`^v1:${result.keyId}:`));
        assert.equal(
          openMailPayload(loadKeyring(t.config.secretKeyFile), job!.id, job!.payload).to,
          'cosigner@example.org',
        );
      } finally {
        await t.cleanup();
      }
    });
  });
}
