// Helpers every record repository uses: visibility filter, keyset pages, child rows, slugs, name rows.
import { sql, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Keyring } from '../../crypto/field-cipher.ts';
import { restrictedOf, type Name, type RecordBase } from '../../domain/common.ts';
import { searchKey } from '../../domain/text.ts';
import type { Confidentiality } from '../../domain/vocabulary.ts';
import type { Executor, Trx } from '../database.ts';
import type { Database } from '../schema.ts';

/** Tables that hold records (each has id, slug, confidentiality and timestamps). */
export type RecordTable = 'persons' | 'organisations' | 'memberships' | 'events' | 'cases' | 'sources' | 'citations';

/** One page of a keyset-paginated list: records after `after` (an id), at most `limit`. */
export interface Page {
  after?: string;
  limit: number;
}

/**
 * The keys to decrypt restricted fields with, or null to leave them encrypted in the database: the records then come
 * back with `restricted: {}`. Readers not cleared for restricted data get null, so their values are never even decrypted.
 */
export type RestrictedKeys = Keyring | null;

/** What every repository offers the generic commands and queries. */
export interface RecordRepo<T extends RecordBase, F> {
  readonly table: RecordTable;
  /** One record by id or slug, if the reader's levels allow it; restricted fields decrypted when keys are given. */
  find(db: Executor, idOrSlug: string, levels: readonly Confidentiality[], keys: RestrictedKeys): Promise<T | undefined>;
  /** A page of records matching the filter, in id order; restricted fields decrypted when keys are given. */
  list(db: Executor, filter: F, levels: readonly Confidentiality[], page: Page, keys: RestrictedKeys): Promise<T[]>;
  /** Stores a new record; its restricted fields are encrypted with the keyring's current key. */
  insert(trx: Trx, record: T, keyring: Keyring): Promise<void>;
  /** Replaces a stored record, restricted fields included (the caller passes the ones to keep). */
  update(trx: Trx, record: T, keyring: Keyring): Promise<void>;
  remove(trx: Trx, id: string): Promise<void>;
}

/** Row columns shared by every record table. */
export interface BaseRow {
  id: string;
  slug: string;
  confidentiality: string;
  created_at: string;
  updated_at: string;
  restricted_data?: string | null;
}

/** The restricted values of a record as stored: one encrypted blob bound to the record id, or NULL when there are none. */
export function sealRestricted(keyring: Keyring, id: string, values: Readonly<Record<string, string>>): string | null {
  return Object.keys(values).length === 0 ? null : keyring.encrypt(JSON.stringify(restrictedOf(values)), id);
}

/** The restricted values of a stored row; empty when there are none or no keys are given. */
export function openRestricted(keys: RestrictedKeys, id: string, blob: string | null | undefined): Record<string, string> {
  if (!keys || !blob) return {};
  return restrictedOf(JSON.parse(keys.decrypt(blob, id)) as Record<string, string>);
}

/** Maps shared columns to the record fields, decrypting the restricted ones when keys are given. */
export function baseFields(r: BaseRow, keys: RestrictedKeys): RecordBase {
  return {
    id: r.id, slug: r.slug, confidentiality: r.confidentiality as Confidentiality, createdAt: r.created_at, updatedAt: r.updated_at,
    restricted: openRestricted(keys, r.id, r.restricted_data),
  };
}

/** Maps the record fields back to shared columns, encrypting the restricted ones. */
export function baseColumns(r: RecordBase, keyring: Keyring): BaseRow & { restricted_data: string | null } {
  return {
    id: r.id, slug: r.slug, confidentiality: r.confidentiality, created_at: r.createdAt, updated_at: r.updatedAt,
    restricted_data: sealRestricted(keyring, r.id, r.restricted),
  };
}

/** Restricts a query to visible records and to one page in id order. */
export function visiblePage<QB extends SelectQueryBuilder<Database, RecordTable, object>>(
  qb: QB,
  table: RecordTable,
  levels: readonly Confidentiality[],
  page: Page,
): QB {
  let q = qb.where(`${table}.confidentiality`, 'in', [...levels]);
  if (page.after) q = q.where(`${table}.id`, '>', page.after);
  return q.orderBy(`${table}.id`).limit(page.limit) as QB;
}

/** Matches either the id or the slug. */
export function byIdOrSlug<QB extends SelectQueryBuilder<Database, RecordTable, object>>(qb: QB, table: RecordTable, idOrSlug: string): QB {
  return qb.where((eb) => eb.or([eb(`${table}.id`, '=', idOrSlug), eb(`${table}.slug`, '=', idOrSlug)])) as QB;
}

/** `column LIKE '%text%'` with the text's wildcards escaped; SQLite has no default escape character, so it is named. */
export function contains(column: string, text: string): RawBuilder<SqlBool> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

/** Is this slug already used by another record of the table? */
export async function slugTaken(db: Executor, table: RecordTable, slug: string, exceptId?: string): Promise<boolean> {
  let q = db.selectFrom(table as 'persons').select('id').where('slug', '=', slug);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** Groups child rows by their parent id, keeping position order. */
export function groupBy<R, K extends keyof R>(rows: R[], key: K): Map<R[K], R[]> {
  const out = new Map<R[K], R[]>();
  for (const r of rows) {
    const list = out.get(r[key]);
    if (list) list.push(r);
    else out.set(r[key], [r]);
  }
  return out;
}

/** Name rows as stored for persons and organisations. */
export interface NameRow {
  position: number;
  full_name: string;
  script: string;
  lang: string | null;
  kind: string;
  source_org: string | null;
  search_key: string;
}

/** Turns names into rows, computing the search key. */
export function nameRows(names: Name[]): NameRow[] {
  return names.map((n, position) => ({
    position, full_name: n.full, script: n.script, lang: n.lang ?? null, kind: n.kind, source_org: n.sourceOrg ?? null, search_key: searchKey(n.full),
  }));
}

/** Turns name rows back into names, leaving out empty optional fields. */
export function namesFromRows(rows: NameRow[] | undefined): Name[] {
  return (rows ?? []).map((r) => ({
    full: r.full_name, script: r.script as Name['script'], kind: r.kind as Name['kind'],
    ...(r.lang ? { lang: r.lang } : {}), ...(r.source_org ? { sourceOrg: r.source_org } : {}),
  }));
}

/** 0/1 integer to boolean and back. */
export const bool = (n: number | boolean | null | undefined): boolean => Boolean(n);
export const int = (b: boolean): number => (b ? 1 : 0);

/** Which of these ids name a record of the table at one of the reader's levels (one query, whatever the number of ids). */
export async function visibleIds(db: Executor, table: RecordTable, ids: readonly string[], levels: readonly Confidentiality[]): Promise<Set<string>> {
  const wanted = [...new Set(ids)];
  if (levels.length === 0 || wanted.length === 0) return new Set();
  const rows = await db.selectFrom(table as 'persons').select('id').where('id', 'in', wanted).where('confidentiality', 'in', [...levels]).execute();
  return new Set(rows.map((r) => r.id));
}

/** Does a record with this id exist at one of the reader's levels? */
export async function recordExists(db: Executor, table: RecordTable, id: string, levels: readonly Confidentiality[]): Promise<boolean> {
  if (levels.length === 0) return false;
  const row = await db.selectFrom(table as 'persons').select('id').where('id', '=', id).where('confidentiality', 'in', [...levels]).executeTakeFirst();
  return row !== undefined;
}
