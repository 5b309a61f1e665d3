// An import into an index without name keys takes the key index (and on PostgreSQL the keys' foreign key) off for
// the load: both must be back afterwards, and unchanged after an import that fails.
import assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { ulid } from 'ulid';
import { createRecord } from '../../src/commands/records/create-record.ts';
import { exportJson } from '../../src/commands/transfer/export-json.ts';
import { importJson } from '../../src/commands/transfer/import-json.ts';
import { personDef } from '../../src/records/registry.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildPerson } from '../support/factories.ts';

/** The key index and the keys' foreign keys, by name. */
async function keyShape(t: TestDb, dialect: 'sqlite' | 'postgres'): Promise<string[]> {
  const db = t.handle.db;
  if (dialect === 'sqlite') {
    const { rows } = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'index' and tbl_name = 'search_name_keys' and name = 'search_name_keys_key'`.execute(
      db,
    );
    return rows.map((r) => r.name);
  }
  const { rows } = await sql<{ name: string }>`select indexname as name from pg_indexes
    where schemaname = current_schema() and tablename = 'search_name_keys' and indexname = 'search_name_keys_key'
    union all select conname from pg_constraint where conrelid = to_regclass('search_name_keys') and contype = 'f'`.execute(
    db,
  );
  return rows.map((r) => r.name).sort();
}

async function exportText(t: TestDb): Promise<string> {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  await exportJson(testCtx(t), sink);
  return text;
}

for (const dialect of DIALECTS) {
  describe(`name keys of an import into an empty index (${dialect})`, () => {
    it('puts the key index and foreign key back, and leaves them as they were when the import fails', async () => {
      const source = await testDb(dialect);
      const t = await testDb(dialect);
      try {
        await createRecord(testCtx(source), personDef, buildPerson());
        const text = await exportText(source);
        const migrated = await keyShape(t, dialect);
        assert.equal(migrated.length, dialect === 'sqlite' ? 1 : 2);
        // A person whose id is taken twice: the second insert fails after the first person's keys went in.
        const doc = JSON.parse(text) as { persons: Record<string, unknown>[] };
        const again = { ...doc.persons[0]!, slug: `other-${ulid().toLowerCase()}` };
        const bad = JSON.stringify({ ...doc, persons: [doc.persons[0], again] });
        await assert.rejects(importJson(testCtx(t), Readable.from([bad])));
        assert.deepEqual(await keyShape(t, dialect), migrated);
        await importJson(testCtx(t), Readable.from([text]));
        assert.deepEqual(await keyShape(t, dialect), migrated);
        const keys = await sql<{ n: number | string }>`select count(*) as n from search_name_keys`.execute(t.handle.db);
        assert.ok(Number(keys.rows[0]!.n) > 0);
      } finally {
        await t.cleanup();
        await source.cleanup();
      }
    });
  });
}
