// What the database knows of the key file: the fingerprints of the keys it was written with, and whether it holds anything
// written under them. Read before migrating, so every query here copes with tables that do not exist yet.
import { sql } from 'kysely';
import { isMissingTable, type Executor } from '../database.ts';

/** What a start needs to decide about the key file. */
export interface KeyState {
  /** True when the database holds anything at all (an audit entry, a signature, a user, a key fingerprint). */
  hasData: boolean;
  /** Key id → fingerprint of every key recorded; empty when none is (or the table is not there yet). */
  fingerprints: Map<string, string>;
}

/** Runs a read that needs `table`; undefined when the database has no such table yet. */
async function ifTableExists<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (err) {
    if (isMissingTable(err)) return undefined;
    throw err;
  }
}

/** The key fingerprints stored and whether the database holds data; works on a database at any migration, or none. */
export async function readKeyState(db: Executor): Promise<KeyState> {
  const rows = await ifTableExists(() => db.selectFrom('key_fingerprints').select(['key_id', 'fingerprint']).execute());
  const fingerprints = new Map((rows ?? []).map((r) => [r.key_id, r.fingerprint]));
  let hasData = fingerprints.size > 0;
  // Every write appends to the audit log; signatures and users are checked as well in case data came in some other way.
  for (const table of ['audit_log', 'signatures', 'users'] as const) {
    if (hasData) break;
    const row = await ifTableExists(() =>
      db
        .selectFrom(table as 'users')
        .select(sql<number>`1`.as('one'))
        .limit(1)
        .executeTakeFirst(),
    );
    hasData = row !== undefined;
  }
  return { hasData, fingerprints };
}

/** Records the fingerprints of keys not yet known (a key already recorded keeps its first fingerprint). */
export async function recordKeyFingerprints(
  db: Executor,
  fingerprints: Map<string, string>,
  nowIso: string,
): Promise<string[]> {
  const known = new Set((await db.selectFrom('key_fingerprints').select('key_id').execute()).map((r) => r.key_id));
  const added = [...fingerprints].filter(([id]) => !known.has(id));
  if (added.length === 0) return [];
  await db
    .insertInto('key_fingerprints')
    .values(added.map(([key_id, fingerprint]) => ({ key_id, fingerprint, created_at: nowIso })))
    .onConflict((oc) => oc.column('key_id').doNothing())
    .execute();
  return added.map(([id]) => id);
}
