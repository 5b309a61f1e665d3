// SQLite: one embedded file, WAL journal, foreign keys on, a busy timeout for other processes (CLI next to the server).
// The file, its WAL and shared-memory files and every backup are owner-only (0600) whatever the umask, and deleted
// content is overwritten (secure_delete): a copy of the files holds nothing the live rows do not.
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../schema.ts';
import { ARRAY_ROWS } from '../array-rows.ts';
import { BUSY_TIMEOUT_MS, registerWalSync } from './sqlite-wal-sync.ts';

/** Options for opening the SQLite file. */
export interface SqliteOptions {
  file: string;
}

/** The raw better-sqlite3 handle behind a Kysely instance, for backup and integrity checks. */
export type RawSqlite = SqliteDatabase.Database;

/** Permission bits for group and others: data files must have none. */
const OTHERS = 0o077;

/**
 * Creates `file` empty with mode 0600 if it is missing, and takes group and others' access away if it has any. SQLite
 * gives the WAL and shared-memory files the mode of the database file, so this covers them from their creation on.
 */
export function makeOwnerOnly(file: string): void {
  try {
    fs.closeSync(fs.openSync(file, 'wx', 0o600));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  if (process.platform !== 'win32' && (fs.statSync(file).mode & OTHERS) !== 0) fs.chmodSync(file, 0o600);
}

/** Opens (creating if needed) the database file with the pragmas Vigil relies on. */
export function openRaw(file: string): RawSqlite {
  if (file !== ':memory:') {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    makeOwnerOnly(file);
    // Files left by a version that did not restrict them (or copied in by hand) are tightened too.
    for (const suffix of ['-wal', '-shm']) if (fs.existsSync(`${file}${suffix}`)) makeOwnerOnly(`${file}${suffix}`);
  }
  const raw = new SqliteDatabase(file);
  // Deleted and overwritten rows (sent mail jobs, anonymised signers, sealed or removed records) are zeroed on their
  // pages: no readable copy is left in free space.
  raw.pragma('secure_delete = ON');
  raw.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before it is acknowledged, even across power loss (NORMAL may lose the last commits).
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return raw;
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every statement afresh; preparing costs more than running most of ours. Statements are reused by
 * their SQL text (Kysely runs one query at a time per connection, so a cached statement is never in use twice). A
 * statement marked ARRAY_ROWS returns its rows as arrays (see array-rows.ts).
 */
function withStatementCache(raw: RawSqlite) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => raw.close(),
    prepare(sql: string): SqliteDatabase.Statement {
      let stmt = cache.get(sql);
      if (stmt) {
        // Refresh its place so the least recently used statement is the one dropped.
        cache.delete(sql);
      } else {
        stmt = raw.prepare(sql);
        if (sql.startsWith(ARRAY_ROWS)) stmt.raw(true);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
}

/** Creates the Kysely instance and returns it with its raw handle. */
export function createSqlite(opts: SqliteOptions): { db: Kysely<Database>; raw: RawSqlite } {
  const raw = openRaw(opts.file);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
  // A file database may flush the group commit's log off the event loop (sqlite-wal-sync.ts); memory has nothing to flush.
  if (opts.file !== ':memory:') registerWalSync(db, raw.name);
  return { db, raw };
}

/** True when the error is a unique-constraint violation. */
export function isUniqueViolation(err: unknown): boolean {
  return errorCode(err) === 'SQLITE_CONSTRAINT_UNIQUE' || errorCode(err) === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** True when the error is a foreign-key violation. */
export function isForeignKeyViolation(err: unknown): boolean {
  return errorCode(err) === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** True when the error says a table does not exist (a database not migrated that far). */
export function isMissingTable(err: unknown): boolean {
  return errorCode(err) === 'SQLITE_ERROR' && err instanceof Error && /no such table/i.test(err.message);
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/**
 * Writes a consistent copy of the live database to `target` (which must not exist) with VACUUM INTO: the copy is rebuilt
 * from the live rows, so it carries no free pages and no WAL, and it is created owner-only and flushed to disk.
 */
export async function backup(raw: RawSqlite, target: string): Promise<void> {
  const out = path.resolve(target);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // VACUUM INTO accepts an empty file: creating it first (0600, failing if it exists) fixes its mode whatever the umask.
  fs.closeSync(fs.openSync(out, 'wx', 0o600));
  try {
    raw.prepare('VACUUM INTO ?').run(out);
    const fd = fs.openSync(out, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (err) {
    fs.rmSync(out, { force: true });
    throw err;
  }
}

/** Runs SQLite's own integrity check; returns "ok" or the first problems found. */
export function integrityCheck(raw: RawSqlite): string {
  const rows = raw.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join('; ');
}
