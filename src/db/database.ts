// Opening, migrating and closing the database; transactions. The rest of the app sees only Db, Trx and these functions.
import { Migrator, sql, type Kysely, type MigrationProvider, type Transaction } from 'kysely';
import type { DatabaseConfig } from '../config.ts';
import * as postgres from './dialects/postgres.ts';
import * as sqlite from './dialects/sqlite.ts';
import { commitUnflushed, isLockBusy as isSqliteLockBusy, walSyncOf } from './dialects/sqlite-wal-sync.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { prepared } from './prepared.ts';
import type { Database } from './schema.ts';

/** A database handle usable for reads. */
export type Db = Kysely<Database>;
/** A database handle inside a transaction. */
export type Trx = Transaction<Database>;
/** Either a plain handle or a transaction: what repository functions take. */
export type Executor = Db | Trx;

/** An open database with its dialect and the means to close it. */
export interface DatabaseHandle {
  readonly db: Db;
  readonly dialect: 'sqlite' | 'postgres';
  /** The raw SQLite handle, for online backup and integrity checks; undefined on PostgreSQL. */
  readonly rawSqlite?: sqlite.RawSqlite;
  /** The connection pool's state; undefined on SQLite, which has one connection. */
  readonly poolStats?: () => PoolStats;
  close(): Promise<void>;
}

/** Connections of a pool: all open, idle, and requests waiting for one. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/** Opens the configured database (SQLite file or PostgreSQL pool). */
export function openDatabase(config: DatabaseConfig, opts: { searchPath?: string } = {}): DatabaseHandle {
  if (config.dialect === 'sqlite') {
    const { db, raw } = sqlite.createSqlite({ file: config.file });
    return { db, dialect: 'sqlite', rawSqlite: raw, close: () => db.destroy() };
  }
  const { db, pool } = postgres.createPostgres({
    url: config.url,
    poolSize: config.poolSize,
    searchPath: opts.searchPath,
  });
  const poolStats = () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });
  return { db, dialect: 'postgres', poolStats, close: () => db.destroy() };
}

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Brings the schema to the latest migration; throws with the failing migration's name. Returns the names applied.
 * `schema` keeps the migration bookkeeping in a PostgreSQL schema other than the default (tests run one schema each).
 */
export async function migrateToLatest(db: Db, opts: { schema?: string } = {}): Promise<string[]> {
  const migrator = new Migrator({ db, provider, ...(opts.schema ? { migrationTableSchema: opts.schema } : {}) });
  const { error, results } = await retryVanishedSchema(() => migrator.migrateToLatest());
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of migrations not yet applied. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const migrations = await retryVanishedSchema(async () => {
    try {
      return { list: await migrator.getMigrations() };
    } catch (error) {
      return { error };
    }
  });
  if ('error' in migrations) throw migrations.error;
  return migrations.list.filter((m) => !m.executedAt).map((m) => m.name);
}

/**
 * PostgreSQL's "schema … does not exist" (SQLSTATE 3F000), "relation … does not exist" (42P01) or "column … of relation
 * … does not exist" (42703) raised while the migrator lists the tables of every schema of the database: a schema (or
 * its tables) dropped by someone else between the listing's catalog scan and its later look at them (the listing asks
 * `pg_get_serial_sequence` about every column it scanned, which raises 42703 for a column dropped meanwhile).
 * `retryVanishedSchema` runs the step again only when no migration ran, so a migration that names a missing table or
 * column still fails at once.
 */
export function isVanishedSchema(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === '3F000' || code === '42P01' || code === '42703';
}

/**
 * Runs a migrator step again (up to `attempts` times, a few milliseconds apart) when it failed only because another
 * schema vanished while it listed the tables. Such a failure comes before any migration runs (and on PostgreSQL the
 * migrations run in one transaction), so running the step again is safe; any other outcome is returned as it is.
 */
export async function retryVanishedSchema<R extends { error?: unknown; results?: readonly { status: string }[] }>(
  step: () => Promise<R>,
  attempts = 5,
): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    const outcome = await step();
    const ranMigration = outcome.results?.some((r) => r.status !== 'NotExecuted') ?? false;
    if (!isVanishedSchema(outcome.error) || ranMigration || attempt >= attempts) return outcome;
    await new Promise((resolve) => setTimeout(resolve, 5 * attempt));
  }
}

/**
 * Runs `fn` in a write transaction. The first statement takes the audit chain's lock (a row lock on PostgreSQL,
 * the write lock on SQLite), so writers queue instead of failing or forking the chain.
 */
export async function writeTransaction<T>(db: Db, fn: (trx: Trx) => Promise<T>): Promise<T> {
  try {
    return await lockedTransaction(db, fn);
  } finally {
    writesFinished += 1;
  }
}

function lockedTransaction<T>(db: Db, fn: (trx: Trx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await takeAuditLock.run(trx, {});
    return fn(trx);
  });
}

// The first statement of every write transaction (each batch of signings too): compiled once per database.
const takeAuditLock = prepared<Record<string, never>, never>((db) =>
  db
    .updateTable('audit_head')
    .set({ seq: sql`seq` })
    .where('id', '=', 1),
);

// Write transactions this process has finished, committed or not. A page kept in memory and rendered when this count
// was the same cannot be out of date because of a write made here, so it may be served without asking the database.
// Signings (writeTransactionFlushedLater) do not count: they change no page until the worker recounts.
let writesFinished = 0;

/** How many write transactions (writeTransaction) this process has finished so far. */
export function localWritesFinished(): number {
  return writesFinished;
}

/**
 * Runs `fn` in a write transaction like writeTransaction, but resolves as soon as it has committed, with `durable`: a
 * promise that resolves once the commit is on disk. On an SQLite file the flush runs off the event loop and is shared by
 * the commits made meanwhile (sqlite-wal-sync.ts); elsewhere the commit flushed itself and `durable` is already settled.
 * Nothing may be acknowledged before `durable` resolves. With `noWait`, an SQLite file's write lock is not waited for:
 * if another connection holds it, the call fails at once with nothing written (isLockBusy), instead of sleeping on the
 * event loop until the lock is free.
 */
export async function writeTransactionFlushedLater<T>(
  db: Db,
  fn: (trx: Trx) => Promise<T>,
  opts: { noWait?: boolean } = {},
): Promise<{ value: T; durable: Promise<void> }> {
  const wal = walSyncOf(db);
  if (!wal) return { value: await lockedTransaction(db, fn), durable: Promise.resolve() };
  const value = await commitUnflushed(db, (conn) => lockedTransaction(conn, fn), opts);
  return { value, durable: wal.durable() };
}

/**
 * True when a write failed only because another connection held SQLite's write lock and the caller asked not to wait
 * (writeTransactionFlushedLater with `noWait`): nothing was written, and the same write may simply be tried again.
 */
export function isLockBusy(err: unknown): boolean {
  return isSqliteLockBusy(err);
}

/**
 * Runs `fn`, bookkeeping whose loss in a power cut only repeats work (a job claimed or marked done: at worst a message is
 * sent twice), without holding the event loop for a flush to disk: on an SQLite file it commits unflushed and the flush
 * runs on the thread pool, shared with the group commit's. Elsewhere it simply runs `fn`.
 */
export async function writeBookkeeping<T>(db: Db, fn: (db: Db) => Promise<T>): Promise<T> {
  const wal = walSyncOf(db);
  if (!wal) return fn(db);
  const value = await commitUnflushed(db, fn);
  // Nobody waits on this flush; if the disk fails it, the next FULL commit fails too and says so.
  wal.durable().catch(() => undefined);
  return value;
}

/**
 * Runs `fn` over one consistent snapshot of the database (exports): REPEATABLE READ, read-only on PostgreSQL; on SQLite
 * a deferred transaction in WAL mode sees one snapshot from its first read and does not block writers.
 */
export async function readSnapshot<T>(db: Db, fn: (trx: Trx) => Promise<T>): Promise<T> {
  return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(fn);
}

/** True when an error means a unique value is already taken, on either dialect. */
export function isUniqueViolation(err: unknown): boolean {
  return sqlite.isUniqueViolation(err) || postgres.isUniqueViolation(err);
}

/** True when an error means a referenced record is missing or a record is still referenced, on either dialect. */
export function isForeignKeyViolation(err: unknown): boolean {
  return sqlite.isForeignKeyViolation(err) || postgres.isForeignKeyViolation(err);
}

/** True when an error means a table does not exist yet (the database is not migrated that far), on either dialect. */
export function isMissingTable(err: unknown): boolean {
  return sqlite.isMissingTable(err) || postgres.isMissingTable(err);
}

export { backup as sqliteBackup, integrityCheck as sqliteIntegrityCheck } from './dialects/sqlite.ts';
