import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRecord } from '../../commands/records/create-record.ts';
import { personDef } from '../../records/registry.ts';
import { updateRecord } from '../../commands/records/update-record.ts';
import { rekeyAudit } from '../../commands/audit/rekey-audit.ts';
import { auditEntries, entryHash } from '../../db/repos/audit.repo.ts';
import { GENESIS_HASH, plainEntryHash, type AuditAnchor } from '../../domain/audit-chain.ts';
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

/** What someone who can write the database but has no key file can do: rewrite every hash from `from` on with plain SHA-256, head included. */
async function recomputeWithoutKey(t: TestDb, from = 1): Promise<void> {
  const db = t.handle.db;
  let prevHash = GENESIS_HASH;
  let last = 0;
  for await (const e of auditEntries(db)) {
    if (e.seq >= from) {
      const hash = plainEntryHash({ ...e, prevHash });
      await db.updateTable('audit_log').set({ prev_hash: prevHash, hash }).where('seq', '=', e.seq).execute();
      prevHash = hash;
    } else prevHash = e.hash;
    last = e.seq;
  }
  await db.updateTable('audit_head').set({ seq: last, hash: prevHash }).where('id', '=', 1).execute();
}

/** The head as `vigil audit anchor` writes it down. */
async function anchorOf(t: TestDb): Promise<AuditAnchor> {
  const v = await verifyAudit(t.handle.db, t.keyring);
  assert.ok(v.ok);
  return { seq: v.entries, hash: v.head, at: new Date().toISOString() };
}

for (const dialect of DIALECTS) {
  describe(`audit chain (${dialect})`, () => {
    it('verifies an intact chain, one entry per write, against an anchor too', async () => {
      const t = await withEntries(dialect);
      try {
        const v = await verifyAudit(t.handle.db, t.keyring);
        assert.ok(v.ok);
        assert.equal(v.entries, 4);
        const anchor = await anchorOf(t);
        await createRecord(testCtx(t), personDef, buildPerson({ names: [{ full: 'Later Person' }] }));
        const later = await verifyAudit(t.handle.db, t.keyring, { anchor });
        assert.ok(later.ok, 'an anchor taken earlier is contained in the grown chain');
        assert.equal(later.entries, 5);
      } finally {
        await t.cleanup();
      }
    });

    it('keys the hashes: the plain SHA-256 of an entry is not its stored hash, and another key does not verify', async () => {
      const t = await withEntries(dialect);
      try {
        const e = await t.handle.db.selectFrom('audit_log').selectAll().where('seq', '=', 1).executeTakeFirstOrThrow();
        const fields = {
          seq: 1,
          at: e.at,
          actor: e.actor,
          action: e.action,
          recordType: e.record_type,
          recordId: e.record_id,
          beforeDigest: e.before_digest,
          afterDigest: e.after_digest,
          prevHash: e.prev_hash,
        };
        assert.notEqual(plainEntryHash(fields), e.hash);
        assert.equal(entryHash(t.keyring, fields), e.hash);
        const other = await testDb('sqlite');
        try {
          const v = await verifyAudit(t.handle.db, other.keyring);
          assert.equal(v.ok, false);
          if (!v.ok) assert.equal(v.seq, 1);
        } finally {
          await other.cleanup();
        }
      } finally {
        await t.cleanup();
      }
    });

    const tamperings: [string, (t: TestDb) => Promise<void>, number, RegExp][] = [
      [
        'a changed entry',
        async (t) => {
          await t.handle.db.updateTable('audit_log').set({ action: 'person.delete' }).where('seq', '=', 2).execute();
        },
        2,
        /changed/,
      ],
      [
        'a changed entry with the chain recomputed without the key (plain SHA-256, head included)',
        async (t) => {
          await t.handle.db
            .updateTable('audit_log')
            .set({ actor: 'system:someone-else' })
            .where('seq', '=', 2)
            .execute();
          await recomputeWithoutKey(t, 2);
        },
        2,
        /entry 2 was changed/,
      ],
      [
        'a whole chain recomputed without the key',
        async (t) => {
          await recomputeWithoutKey(t);
        },
        1,
        /entry 1 was changed/,
      ],
      [
        'a whole chain recomputed without the key and marked as written before keyed hashing',
        async (t) => {
          await recomputeWithoutKey(t);
          await t.handle.db.updateTable('audit_head').set({ keyed: 0 }).where('id', '=', 1).execute();
        },
        1,
        /not keyed/,
      ],
      [
        'a removed entry',
        async (t) => {
          await t.handle.db.deleteFrom('audit_log').where('seq', '=', 2).execute();
        },
        2,
        /missing/,
      ],
      [
        'two entries swapped',
        async (t) => {
          const rows = await t.handle.db
            .selectFrom('audit_log')
            .selectAll()
            .where('seq', 'in', [2, 3])
            .orderBy('seq')
            .execute();
          await t.handle.db.deleteFrom('audit_log').where('seq', 'in', [2, 3]).execute();
          await t.handle.db
            .insertInto('audit_log')
            .values([
              { ...rows[1]!, seq: 2 },
              { ...rows[0]!, seq: 3 },
            ])
            .execute();
        },
        2,
        /does not follow|changed/,
      ],
      [
        'the last entry removed',
        async (t) => {
          await t.handle.db.deleteFrom('audit_log').where('seq', '=', 4).execute();
        },
        4,
        /removed/,
      ],
    ];
    for (const [name, tamper, seq, reason] of tamperings) {
      it(`detects ${name}`, async () => {
        const t = await withEntries(dialect);
        try {
          await tamper(t);
          const v = await verifyAudit(t.handle.db, t.keyring);
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

    it('detects the newest entries truncated with the head moved back, against an anchor taken before', async () => {
      const t = await withEntries(dialect);
      try {
        const anchor = await anchorOf(t);
        const kept = await t.handle.db
          .selectFrom('audit_log')
          .select(['hash'])
          .where('seq', '=', 2)
          .executeTakeFirstOrThrow();
        await t.handle.db.deleteFrom('record_versions').where('seq', '>', 2).execute();
        await t.handle.db.deleteFrom('audit_log').where('seq', '>', 2).execute();
        await t.handle.db.updateTable('audit_head').set({ seq: 2, hash: kept.hash }).where('id', '=', 1).execute();
        assert.ok(
          (await verifyAudit(t.handle.db, t.keyring)).ok,
          'without an anchor a clean truncation cannot be told apart',
        );
        const v = await verifyAudit(t.handle.db, t.keyring, { anchor });
        assert.equal(v.ok, false);
        if (!v.ok) {
          assert.equal(v.seq, 3);
          assert.match(v.reason, /ends at entry 2, before entry 4 anchored/);
        }
      } finally {
        await t.cleanup();
      }
    });

    it("detects entries reordered before an anchor, even with the links re-made by the key holder's own software", async () => {
      const t = await withEntries(dialect);
      try {
        const anchor = await anchorOf(t);
        // Swap 2 and 3 and re-chain them with the key (the strongest forger: the key leaked); the anchor still catches it.
        const rows = await t.handle.db
          .selectFrom('audit_log')
          .selectAll()
          .where('seq', 'in', [2, 3])
          .orderBy('seq')
          .execute();
        await t.handle.db.deleteFrom('record_versions').where('seq', 'in', [2, 3]).execute();
        await t.handle.db.deleteFrom('audit_log').where('seq', 'in', [2, 3]).execute();
        await t.handle.db
          .insertInto('audit_log')
          .values([
            { ...rows[1]!, seq: 2 },
            { ...rows[0]!, seq: 3 },
          ])
          .execute();
        let prevHash = GENESIS_HASH;
        for await (const e of auditEntries(t.handle.db)) {
          const hash = entryHash(t.keyring, { ...e, prevHash });
          await t.handle.db
            .updateTable('audit_log')
            .set({ prev_hash: prevHash, hash })
            .where('seq', '=', e.seq)
            .execute();
          prevHash = hash;
        }
        await t.handle.db.updateTable('audit_head').set({ hash: prevHash }).where('id', '=', 1).execute();
        const v = await verifyAudit(t.handle.db, t.keyring, { anchor });
        assert.equal(v.ok, false);
        if (!v.ok) {
          assert.equal(v.seq, 4);
          assert.match(v.reason, /not the one anchored/);
        }
      } finally {
        await t.cleanup();
      }
    });

    it('re-keys a chain written before keyed hashing once, recording whether it was intact, and keeps verifying', async () => {
      const t = await withEntries(dialect);
      try {
        // The chain as the previous version wrote it: plain SHA-256, head not keyed.
        await recomputeWithoutKey(t);
        await t.handle.db.updateTable('audit_head').set({ keyed: 0 }).where('id', '=', 1).execute();
        const report = await rekeyAudit(testCtx(t));
        assert.deepEqual(report, { entries: 4, brokenAt: null });
        assert.equal(await rekeyAudit(testCtx(t)), null, 'only once');
        const v = await verifyAudit(t.handle.db, t.keyring);
        assert.ok(v.ok);
        assert.equal(v.entries, 5);
        const marker = await t.handle.db
          .selectFrom('audit_log')
          .selectAll()
          .where('seq', '=', 5)
          .executeTakeFirstOrThrow();
        assert.equal(marker.action, 'audit.rekey');
        assert.equal(marker.record_id, 'entries 1-4 intact');
      } finally {
        await t.cleanup();
      }
    });

    it('re-keys an old chain at the next write, and a break in it stays on record', async () => {
      const t = await withEntries(dialect);
      try {
        await recomputeWithoutKey(t);
        await t.handle.db.updateTable('audit_head').set({ keyed: 0 }).where('id', '=', 1).execute();
        await t.handle.db.updateTable('audit_log').set({ actor: 'system:forger' }).where('seq', '=', 3).execute();
        await createRecord(testCtx(t), personDef, buildPerson({ names: [{ full: 'After Upgrade' }] }));
        const v = await verifyAudit(t.handle.db, t.keyring);
        assert.ok(v.ok);
        assert.equal(v.entries, 6);
        const rows = await t.handle.db
          .selectFrom('audit_log')
          .select(['seq', 'action', 'record_id'])
          .where('seq', '>=', 5)
          .orderBy('seq')
          .execute();
        assert.deepEqual(rows.map((r) => [Number(r.seq), r.action, r.record_id]).slice(0, 1), [
          [5, 'audit.rekey', 'entries 1-4 broken at entry 3'],
        ]);
        assert.equal(rows[1]!.action, 'person.create');
      } finally {
        await t.cleanup();
      }
    });
  });
}
