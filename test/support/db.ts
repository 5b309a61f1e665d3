// Real databases for tests: a fresh SQLite file, or a fresh schema in the PostgreSQL of VIGIL_TEST_PG_URL.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Actor, Ctx } from '../../src/context.ts';
import type { Keyring } from '../../src/crypto/field-cipher.ts';
import { loadOrCreateKeyring } from '../../src/crypto/key-file.ts';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { FileStore } from '../../src/files.ts';
import { PG_URL, REQUIRE_PG } from './env.ts';

/** The dialects every data-layer test loops over. PostgreSQL joins when configured, and must be there when required. */
export const DIALECTS: readonly ('sqlite' | 'postgres')[] = PG_URL || REQUIRE_PG ? ['sqlite', 'postgres'] : ['sqlite'];

/** A migrated, empty database with its config and a cleanup function. */
export interface TestDb {
  handle: DatabaseHandle;
  config: Config;
  /** The keys of restricted fields, from the key file in the test's data folder (read from there when not given). */
  keyring: Keyring;
  dir: string;
  cleanup(): Promise<void>;
}

/** Opens a fresh database of the dialect. */
export async function testDb(dialect: 'sqlite' | 'postgres'): Promise<TestDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-test-'));
  if (dialect === 'sqlite') {
    const config = loadConfig({ VIGIL_DATA_DIR: dir, VIGIL_LOG_LEVEL: 'silent' });
    const handle = openDatabase(config.database);
    await migrateToLatest(handle.db);
    return {
      handle,
      config,
      keyring: loadOrCreateKeyring(config.secretKeyFile),
      dir,
      cleanup: async () => {
        await handle.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!PG_URL) throw new Error('VIGIL_REQUIRE_PG=1 but VIGIL_TEST_PG_URL is not set: the PostgreSQL tests cannot run');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const config = loadConfig({
    VIGIL_DATA_DIR: dir,
    VIGIL_DATABASE_URL: PG_URL,
    VIGIL_LOG_LEVEL: 'silent',
    VIGIL_PG_POOL_SIZE: '4',
  });
  const handle = openDatabase(config.database, { searchPath: schema });
  await migrateToLatest(handle.db, { schema });
  return {
    handle,
    config,
    keyring: loadOrCreateKeyring(config.secretKeyFile),
    dir,
    cleanup: async () => {
      await handle.close();
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A silent logger for tests. */
export const silentLog = pino({ level: 'silent' });

/** The system actor, as the CLI acts. */
export const SYSTEM: Actor = { kind: 'system', name: 'test' };

/** A command context over a test database; the clock can be fixed. */
export function testCtx(t: TestDb, actor: Actor = SYSTEM, now: () => Date = () => new Date()): Ctx {
  return {
    actor,
    db: t.handle.db,
    log: silentLog,
    now,
    config: t.config,
    files: new FileStore(t.config.filesDir),
    keyring: t.keyring,
  };
}
