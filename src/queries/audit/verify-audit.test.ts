import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRecord } from '../../commands/records/create-record.ts';
import { personDef } from '../../commands/records/registry.ts';
import { updateRecord } from '../../commands/records/update-record.ts';
import { entryHash } from '../../db/repos/audit.repo.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../../../test/support/db.ts';
import { buildPerson } from '../../../test/support/factories.ts';
import { verifyAudit } from './verify-audit.ts';

/** A database with four audit entries. */
async function withEntries(dialect: 'sqlite' | 'postgres'): Promise<TestDb> {
  const t = await testDb(dialect);
  const ctx = testCtx(t);
  const p = await createRecord(ctx, personDef, buildPerson());
  await updateRecord(ctx, personDef, p.id, { summary: 'first change' });
  await updateRecord(ctx, personDef, p.id, { summary: 'second change' });
  await createRecord(ctx, personDef, buildPerson({ names: [{ full: 'Vadim Kuramshin' }] }));
  return t;
}

for (const dialect of DIALECTS) {
  describe(`audit chain (${dialect})`, () => {
    it('verifies an intact chain, one entry per write', async () => {
      const t = await withEntries(dialect);
      try {
        const v = await verifyAudit(t.handle.db);
        assert.ok(v.ok);
        assert.equal(v.entries, 4);
      } finally {
        await t.cleanup();
      }
    });

    const tamperings: [string, (t: TestDb) => Promise<void>, number, RegExp][] = [
      ['a changed entry', async (t) => { await t.handle.db.updateTable('audit_log').set({ action: 'person.delete' }).where('seq', '=', 2).execute(); }, 2, /changed/],
      ['a changed entry with its own hash recomputed', async (t) => {
        const e = await t.handle.db.selectFrom('audit_log').selectAll().where('seq', '=', 2).executeTakeFirstOrThrow();
        const forged = { seq: 2, at: e.at, actor: 'system:someone-else', action: e.action, recordType: e.record_type, recordId: e.record_id, beforeDigest: e.before_digest, afterDigest: e.after_digest, prevHash: e.prev_hash };
        await t.handle.db.updateTable('audit_log').set({ actor: forged.actor, hash: entryHash(forged) }).where('seq', '=', 2).execute();
      }, 3, /does not follow/],
      ['a removed entry', async (t) => { await t.handle.db.deleteFrom('audit_log').where('seq', '=', 2).execute(); }, 2, /missing/],
      ['two entries swapped', async (t) => {
        const rows = await t.handle.db.selectFrom('audit_log').selectAll().where('seq', 'in', [2, 3]).orderBy('seq').execute();
        await t.handle.db.deleteFrom('audit_log').where('seq', 'in', [2, 3]).execute();
        await t.handle.db.insertInto('audit_log').values([{ ...rows[1]!, seq: 2 }, { ...rows[0]!, seq: 3 }]).execute();
      }, 2, /does not follow|changed/],
      ['the last entry removed', async (t) => { await t.handle.db.deleteFrom('audit_log').where('seq', '=', 4).execute(); }, 4, /removed/],
    ];
    for (const [name, tamper, seq, reason] of tamperings) {
      it(`detects ${name}`, async () => {
        const t = await withEntries(dialect);
        try {
          await tamper(t);
          const v = await verifyAudit(t.handle.db);
          assert.equal(v.ok, false);
          if (!v.ok) {
            assert.equal(v.seq, seq);
            assert.match(v.reason, reason);
          }
        } finally {
          await t.cleanup();
        }
      });
    }
  });
}
