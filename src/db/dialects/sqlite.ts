// SQLite: one embedded file, WAL journal, foreign keys on, a busy timeout for other processes (CLI next to the server).
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../schema.ts';

/** Options for opening the SQLite file. */
export interface SqliteOptions {
  file: string;
}

/** The raw better-sqlite3 handle behind a Kysely instance, for backup and integrity checks. */
export type RawSqlite = SqliteDatabase.Database;

/** Opens (creating if needed) the database file with the pragmas Vigil relies on. */
export function openRaw(file: string): RawSqlite {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const raw = new SqliteDatabase(file);
  raw.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before it is acknowledged, even across power loss (NORMAL may lose the last commits).
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  // Deleted and overwritten rows are zeroed on their pages: a record sealed or deleted leaves no readable copy in free space.
  raw.pragma('secure_delete = ON');
  return raw;
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every statement afresh; preparing costs more than running most of ours. Statements are reused by
 * their SQL text (Kysely runs one query at a time per connection, so a cached statement is never in use twice).
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
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) }), raw };
}

/** True when the error is a unique-constraint violation. */
export function isUniqueViolation(err: unknown): boolean {
  return errorCode(err) === 'SQLITE_CONSTRAINT_UNIQUE' || errorCode(err) === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** True when the error is a foreign-key violation. */
export function isForeignKeyViolation(err: unknown): boolean {
  return errorCode(err) === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/** Writes a consistent copy of the live database to `target` using SQLite's online backup. */
export async function backup(raw: RawSqlite, target: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  await raw.backup(target);
}

/** Runs SQLite's own integrity check; returns "ok" or the first problems found. */
export function integrityCheck(raw: RawSqlite): string {
  const rows = raw.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join('; ');
}
