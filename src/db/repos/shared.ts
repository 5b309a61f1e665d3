// Helpers every record repository uses: visibility filter, keyset pages, child rows, slugs, name rows.
import { sql, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { Keyring } from '../../crypto/field-cipher.ts';
import { restrictedOf, type Name, type RecordBase } from '../../domain/common.ts';
import { foldText } from '../../text/fold.ts';
import type { Confidentiality } from '../../domain/vocabulary.ts';
import type { Executor, Trx } from '../database.ts';
import type { Database } from '../schema.ts';
import { insertRows } from './bulk-insert.ts';
import { statementSlices } from '../prepared.ts';

/** Tables that hold records (each has id, slug, confidentiality and timestamps). */
export type RecordTable = 'persons' | 'organisations' | 'memberships' | 'events' | 'cases' | 'sources' | 'citations';

/** One page of a keyset-paginated list: records after `after` (an id), at most `limit`. */
export interface Page {
  after?: string;
  limit: number;
}

/**
 * Keys that open sealed records (restricted as a whole) but leave their restricted fields out: for lists, exports
 * without restricted fields and indexes, where a cleared reader must see the record but no restricted field is shown.
 */
export class ContentKeys {
  constructor(readonly keyring: Keyring) {}
}

/**
 * The keys to decrypt with: a Keyring opens sealed records and restricted fields; ContentKeys open sealed records only;
 * null leaves everything encrypted in the database (records come back with `restricted: {}`, and a sealed record with
 * its content blank). Readers not cleared for restricted data get null, so their values are never even decrypted.
 */
export type RestrictedKeys = Keyring | ContentKeys | null;

/** What every repository offers the generic commands and queries. */
export interface RecordRepo<T extends RecordBase, F> {
  readonly table: RecordTable;
  /** One record by id or slug, if the reader's levels allow it; restricted fields decrypted when keys are given. */
  find(
    db: Executor,
    idOrSlug: string,
    levels: readonly Confidentiality[],
    keys: RestrictedKeys,
  ): Promise<T | undefined>;
  /** A page of records matching the filter, in id order; restricted fields decrypted when keys are given. */
  list(db: Executor, filter: F, levels: readonly Confidentiality[], page: Page, keys: RestrictedKeys): Promise<T[]>;
  /** Stores a new record; its restricted fields are encrypted with the keyring's current key. */
  insert(trx: Trx, record: T, keyring: Keyring): Promise<void>;
  /** Stores many new records at once (imports): the same rows as `insert`, written with multi-row statements. */
  insertMany(trx: Trx, records: readonly T[], keyring: Keyring): Promise<void>;
  /** Replaces a stored record, restricted fields included (the caller passes the ones to keep). */
  update(trx: Trx, record: T, keyring: Keyring): Promise<void>;
  remove(trx: Trx, id: string): Promise<void>;
}

/** Rows for one table, every row with the same columns. */
export interface TableRows {
  table: keyof Database;
  rows: readonly object[];
}

/**
 * Bound values per statement: under SQLite's limit of 32,766 variables (PostgreSQL allows 65,535), so one chunk size
 * serves both dialects.
 */
const MAX_PARAMETERS = 32_000;

/** Inserts rows with multi-row statements, as many rows per statement as the parameter limit allows. */
export async function writeRows(trx: Trx, parts: readonly TableRows[]): Promise<void> {
  // Rows of one table go together, in the order given: a record's own table comes before its child tables.
  const byTable = new Map<keyof Database, object[]>();
  for (const { table, rows } of parts) {
    if (rows.length === 0) continue;
    const list = byTable.get(table);
    if (list) list.push(...rows);
    else byTable.set(table, [...rows]);
  }
  for (const [table, rows] of byTable) {
    const perRow = Math.max(1, Object.keys(rows[0]!).length);
    await insertRows(trx, table, rows, Math.floor(MAX_PARAMETERS / perRow));
  }
}

// Multi-row statement sizes live beside the prepared statements that use them too.
export { statementSlices };

/**
 * The values of an IN list, repeated up to a power-of-two length (repeats change nothing in the list's meaning), so
 * that lists of similar lengths share one prepared statement.
 */
export function paddedList<V>(values: readonly V[]): V[] {
  if (values.length === 0) return [];
  let size = 1;
  while (size < values.length) size *= 2;
  const out = [...values];
  while (out.length < size) out.push(values[values.length - 1]!);
  return out;
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

/**
 * The member of a sealed blob that holds the record's content. A restricted field's name starts with a lower-case
 * letter, so it can never be mistaken for one.
 */
const SEALED_CONTENT = '$record';
const SEALED_FIELDS = '$restricted';

/** A decrypted blob: the restricted fields, and the whole content when the record is sealed. */
interface OpenedBlob {
  restricted: Record<string, string>;
  content?: Record<string, unknown>;
}

function openBlob(keyring: Keyring, id: string, blob: string): OpenedBlob {
  const value = JSON.parse(keyring.decrypt(blob, id)) as Record<string, unknown>;
  if (SEALED_CONTENT in value) {
    return {
      restricted: restrictedOf(value[SEALED_FIELDS] as Record<string, string>),
      content: value[SEALED_CONTENT] as Record<string, unknown>,
    };
  }
  return { restricted: restrictedOf(value as Record<string, string>) };
}

/** The restricted values of a stored row; empty when there are none or no keys for restricted fields are given. */
export function openRestricted(
  keys: RestrictedKeys,
  id: string,
  blob: string | null | undefined,
): Record<string, string> {
  if (!(keys instanceof Keyring) || !blob) return {};
  return openBlob(keys, id, blob).restricted;
}

/** True when a stored blob holds a sealed record's content (decrypting it): conversion of older databases asks. */
export function isSealedBlob(keyring: Keyring, id: string, blob: string | null | undefined): boolean {
  return Boolean(blob) && openBlob(keyring, id, blob!).content !== undefined;
}

/**
 * The columns of a record as stored. A record restricted as a whole is sealed: its content (every field but id, slug,
 * confidentiality and timestamps) and its restricted fields go into the encrypted blob, and the content columns get
 * `blank` (neutral values that satisfy NOT NULL), so a copy of the database holds nothing of it but its ids and links.
 */
export function sealedColumns<R extends { restricted_data?: string | null }>(
  record: RecordBase,
  clear: R,
  blank: Partial<R>,
  keyring: Keyring,
): R {
  if (record.confidentiality !== 'restricted') return clear;
  const { id, slug: _s, confidentiality: _c, createdAt: _ca, updatedAt: _u, restricted, ...content } = record;
  const blob = keyring.encrypt(
    JSON.stringify({ [SEALED_CONTENT]: content, [SEALED_FIELDS]: restrictedOf(restricted) }),
    id,
  );
  return { ...clear, ...blank, restricted_data: blob };
}

/**
 * Records as hydrated from their rows, with sealed ones opened: their content replaces the blank columns when keys are
 * given (ContentKeys or a Keyring), and their restricted fields only with a Keyring. Without keys they stay blank.
 */
export function unsealed<T extends RecordBase>(rows: readonly BaseRow[], records: T[], keys: RestrictedKeys): T[] {
  const keyring = keys instanceof ContentKeys ? keys.keyring : keys;
  if (!keyring) return records;
  return records.map((r, i) => {
    const row = rows[i]!;
    if (row.confidentiality !== 'restricted' || !row.restricted_data) return r;
    const opened = openBlob(keyring, row.id, row.restricted_data);
    if (!opened.content) return r;
    return { ...r, ...opened.content, restricted: keys instanceof Keyring ? opened.restricted : {} } as T;
  });
}

/** Writes child rows (names, charges, places …) only for records that are not sealed: a sealed record keeps them in its blob. */
export const keepsChildRows = (record: RecordBase): boolean => record.confidentiality !== 'restricted';

/** How many sealed records a filtered list opens per query while it looks for matches. */
const SEALED_SCAN_BATCH = 500;

/**
 * A page of a filtered list when sealed records are visible: SQL cannot look inside them, so the clear levels are
 * filtered in SQL and the sealed records are opened (with keys) and matched in memory, then both merge in id order.
 * Without a filter, without keys, or when the reader sees no restricted records, it is just the SQL list.
 */
export async function listOpeningSealed<T extends RecordBase>(
  levels: readonly Confidentiality[],
  page: Page,
  keys: RestrictedKeys,
  filtering: boolean,
  clearList: (levels: readonly Confidentiality[], page: Page) => Promise<T[]>,
  sealedList: (page: Page) => Promise<T[]>,
  matches: (record: T) => boolean,
): Promise<T[]> {
  if (!filtering || !keys || !levels.includes('restricted')) return clearList(levels, page);
  const open = levels.filter((l) => l !== 'restricted');
  const fromClear = open.length > 0 ? await clearList(open, page) : [];
  const found: T[] = [];
  for (let after = page.after; ;) {
    const batch = await sealedList({ after, limit: SEALED_SCAN_BATCH });
    for (const r of batch) if (matches(r)) found.push(r);
    if (batch.length < SEALED_SCAN_BATCH || found.length >= page.limit) break;
    after = batch[batch.length - 1]!.id;
  }
  return [...fromClear, ...found].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, page.limit);
}

/** Maps shared columns to the record fields, decrypting the restricted ones when keys are given. */
export function baseFields(r: BaseRow, keys: RestrictedKeys): RecordBase {
  return {
    id: r.id,
    slug: r.slug,
    confidentiality: r.confidentiality as Confidentiality,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    restricted: openRestricted(keys, r.id, r.restricted_data),
  };
}

/** Maps the record fields back to shared columns, encrypting the restricted ones. */
export function baseColumns(r: RecordBase, keyring: Keyring): BaseRow & { restricted_data: string | null } {
  return {
    id: r.id,
    slug: r.slug,
    confidentiality: r.confidentiality,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
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
export function byIdOrSlug<QB extends SelectQueryBuilder<Database, RecordTable, object>>(
  qb: QB,
  table: RecordTable,
  idOrSlug: string,
): QB {
  return qb.where((eb) => eb.or([eb(`${table}.id`, '=', idOrSlug), eb(`${table}.slug`, '=', idOrSlug)])) as QB;
}

/** `column LIKE '%text%'` with the text's wildcards escaped; SQLite has no default escape character, so it is named. */
export function contains(column: string, text: string): RawBuilder<SqlBool> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

/** Is this slug already used by another record of the table? */
export async function slugTaken(db: Executor, table: RecordTable, slug: string, exceptId?: string): Promise<boolean> {
  let q = db
    .selectFrom(table as 'persons')
    .select('id')
    .where('slug', '=', slug);
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
    position,
    full_name: n.full,
    script: n.script,
    lang: n.lang ?? null,
    kind: n.kind,
    source_org: n.sourceOrg ?? null,
    search_key: foldText(n.full),
  }));
}

/** Turns name rows back into names, leaving out empty optional fields. */
export function namesFromRows(rows: NameRow[] | undefined): Name[] {
  return (rows ?? []).map((r) => ({
    full: r.full_name,
    script: r.script as Name['script'],
    kind: r.kind as Name['kind'],
    ...(r.lang ? { lang: r.lang } : {}),
    ...(r.source_org ? { sourceOrg: r.source_org } : {}),
  }));
}

/** 0/1 integer to boolean and back. */
export const bool = (n: number | boolean | null | undefined): boolean => Boolean(n);
export const int = (b: boolean): number => (b ? 1 : 0);

/** Which of these ids name a record of the table at one of the reader's levels (one query, whatever the number of ids). */
export async function visibleIds(
  db: Executor,
  table: RecordTable,
  ids: readonly string[],
  levels: readonly Confidentiality[],
): Promise<Set<string>> {
  const wanted = [...new Set(ids)];
  if (levels.length === 0 || wanted.length === 0) return new Set();
  const rows = await db
    .selectFrom(table as 'persons')
    .select('id')
    .where('id', 'in', wanted)
    .where('confidentiality', 'in', [...levels])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Values per IN list: a power of two, so that padded lists come in few lengths. */
const IN_LIST = 4096;

/** Which of these ids are in the table (at one of the levels, or at any level when null), however many ids there are. */
export async function existingIds(
  db: Executor,
  table: RecordTable,
  ids: readonly string[],
  levels: readonly Confidentiality[] | null,
): Promise<Set<string>> {
  const found = new Set<string>();
  if (levels !== null && levels.length === 0) return found;
  const unique = [...new Set(ids)];
  for (let at = 0; at < unique.length; at += IN_LIST) {
    let q = db
      .selectFrom(table as 'persons')
      .select('id')
      .where('id', 'in', paddedList(unique.slice(at, at + IN_LIST)));
    if (levels !== null) q = q.where('confidentiality', 'in', [...levels]);
    for (const row of await q.execute()) found.add(row.id);
  }
  return found;
}

/** The slugs among `slugs` that records of the table already use. */
export async function takenSlugs(db: Executor, table: RecordTable, slugs: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const unique = [...new Set(slugs)];
  for (let at = 0; at < unique.length; at += IN_LIST) {
    const rows = await db
      .selectFrom(table as 'persons')
      .select('slug')
      .where('slug', 'in', paddedList(unique.slice(at, at + IN_LIST)))
      .execute();
    for (const row of rows) found.add(row.slug);
  }
  return found;
}

/** True when a record with this id is visible at the given levels. */
export async function recordExists(
  db: Executor,
  table: RecordTable,
  id: string,
  levels: readonly Confidentiality[],
): Promise<boolean> {
  if (levels.length === 0) return false;
  const row = await db
    .selectFrom(table as 'persons')
    .select('id')
    .where('id', '=', id)
    .where('confidentiality', 'in', [...levels])
    .executeTakeFirst();
  return row !== undefined;
}
