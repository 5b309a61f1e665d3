import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writeTransaction } from '../../db/database.ts';
import { replaceRecoveryCodes } from '../../db/repos/recovery-code.repo.ts';
import { enableTotp } from '../../db/repos/user.repo.ts';
import { AppError } from '../../errors.ts';
import { verifyAudit } from '../../queries/audit/verify-audit.ts';
import { DIALECTS, testCtx, testDb } from '../../../test/support/db.ts';
import { addUser } from './add-user.ts';
import { resetTwoFactor } from './reset-two-factor.ts';
import { startSession } from './sessions.ts';
import { sealTotpSecret } from './totp.ts';

for (const dialect of DIALECTS) {
  describe(`resetting a second factor (${dialect})`, () => {
    it('turns TOTP off, drops recovery codes, ends sessions and is audited; only admins may', async () => {
      const t = await testDb(dialect);
      try {
        const ctx = testCtx(t);
        const { user } = await addUser(ctx, { email: 'lost@example.org', role: 'editor' }, false);
        await writeTransaction(t.handle.db, async (trx) => {
          await enableTotp(
            trx,
            user.id,
            sealTotpSecret(ctx.keyring, user.id, 'JBSWY3DPEHPK3PXP'),
            1,
            new Date().toISOString(),
          );
          await replaceRecoveryCodes(
            trx,
            user.id,
            [{ id: '01ARZ3NDEKTSV4RRFFQ69G5FAV', hash: 'a'.repeat(64) }],
            new Date().toISOString(),
          );
        });
        await startSession(ctx, user.id, { secondFactor: true, pending: false });
        await assert.rejects(
          resetTwoFactor(
            { ...ctx, actor: { kind: 'user', id: user.id, role: 'editor' } },
            { email: 'lost@example.org' },
          ),
          (e: unknown) => e instanceof AppError && e.code === 'forbidden',
        );
        const r = await resetTwoFactor(ctx, { email: 'Lost@Example.org' });
        assert.equal(r.sessionsEnded, 1);
        const row = await t.handle.db
          .selectFrom('users')
          .selectAll()
          .where('id', '=', user.id)
          .executeTakeFirstOrThrow();
        assert.equal(Number(row.totp_enabled), 0);
        assert.equal(row.totp_secret, null);
        assert.equal(
          (await t.handle.db.selectFrom('recovery_codes').selectAll().where('user_id', '=', user.id).execute()).length,
          0,
        );
        const live = await t.handle.db
          .selectFrom('sessions')
          .selectAll()
          .where('user_id', '=', user.id)
          .where('revoked_at', 'is', null)
          .execute();
        assert.equal(live.length, 0);
        const audit = await t.handle.db
          .selectFrom('audit_log')
          .select('action')
          .where('record_id', '=', user.id)
          .execute();
        assert.ok(audit.some((a) => a.action === 'totp.reset'));
        assert.ok((await verifyAudit(t.handle.db, t.keyring)).ok);
        await assert.rejects(
          resetTwoFactor(ctx, { email: 'nobody@example.org' }),
          (e: unknown) => e instanceof AppError && e.code === 'not_found',
        );
      } finally {
        await t.cleanup();
      }
    });
  });
}
