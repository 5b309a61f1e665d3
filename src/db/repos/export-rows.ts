// The rows an export serialises straight into its lines (queries/export/record-lines.ts): a record table's columns and
// its child tables', a page at a time, as arrays of values (array-rows.ts). Nothing is built from them here.
import { PostgresAdapter } from 'kysely';
import { CONFIDENTIALITY, type Confidentiality } from '../../domain/vocabulary.ts';
import { selectArrays } from '../array-rows.ts';
import type { Executor } from '../database.ts';
import type { Database } from '../schema.ts';
import { visiblePage, type RecordTable } from './shared.ts';

/** A child table read with its records: each row starts with the record's id (`key`), then `columns`, in position order. */
export interface ChildTable {
  table: keyof Database;
  key: string;
  columns: readonly string[];
}

/** What an export reads of one record table. Every table's columns start with the ones BASE_COLUMNS names. */
export interface ExportTable {
  table: RecordTable;
  columns: readonly string[];
  children: readonly ChildTable[];
}

/** The columns every record table has, first in each list below (id first: pages and child rows go by it). */
export const BASE_COLUMNS = ['id', 'slug', 'confidentiality', 'created_at', 'updated_at', 'restricted_data'] as const;

const NAME_COLUMNS = ['full_name', 'script', 'lang', 'kind', 'source_org'] as const;

export const PERSON_ROWS = {
  table: 'persons',
  columns: [
    ...BASE_COLUMNS,
    'given_name',
    'family_name',
    'patronymic',
    'birth_date',
    'birth_date_approx',
    'gender',
    'nationality',
    'roles',
    'summary',
    'links',
  ],
  children: [{ table: 'person_names', key: 'person_id', columns: NAME_COLUMNS }],
} as const satisfies ExportTable;

export const ORGANISATION_ROWS = {
  table: 'organisations',
  columns: [...BASE_COLUMNS, 'kind', 'country', 'founded_date', 'dissolved_date', 'summary'],
  children: [{ table: 'organisation_names', key: 'organisation_id', columns: NAME_COLUMNS }],
} as const satisfies ExportTable;

export const MEMBERSHIP_ROWS = {
  table: 'memberships',
  columns: [...BASE_COLUMNS, 'person_id', 'organisation_id', 'role', 'start_date', 'end_date'],
  children: [],
} as const satisfies ExportTable;

export const CASE_ROWS = {
  table: 'cases',
  columns: [
    ...BASE_COLUMNS,
    'lang',
    'title',
    'translations',
    'subject_person_id',
    'subject_organisation_id',
    'country',
    'status',
    'court',
    'sentence_kind',
    'sentence_months',
    'sentence_start',
    'summary',
  ],
  children: [
    { table: 'case_status_history', key: 'case_id', columns: ['status', 'since'] },
    { table: 'case_events', key: 'case_id', columns: ['event_id'] },
    {
      table: 'case_acts',
      key: 'case_id',
      columns: [
        'kind',
        'date',
        'date_approx',
        'perpetrator_id',
        'involvement',
        'country',
        'locality',
        'lat',
        'lon',
        'description',
        'certainty',
      ],
    },
    { table: 'case_charges', key: 'case_id', columns: ['law', 'article', 'text', 'translations'] },
    { table: 'case_timeline', key: 'case_id', columns: ['date', 'date_approx', 'kind', 'description'] },
    {
      table: 'case_designations',
      key: 'case_id',
      columns: ['kind', 'issuer_id', 'issuer_name', 'date', 'criteria'],
    },
  ],
} as const satisfies ExportTable;

export const CITATION_ROWS = {
  table: 'citations',
  columns: [...BASE_COLUMNS, 'source_id', 'record_type', 'record_id', 'field', 'locator', 'quote', 'certainty'],
  children: [],
} as const satisfies ExportTable;

/**
 * Records per page of an export. SQLite reads in process, and a smaller page leaves less for the young generation's
 * collections to copy (500 took 30 µs of CPU a record against 35 for 1,000); PostgreSQL pays a round trip for each of a
 * page's queries (seven for cases), and pages of 2,000 took 2.1–2.3 s against 2.8 s for 500 (50,804 records).
 */
export function exportPageSize(db: Executor): number {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 2000 : 500;
}

/** A page of a table's rows and, for each of its child tables, the child rows of those records in record order. */
export interface RowPage {
  rows: unknown[][];
  children: unknown[][][];
}

/**
 * The visible rows after `after` (an id), at most `limit`, in id order, with their child rows. When every level is
 * visible, the records of the page are all the records between its first and last id, and their child rows are read
 * by that range of ids (a third cheaper on SQLite than looking up each id of a list).
 */
export async function readRowPage(
  db: Executor,
  spec: ExportTable,
  levels: readonly Confidentiality[],
  page: { after?: string; limit: number },
): Promise<RowPage> {
  // The table and columns are chosen by the spec; Kysely types queries by names written in the code.
  const select = db.selectFrom(spec.table as 'persons').select(spec.columns as readonly 'id'[]);
  const rows = await selectArrays(db, visiblePage(select, spec.table, levels, page));
  const ids = rows.map((r) => r[0] as string);
  const everyLevel = CONFIDENTIALITY.every((level) => levels.includes(level));
  const children: unknown[][][] = [];
  for (const child of spec.children) {
    if (ids.length === 0) {
      children.push([]);
      continue;
    }
    const key = child.key as 'person_id';
    let query = db
      .selectFrom(child.table as 'person_names')
      .select([key, ...(child.columns as readonly 'person_id'[])]);
    query = everyLevel
      ? query.where(key, '>=', ids[0]!).where(key, '<=', ids[ids.length - 1]!)
      : query.where(key, 'in', ids);
    children.push(await selectArrays(db, query.orderBy(key).orderBy('position')));
  }
  return { rows, children };
}
