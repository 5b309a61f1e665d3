// Merging two persons and undoing it: names kept, cases, memberships and citations moved and moved back, the old id
// resolving to the survivor meanwhile, confidentiality never loosened, every step audited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Ctx } from '../../src/context.ts';
import { mergePersons } from '../../src/commands/persons/merge-persons.ts';
import { undoMerge } from '../../src/commands/persons/undo-merge.ts';
import { createRecord } from '../../src/commands/records/create-record.ts';
import {
  caseDef,
  citationDef,
  membershipDef,
  organisationDef,
  personDef,
  sourceDef,
} from '../../src/records/registry.ts';
import { personRepo } from '../../src/db/repos/person.repo.ts';
import { CONFIDENTIALITY } from '../../src/domain/vocabulary.ts';
import { search, SearchInputSchema } from '../../src/queries/search/search.ts';
import { verifyAudit } from '../../src/queries/audit/verify-audit.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildOrganisation, buildSource } from '../support/factories.ts';

for (const dialect of DIALECTS) {
  describe(`person merge and undo (${dialect})`, () => {
    let t: TestDb;
    let ctx: Ctx;
    after(async () => t?.cleanup());
    before(async () => {
      t = await testDb(dialect);
      ctx = testCtx(t);
    });

    it('merges, keeps the old id resolving, and undoes', async () => {
      const keep = await createRecord(ctx, personDef, {
        slug: 'mukhtar-ablyazov',
        names: [{ full: 'Мухтар Аблязов' }],
        nationality: 'KZ',
      });
      const dup = await createRecord(ctx, personDef, {
        slug: 'mukhtar-abliazov',
        names: [{ full: 'Mukhtar Abliazov' }],
        birthDate: '1963',
        confidentiality: 'internal',
        restricted: { contact: 'via counsel' },
      });
      const org = await createRecord(ctx, organisationDef, buildOrganisation());
      const c = await createRecord(ctx, caseDef, buildCase(dup.id));
      const m = await createRecord(ctx, membershipDef, { personId: dup.id, organisationId: org.id, role: 'Member' });
      const src = await createRecord(ctx, sourceDef, buildSource());
      const cit = await createRecord(ctx, citationDef, { sourceId: src.id, record: { type: 'person', id: dup.id } });

      const merge = await mergePersons(ctx, {
        survivorId: keep.id,
        mergedId: dup.id,
        reason: 'Same person: passport and Russian spelling',
      });
      const survivor = (await personRepo.find(ctx.db, keep.id, CONFIDENTIALITY, t.keyring))!;
      assert.deepEqual(
        survivor.names.map((n) => n.full),
        ['Мухтар Аблязов', 'Mukhtar Abliazov'],
      );
      assert.equal(survivor.birthDate, '1963');
      assert.equal(survivor.confidentiality, 'internal', 'the stricter level of the two');
      assert.deepEqual(survivor.restricted, { contact: 'via counsel' });
      // The old id and slug resolve to the survivor.
      assert.equal((await personRepo.find(ctx.db, dup.id, CONFIDENTIALITY, null))?.id, keep.id);
      assert.equal((await personRepo.find(ctx.db, 'mukhtar-abliazov', CONFIDENTIALITY, null))?.id, keep.id);
      assert.equal((await caseDef.repo.find(ctx.db, c.id, CONFIDENTIALITY, null))?.subject.id, keep.id);
      assert.equal((await membershipDef.repo.find(ctx.db, m.id, CONFIDENTIALITY, null))?.personId, keep.id);
      assert.equal((await citationDef.repo.find(ctx.db, cit.id, CONFIDENTIALITY, null))?.record.id, keep.id);
      const found = await search(ctx, SearchInputSchema.parse({ q: 'Abliazov', type: 'person' }));
      assert.deepEqual(
        found.hits.map((h) => h.id),
        [keep.id],
      );
      await assert.rejects(undoMerge(ctx, { mergeId: 'nope' }), { code: 'not_found' });

      await undoMerge(ctx, { mergeId: merge.id });
      await assert.rejects(undoMerge(ctx, { mergeId: merge.id }), { code: 'conflict' });
      const back = (await personRepo.find(ctx.db, dup.id, CONFIDENTIALITY, t.keyring))!;
      assert.equal(back.id, dup.id);
      assert.equal(back.slug, 'mukhtar-abliazov');
      assert.deepEqual(back.restricted, { contact: 'via counsel' });
      const restored = (await personRepo.find(ctx.db, keep.id, CONFIDENTIALITY, t.keyring))!;
      assert.deepEqual(
        restored.names.map((n) => n.full),
        ['Мухтар Аблязов'],
      );
      assert.equal(restored.birthDate, null);
      assert.equal(restored.confidentiality, 'public');
      assert.deepEqual(restored.restricted, {});
      assert.equal((await caseDef.repo.find(ctx.db, c.id, CONFIDENTIALITY, null))?.subject.id, dup.id);
      assert.equal((await membershipDef.repo.find(ctx.db, m.id, CONFIDENTIALITY, null))?.personId, dup.id);
      assert.equal((await citationDef.repo.find(ctx.db, cit.id, CONFIDENTIALITY, null))?.record.id, dup.id);
      const again = await search(ctx, SearchInputSchema.parse({ q: 'Abliazov', type: 'person' }));
      assert.deepEqual(again.hits.map((h) => h.id).sort(), [keep.id, dup.id].sort());
      assert.equal((await verifyAudit(ctx.db, ctx.keyring)).ok, true);
    });

    it('refuses a merge into itself, of unknown persons, without a reason, and by roles that may not delete', async () => {
      const a = await createRecord(ctx, personDef, { names: [{ full: 'Роза Тулетаева' }] });
      const b = await createRecord(ctx, personDef, { names: [{ full: 'Roza Tuletayeva' }] });
      await assert.rejects(mergePersons(ctx, { survivorId: a.id, mergedId: a.id, reason: 'same' }), {
        code: 'validation_failed',
      });
      await assert.rejects(
        mergePersons(ctx, { survivorId: a.id, mergedId: '01JAAAAAAAAAAAAAAAAAAAAAAA', reason: 'same' }),
        { code: 'not_found' },
      );
      await assert.rejects(mergePersons(ctx, { survivorId: a.id, mergedId: b.id, reason: '' }), {
        code: 'validation_failed',
      });
      const researcher = {
        ...ctx,
        actor: { kind: 'user' as const, id: '01JAAAAAAAAAAAAAAAAAAAAAAA', role: 'researcher' as const },
      };
      await assert.rejects(mergePersons(researcher, { survivorId: a.id, mergedId: b.id, reason: 'same person' }), {
        code: 'forbidden',
      });
      assert.ok(await personRepo.find(ctx.db, b.id, CONFIDENTIALITY, null));
    });
  });
}
