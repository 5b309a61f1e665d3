// After a key rotation, signers' addresses are re-encrypted and re-digested, so a signer from before is still recognised.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Ctx } from '../../src/context.ts';
import { rekeySignatures } from '../../src/commands/signatures/rekey-signatures.ts';
import { signAppeal } from '../../src/commands/signatures/sign-appeal.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { insertAppeal } from './helpers.ts';

for (const dialect of DIALECTS) {
  describe(`re-keying signatures (${dialect})`, () => {
    let t: TestDb;
    before(async () => {
      t = await testDb(dialect);
    });
    after(async () => {
      await t.cleanup();
    });

    it('recognises an address that signed before the rotation, and invalidates a duplicate made in between', async () => {
      const appeal = await insertAppeal(t);
      const oldCtx: Ctx = testCtx(t);
      const newCtx: Ctx = { ...oldCtx, keyring: t.keyring.withNewKey() };
      const sign = (ctx: Ctx, email: string) =>
        signAppeal(ctx, {
          appeal: appeal.slug,
          input: { name: 'Signer', country: 'FR', email },
          ip: '192.0.2.1',
          locale: 'en',
        });
      await sign(oldCtx, 'before@example.org');
      await sign(newCtx, 'Before@example.org');
      const rows = () =>
        t.handle.db
          .selectFrom('signatures')
          .select(['id', 'status', 'email_sealed', 'invalidated_reason'])
          .where('appeal_id', '=', appeal.id)
          .orderBy('id')
          .execute();
      assert.equal((await rows()).length, 2, 'before re-keying, the digest under the new key does not match');

      assert.deepEqual(await rekeySignatures(newCtx), { rekeyed: 1, duplicates: 1 });
      const [first, second] = await rows();
      assert.equal(first!.status, 'pending');
      assert.equal(second!.status, 'invalidated');
      assert.equal(second!.invalidated_reason, 'duplicate');
      for (const r of await rows()) assert.ok(r.email_sealed!.startsWith(`v1:${newCtx.keyring.current}:`));
      assert.equal(newCtx.keyring.decrypt(first!.email_sealed!, first!.id), 'before@example.org');

      await sign(newCtx, 'before@EXAMPLE.org');
      assert.equal((await rows()).length, 2, 'recognised after re-keying');
      assert.deepEqual(await rekeySignatures(newCtx), { rekeyed: 0, duplicates: 0 }, 'nothing left to do');
    });
  });
}
