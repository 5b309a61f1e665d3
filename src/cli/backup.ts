// Online backup and restore of the SQLite database (PostgreSQL uses pg_dump and pg_restore, see the README).
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseHandle } from '../db/database.ts';
import { openRaw } from '../db/dialects/sqlite.ts';
import { sqliteBackup, sqliteIntegrityCheck } from '../db/database.ts';
import { CliError } from './runtime.ts';

/**
 * Writes a consistent copy of the live SQLite database to `target` while the server may keep running: rebuilt from the
 * live rows (no free pages, no WAL), mode 0600, renamed into place only once complete.
 */
export async function backupTo(handle: DatabaseHandle, target: string, force: boolean): Promise<number> {
  if (!handle.rawSqlite)
    throw new CliError('backup: this command copies SQLite databases; for PostgreSQL use pg_dump (see the README)');
  const out = path.resolve(target);
  if (fs.existsSync(out) && !force) throw new CliError(`backup: ${out} already exists (use --force to replace it)`);
  const tmp = `${out}.partial`;
  fs.rmSync(tmp, { force: true });
  await sqliteBackup(handle.rawSqlite, tmp);
  fs.renameSync(tmp, out);
  return fs.statSync(out).size;
}

/** Checks that a file is an intact Vigil SQLite database; returns its raw handle closed. */
function checkBackupFile(file: string): void {
  if (!fs.existsSync(file)) throw new CliError(`restore: ${file} does not exist`);
  let raw;
  try {
    raw = openRaw(file);
  } catch (err) {
    throw new CliError(
      `restore: ${file} is not a SQLite database (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  try {
    const integrity = sqliteIntegrityCheck(raw);
    if (integrity !== 'ok') throw new CliError(`restore: ${file} fails SQLite's integrity check: ${integrity}`);
    const hasMigrations = raw
      .prepare("select count(*) as n from sqlite_master where name = 'kysely_migration'")
      .get() as { n: number };
    if (hasMigrations.n === 0) throw new CliError(`restore: ${file} is not a Vigil database`);
    raw.pragma('wal_checkpoint(TRUNCATE)');
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(
      `restore: ${file} is not a readable SQLite database (${err instanceof Error ? err.message : String(err)})`,
    );
  } finally {
    raw.close();
  }
}

/** Replaces the database file with a backup, atomically. The server must be stopped first. */
export function restoreFrom(source: string, databaseFile: string, force: boolean): void {
  const from = path.resolve(source);
  checkBackupFile(from);
  if (fs.existsSync(databaseFile) && !force)
    throw new CliError(`restore: ${databaseFile} exists; stop the server and pass --force to replace it`);
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
  const tmp = `${databaseFile}.restoring`;
  fs.rmSync(tmp, { force: true });
  fs.copyFileSync(from, tmp);
  // copyFile keeps the backup's mode; the live database is owner-only whatever the backup was.
  fs.chmodSync(tmp, 0o600);
  const fd = fs.openSync(tmp, 'r');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${databaseFile}${suffix}`, { force: true });
  fs.renameSync(tmp, databaseFile);
}
