// What sealed records cost a cleared reader: restricted records have no search document, so a search matches all of
// them in memory (the first after a start opens them all; later ones only those written since) and a filtered list opens
// all of them. Measures both over N sealed persons, against decrypting the same blobs alone, in ms per 1,000 records.
// `node --import tsx bench/sealed-scan.ts [--records N] [--pg postgres://…]` (PostgreSQL: a fresh schema, dropped after).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import pino from 'pino';
import { ulid } from 'ulid';
import { personDef } from '../src/records/registry.ts';
import { loadConfig } from '../src/config.ts';
import type { Ctx } from '../src/context.ts';
import { loadOrCreateKeyring } from '../src/crypto/key-file.ts';
import { migrateToLatest, openDatabase, writeTransaction } from '../src/db/database.ts';
import { personRepo } from '../src/db/repos/person.repo.ts';
import type { Person } from '../src/domain/person.ts';
import { FileStore } from '../src/files.ts';
import { listRecords } from '../src/queries/records/list-records.ts';
import { search, SearchInputSchema } from '../src/queries/search/search.ts';

const { values } = parseArgs({ options: { records: { type: 'string', default: '5000' }, pg: { type: 'string' } } });
const n = Number(values.records);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-sealed-bench-'));
const schema = `bench_${randomBytes(4).toString('hex')}`;
if (values.pg) {
  const admin = new pg.Client({ connectionString: values.pg });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
}
const config = loadConfig({
  VIGIL_DATA_DIR: dir,
  VIGIL_LOG_LEVEL: 'silent',
  ...(values.pg ? { VIGIL_DATABASE_URL: values.pg } : {}),
});
const handle = openDatabase(config.database, values.pg ? { searchPath: schema } : {});
await migrateToLatest(handle.db, values.pg ? { schema } : {});
const keyring = loadOrCreateKeyring(config.secretKeyFile);
const ctx: Ctx = {
  actor: { kind: 'user', id: ulid(), role: 'editor' },
  db: handle.db,
  log: pino({ level: 'silent' }),
  now: () => new Date(),
  config,
  files: new FileStore(config.filesDir),
  keyring,
};

try {
  const now = new Date().toISOString();
  for (let at = 0; at < n; at += 500) {
    await writeTransaction(handle.db, async (trx) => {
      for (let i = at; i < Math.min(n, at + 500); i++) {
        const id = ulid();
        const p: Person = {
          id,
          slug: id.toLowerCase(),
          confidentiality: 'restricted',
          createdAt: now,
          updatedAt: now,
          restricted: {},
          names: [
            { full: `Персона Засекреченная-${i}`, script: 'Cyrl', kind: 'primary' },
            { full: `Persona Zasekrechennaya-${i}`, script: 'Latn', kind: 'transliteration' },
          ],
          givenName: null,
          familyName: null,
          patronymic: null,
          birthDate: '1980',
          birthDateApprox: false,
          gender: null,
          nationality: 'KZ',
          roles: ['activist'],
          summary: 'Detained after a protest; held incommunicado. '.repeat(4),
          links: [],
        };
        await personRepo.insert(trx, p, keyring);
      }
    });
  }
  const blobs = (await handle.db.selectFrom('persons').select(['id', 'restricted_data']).execute()).map(
    (r) => [r.id, r.restricted_data!] as const,
  );
  const median = async (fn: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let k = 0; k < 7; k++) {
      const t0 = performance.now();
      await fn();
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[3]!;
  };
  const decrypt = await median(async () => {
    for (const [id, blob] of blobs) JSON.parse(keyring.decrypt(blob, id));
  });
  // The first search after a start opens every sealed record; later ones reuse the documents built (and decrypt only changes).
  const t0 = performance.now();
  await search(ctx, SearchInputSchema.parse({ q: 'Засекреченная-17' }));
  const coldMs = performance.now() - t0;
  const searchMs = await median(() => search(ctx, SearchInputSchema.parse({ q: 'Засекреченная-17' })));
  const listMs = await median(() => listRecords(ctx, personDef, { q: 'Zasekrechennaya-17' }, { limit: 50 }));
  const per = (ms: number) => Number(((ms / n) * 1000).toFixed(2));
  const result = {
    dialect: handle.dialect,
    sealedRecords: n,
    msPer1000: { decryptOnly: per(decrypt), firstSearch: per(coldMs), laterSearch: per(searchMs), listQ: per(listMs) },
    totalMs: {
      decryptOnly: Number(decrypt.toFixed(1)),
      firstSearch: Number(coldMs.toFixed(1)),
      laterSearch: Number(searchMs.toFixed(1)),
      listQ: Number(listMs.toFixed(1)),
    },
  };
  console.log(JSON.stringify(result));
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync(`bench/results/sealed-scan-${handle.dialect}.json`, `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
  if (values.pg) {
    const admin = new pg.Client({ connectionString: values.pg });
    await admin.connect();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}
