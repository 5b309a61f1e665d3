// Moving records in and out of the sealed form: a change of confidentiality to or from restricted in one write, and
// the upgrade of a database an older version wrote (restricted records in clear), which the migration lists and the
// start-up step seals with the keys. Afterwards no table holds the values, and cleared readers still find the records.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createRecord } from '../../src/commands/records/create-record.ts';
import { caseDef, personDef } from '../../src/records/registry.ts';
import { sealPendingRecords } from '../../src/commands/records/seal-pending.ts';
import { updateRecord } from '../../src/commands/records/update-record.ts';
import * as sealMigration from '../../src/db/migrations/2026_12_04_0101_seal_pending.ts';
import { foldText } from '../../src/text/fold.ts';
import { verifyAudit } from '../../src/queries/audit/verify-audit.ts';
import { getRecord } from '../../src/queries/records/get-record.ts';
import { search, SearchInputSchema } from '../../src/queries/search/search.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildPerson } from '../support/factories.ts';

const EDITOR = { kind: 'user', id: '01JEDITOR00000000000000000', role: 'editor' } as const;

/** Every table as text (PostgreSQL), or the SQLite file after a checkpoint. */
async function storedBytes(t: TestDb): Promise<Buffer> {
  const db = t.handle.db;
  if (t.config.database.dialect === 'sqlite') {
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    const file = t.config.database.file;
    return Buffer.concat([file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));
  }
  const { rows: tables } = await sql<{
    name: string;
  }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(
    db,
  );
  const parts: string[] = [];
  for (const { name } of tables)
    parts.push(
      ...(await sql<{ row: string }>`select t::text as row from ${sql.table(name)} t`.execute(db)).rows.map(
        (r) => r.row,
      ),
    );
  return Buffer.from(parts.join('\n'), 'utf8');
}

const found = (bytes: Buffer, values: string[]) =>
  values.flatMap((v) => [v, foldText(v)]).filter((v) => bytes.indexOf(Buffer.from(v, 'utf8')) !== -1);

for (const dialect of DIALECTS) {
  describe(`sealing and unsealing restricted records (${dialect})`, () => {
    it('seals a record made restricted in the same write, and opens it again when it is made internal', async () => {
      const t = await testDb(dialect);
      try {
        const ctx = testCtx(t);
        const secrets = ['Оксана Досьеева-Незримая', 'Velvetmoth Quarrender'];
        const p = await createRecord(
          ctx,
          personDef,
          buildPerson({
            confidentiality: 'internal',
            names: secrets.map((full) => ({ full })),
            summary: 'Hollowbrook sanctuary',
          }),
        );
        await updateRecord(ctx, personDef, p.id, { confidentiality: 'restricted' });
        const db = t.handle.db;
        assert.equal(
          (await db.selectFrom('person_names').select('full_name').where('person_id', '=', p.id).execute()).length,
          0,
          'names left the clear table',
        );
        assert.equal(
          await db.selectFrom('search_docs').select('doc_id').where('record_id', '=', p.id).executeTakeFirst(),
          undefined,
          'no search document',
        );
        const versions = await db
          .selectFrom('record_versions')
          .select('snapshot')
          .where('record_id', '=', p.id)
          .execute();
        assert.equal(versions.length, 2);
        for (const v of versions)
          assert.deepEqual(
            found(Buffer.from(v.snapshot), [...secrets, 'Hollowbrook sanctuary']),
            [],
            'the earlier version is sealed too',
          );
        assert.deepEqual(found(await storedBytes(t), [...secrets, 'Hollowbrook']), []);

        const editor = testCtx(t, EDITOR);
        assert.deepEqual(
          (await getRecord(editor, personDef, p.id)).names.map((n) => n.full),
          secrets,
        );
        const hits = await search(editor, SearchInputSchema.parse({ q: 'Quarrender' }));
        assert.deepEqual(
          hits.hits.map((h) => h.id),
          [p.id],
        );

        await updateRecord(ctx, personDef, p.id, { confidentiality: 'internal' });
        assert.deepEqual(
          (
            await db
              .selectFrom('person_names')
              .select('full_name')
              .where('person_id', '=', p.id)
              .orderBy('position')
              .execute()
          ).map((r) => r.full_name),
          secrets,
        );
        assert.ok(
          await db.selectFrom('search_docs').select('doc_id').where('record_id', '=', p.id).executeTakeFirst(),
          'indexed again',
        );
        assert.equal(
          (await db.selectFrom('persons').select('restricted_data').where('id', '=', p.id).executeTakeFirstOrThrow())
            .restricted_data,
          null,
        );
        assert.deepEqual(
          (await search(editor, SearchInputSchema.parse({ q: 'Quarrender' }))).hits.map((h) => h.id),
          [p.id],
        );
        assert.equal((await verifyAudit(db, t.keyring)).ok, true);
      } finally {
        await t.cleanup();
      }
    });

    it('seals the restricted records an older version stored in clear, once, with their restricted fields kept', async () => {
      const t = await testDb(dialect);
      try {
        const ctx = testCtx(t);
        const db = t.handle.db;
        const secrets = ['Тимофей Бумагоцветов', 'Skeldrake Tribunal', 'Hearsayquill ordinance'];
        const p = await createRecord(
          ctx,
          personDef,
          buildPerson({
            confidentiality: 'internal',
            names: [{ full: secrets[0]! }],
            restricted: { contact: 'Threema XYZ' },
          }),
        );
        const c = await createRecord(
          ctx,
          caseDef,
          buildCase(p.id, {
            confidentiality: 'internal',
            title: 'Case of Bumagotsvetov',
            court: secrets[1]!,
            charges: [{ text: secrets[2]! }],
          }),
        );
        // What an older version left: restricted records whose content sits in the clear columns and the index.
        for (const table of ['persons', 'cases'] as const)
          await db.updateTable(table).set({ confidentiality: 'restricted' }).execute();
        await db.updateTable('search_docs').set({ confidentiality: 'restricted' }).execute();
        await sql`drop table seal_pending`.execute(db);
        await sealMigration.up(db as unknown as Kysely<unknown>);
        assert.deepEqual(
          (await db.selectFrom('seal_pending').selectAll().orderBy('record_table').execute()).map((r) => [
            r.record_table,
            r.record_id,
          ]),
          [
            ['cases', c.id],
            ['persons', p.id],
          ],
        );
        assert.ok(found(await storedBytes(t), secrets).length > 0, 'the values are in clear before the step');

        assert.equal(await sealPendingRecords(ctx), 2);
        assert.equal(await sealPendingRecords(ctx), 0, 'nothing left to do');
        assert.deepEqual(await db.selectFrom('seal_pending').selectAll().execute(), []);
        assert.deepEqual(found(await storedBytes(t), secrets), []);
        assert.equal(
          (await db.selectFrom('audit_log').select('action').where('action', '=', 'person.seal').execute()).length,
          1,
        );

        const editor = testCtx(t, EDITOR);
        const person = await getRecord(editor, personDef, p.id);
        assert.equal(person.names[0]!.full, secrets[0]);
        assert.deepEqual(person.restricted, { contact: 'Threema XYZ' });
        const kase = await getRecord(editor, caseDef, c.id);
        assert.equal(kase.court, secrets[1]);
        assert.equal(kase.charges[0]!.text, secrets[2]);
        assert.deepEqual(
          (await search(editor, SearchInputSchema.parse({ q: 'Skeldrake' }))).hits.map((h) => h.id),
          [c.id],
        );
        assert.equal((await verifyAudit(db, t.keyring)).ok, true);
      } finally {
        await t.cleanup();
      }
    });
  });
}
